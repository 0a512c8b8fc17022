// libFuzzer entry point for custom mappings: the bytes are read both as a mapping document (the loader) and as
// a response to every shipped mapping (the evaluator: the five presets and the example mappings of
// docs/examples, passed in JOBWATCH_FUZZ_MAPPINGS). A mapping that loads is also run over the example
// responses. Besides the sanitizers, it checks that every error is one line, that every snapshot keeps its
// invariants, and that a resolve answer only ever adds http(s) results.

#include "formats/mapping.h"
#include "formats/parser.h"
#include "formats/registry.h"
#include "model/inlineresults.h"
#include "model/job.h"
#include "model/normalize.h"

#include "fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Shipped {
    std::vector<std::unique_ptr<jw::Dialect>> mappings;
    std::vector<QByteArray> responses;
};

const Shipped &shipped()
{
    static const Shipped all = [] {
        Shipped s;
        for (const QString &name : jw::presetNames())
            s.mappings.push_back(jw::createDialect(name));
        const QDir examples(QStringLiteral(JOBWATCH_FUZZ_EXAMPLES));
        for (const QString &file : examples.entryList({u"*.mapping.json"_s}, QDir::Files, QDir::Name)) {
            QString error;
            auto mapping = jw::createMappingDialect(readAll(examples.filePath(file)), &error);
            FUZZ_CHECK(mapping != nullptr); // a shipped example that no longer loads is a bug of its own
            s.mappings.push_back(std::move(mapping));
            const QDir responses(examples.filePath(file.section(u'.', 0, 0)));
            for (const QString &r : responses.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
                s.responses.push_back(readAll(responses.filePath(r)));
        }
        FUZZ_CHECK(!s.mappings.empty() && !s.responses.empty());
        return s;
    }();
    return all;
}

// The parser drops every link Jobwatch may not open or fetch (javascript:, file:, no host): what is left is an
// inline result (a data: URL made from a base64 field) or an http(s) link.
bool allowedLink(const QString &url)
{
    const QString scheme = QUrl(url).scheme().toLower();
    return jw::isInlineUrl(url) || scheme == u"http"_s || scheme == u"https"_s;
}

void checkSnapshot(const jw::ParseResult &result)
{
    if (const auto *error = std::get_if<jw::ParseError>(&result)) {
        FUZZ_CHECK(!error->message.isEmpty() && !error->message.contains(u'\n'));
        return;
    }
    const jw::JobSnapshot &s = std::get<jw::JobSnapshot>(result);
    FUZZ_CHECK(!s.id.trimmed().isEmpty());
    FUZZ_CHECK(!s.progress || (*s.progress >= 0.0 && *s.progress <= 100.0));
    for (const jw::Artifact &a : s.artifacts)
        FUZZ_CHECK(allowedLink(a.url));
}

// The evaluator, with everything a poll uses: the snapshot, derived results, the status warning, --explain,
// the error body, and the resolve step with the same bytes as its answer.
void evaluate(const jw::Dialect &dialect, const QByteArray &bytes)
{
    QJsonObject body;
    const jw::ParseResult result = jw::parseJob(bytes, dialect, jw::kMaxStatusBody, u"asked-id"_s, &body);
    checkSnapshot(result);
    (void)jw::parseErrorBody(bytes, dialect);
    const QString warning = dialect.answerWarning(body);
    FUZZ_CHECK(!warning.contains(u'\n'));
    if (const auto *mapping = dynamic_cast<const jw::MappingDialect *>(&dialect))
        (void)mapping->explain(body);
    if (const auto *snapshot = std::get_if<jw::JobSnapshot>(&result)) {
        jw::JobSnapshot s = *snapshot;
        dialect.deriveArtifacts(QUrl(u"https://api.example.test/v1"_s), body, s);
        const QUrl resolve = dialect.resolveUrl(QUrl(u"https://api.example.test"_s), body, s);
        FUZZ_CHECK(!resolve.isValid() || jw::isHttpUrl(resolve));
        if (resolve.isValid()) {
            const QString problem = dialect.readResolved(body, s);
            FUZZ_CHECK(!problem.contains(u'\n'));
        }
        for (const jw::Artifact &a : s.artifacts)
            FUZZ_CHECK(allowedLink(a.url));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = jwfuzz::bytes(data, size);
    const Shipped &s = shipped();
    // The loader: any document either loads or gives a one-line reason.
    QString error;
    const std::unique_ptr<jw::Dialect> loaded = jw::createMappingDialect(bytes, &error);
    if (!loaded) {
        FUZZ_CHECK(!error.isEmpty() && !error.contains(u'\n'));
    } else {
        (void)loaded->pollUrl(QUrl(u"https://api.example.test/v1"_s), u"id/with space"_s);
        for (const QByteArray &response : s.responses)
            evaluate(*loaded, response);
    }
    // The evaluator: the bytes as a response to every shipped mapping.
    for (const auto &mapping : s.mappings)
        evaluate(*mapping, bytes);
    return 0;
}
