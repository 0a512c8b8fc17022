// libFuzzer entry point for the profile import: any bytes as an import file. Besides the sanitizers, it checks
// that the file is either refused with a one-line reason or read into profiles plus one line per skipped entry,
// that no imported profile can carry a key, and that exporting what was read and importing it again gives the
// same profiles (an export always imports).

#include "profiles/profileimport.h"
#include "profiles/profilejson.h"

#include "fuzzcheck.h"


extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = jwfuzz::bytes(data, size);
    const jw::ParsedImport parsed = jw::parseProfileImport(bytes);
    if (!parsed.error.isEmpty()) {
        FUZZ_CHECK(jwfuzz::oneLine(parsed.error) && parsed.profiles.isEmpty() && parsed.skipped.isEmpty());
        return 0;
    }
    for (const QString &line : parsed.skipped)
        FUZZ_CHECK(jwfuzz::oneLine(line));
    for (const jw::Profile &p : parsed.profiles) {
        FUZZ_CHECK(!p.name.trimmed().isEmpty());
        FUZZ_CHECK(!p.mappingJson.isEmpty() || jw::profileDialectNames().contains(p.dialect));
        const QJsonObject json = jw::profileToJson(p);
        FUZZ_CHECK(!json.contains(u"key") && !json.contains(u"apiKey"));
    }
    const jw::ParsedImport again = jw::parseProfileImport(jw::exportProfiles(parsed.profiles));
    FUZZ_CHECK(again.error.isEmpty() && again.skipped.isEmpty());
    FUZZ_CHECK(again.profiles == parsed.profiles);
    return 0;
}
