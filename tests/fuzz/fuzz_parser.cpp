// libFuzzer entry point: any bytes through every native dialect's parser and error-body reader. Besides
// the sanitizers, it checks the snapshot's invariants (DESIGN.md §2) and the store's JSON round trip.

#include "formats/parser.h"
#include "formats/registry.h"
#include "model/job.h"

#include <QJsonObject>

#include <cstdint>
#include <cstdlib>
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

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto &dialect : dialects()) {
        const jw::ParseResult result = jw::parseJob(bytes, *dialect);
        if (const auto *error = std::get_if<jw::ParseError>(&result)) {
            check(!error->message.isEmpty() && !error->message.contains(QLatin1Char('\n')));
        } else {
            const jw::JobSnapshot &s = std::get<jw::JobSnapshot>(result);
            check(!s.id.trimmed().isEmpty());
            check(!s.progress || (*s.progress >= 0.0 && *s.progress <= 100.0));
            check(s.state != jw::JobState::Completed || s.progress == 100.0);
            for (const jw::Artifact &a : s.artifacts)
                check(!a.url.isEmpty());
            const QJsonObject json = jw::toJson(s);
            check(json.size() == 17);
            check(jw::toJson(jw::snapshotFromJson(json)) == json);
        }
        (void)jw::parseErrorBody(bytes, *dialect);
    }
    return 0;
}
