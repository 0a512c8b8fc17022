// libFuzzer entry point: any bytes through every native dialect's parser and error-body reader. Besides
// the sanitizers, it checks the snapshot's invariants (DESIGN.md §2) and the store's JSON round trip.

#include "formats/parser.h"
#include "formats/registry.h"
#include "model/job.h"

#include "fuzzcheck.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace {

const std::vector<std::unique_ptr<jw::Dialect>> &dialects()
{
    static const std::vector<std::unique_ptr<jw::Dialect>> all = [] {
        std::vector<std::unique_ptr<jw::Dialect>> v;
        for (const QString &name : jw::nativeDialectNames())
            v.push_back(jw::createDialect(name));
        return v;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = jwfuzz::bytes(data, size);
    for (const auto &dialect : dialects()) {
        const jw::ParseResult result = jw::parseJob(bytes, *dialect);
        if (const auto *error = std::get_if<jw::ParseError>(&result)) {
            FUZZ_CHECK(!error->message.isEmpty() && !error->message.contains(QLatin1Char('\n')));
        } else {
            const jw::JobSnapshot &s = std::get<jw::JobSnapshot>(result);
            FUZZ_CHECK(!s.id.trimmed().isEmpty());
            FUZZ_CHECK(!s.progress || (*s.progress >= 0.0 && *s.progress <= 100.0));
            FUZZ_CHECK(s.state != jw::JobState::Completed || s.progress == 100.0);
            for (const jw::Artifact &a : s.artifacts)
                FUZZ_CHECK(!a.url.isEmpty());
            const QJsonObject json = jw::toJson(s);
            // Every key is always written (null when unknown), so any snapshot has the keys of an empty one.
            static const qsizetype keyCount = jw::toJson(jw::JobSnapshot{}).size();
            FUZZ_CHECK(json.size() == keyCount);
            FUZZ_CHECK(jw::toJson(jw::snapshotFromJson(json)) == json);
        }
        (void)jw::parseErrorBody(bytes, *dialect);
    }
    return 0;
}
