// libFuzzer entry point for the job store's row decoding (store/jobcodec.h and the model's state words): the bytes
// are split at the first NUL bytes into the columns a stored row holds: the snapshot (DESIGN.md §2 JSON), the
// status body a prompt is read from, the local-state word, the timeline kind and the job state. Input without a NUL
// is tried as each column. Besides the sanitizers, it checks that a snapshot that loads is written back and loads
// again to the same text, that a prompt stays within its 4000 characters, that a word that decodes encodes back to
// itself, and that the search fields and timeline labels of any decoded row can be built.

#include "model/job.h"
#include "model/jobrecord.h"
#include "model/jobtimeline.h"
#include "store/jobcodec.h"

#include "fuzzcheck.h"


using namespace Qt::StringLiterals;

namespace {

QByteArray column(const QList<QByteArray> &columns, qsizetype i)
{
    return columns.size() == 1 ? columns.at(0) : columns.value(i);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace jw;
    const QByteArray bytes = jwfuzz::bytes(data, size);
    const QList<QByteArray> columns = bytes.split('\0');

    JobRecord record;
    record.jobId = u"job_1"_s;
    record.profileId = u"profile"_s;
    if (const auto snapshot = storecodec::snapshotFromText(QString::fromUtf8(column(columns, 0)))) {
        const QString text = storecodec::snapshotText(*snapshot);
        const auto reloaded = storecodec::snapshotFromText(text);
        FUZZ_CHECK(reloaded.has_value());
        FUZZ_CHECK(storecodec::snapshotText(*reloaded) == text);
        record.snapshot = *snapshot;
        record.hasSnapshot = true;
    }
    record.rawBody = column(columns, 1);
    const QString prompt = storecodec::promptFromBody(record.rawBody);
    FUZZ_CHECK(prompt.size() <= 4000);

    TimelineEntry entry;
    const QString local = QString::fromUtf8(column(columns, 2));
    if (const auto state = localStateFromId(local)) {
        FUZZ_CHECK(localStateId(*state) == local);
        record.engine.local = *state;
        entry.local = *state;
    }
    const QString kind = QString::fromUtf8(column(columns, 3));
    if (const auto k = storecodec::timelineKindFromId(kind)) {
        FUZZ_CHECK(storecodec::timelineKindId(*k) == kind);
        entry.kind = *k;
    }
    const QString state = QString::fromUtf8(column(columns, 4));
    if (const auto s = stateFromName(state)) {
        FUZZ_CHECK(stateName(*s) == state);
        entry.state = *s;
    }
    entry.detail = QString::fromUtf8(column(columns, 5));
    (void)JobTimeline::labelFor(entry);
    const storecodec::SearchFields fields = storecodec::searchFields(record, u"Name"_s, prompt);
    FUZZ_CHECK(fields.jobId == record.jobId && fields.prompt == prompt);
    (void)fields.hash();
    return 0;
}
