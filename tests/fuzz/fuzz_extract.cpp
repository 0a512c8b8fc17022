// libFuzzer entry point for the ID extractor: the bytes as pasted text and, split at NUL bytes, as command-line
// arguments. Besides the sanitizers, it checks what idextractor.h promises: every candidate has an ID and a line,
// a poll URL is absolute http(s) without user info, snippets and rejected texts stay within 200 characters and
// never carry a URL's user info, reasons are one line, the unrecognised list is capped, and every candidate
// resolves to a profile without crashing.

#include "intake/idextractor.h"

#include "fuzzcheck.h"


using namespace Qt::StringLiterals;

namespace {

void checkResult(const jw::IdExtractor::Result &r, qsizetype inputSize)
{
    using jw::IdExtractor;
    const QList<IdExtractor::ProfileHint> profiles{
        {u"theo"_s, u"theo"_s, QUrl(u"https://www.hitheo.ai"_s)},
        {u"local"_s, u"muvi"_s, QUrl(u"http://127.0.0.1:8080/muvi"_s)},
        {u"replicate"_s, u"replicate"_s, QUrl(u"https://api.replicate.com/v1"_s)},
    };
    for (const IdExtractor::Candidate &c : r.candidates) {
        FUZZ_CHECK(!c.id.isEmpty());
        FUZZ_CHECK(c.line >= 1 && c.position >= 0 && c.position < inputSize);
        FUZZ_CHECK(c.snippet.size() <= 200);
        if (!c.pollUrl.isEmpty()) {
            FUZZ_CHECK(c.pollUrl.isValid() && !c.pollUrl.isRelative());
            FUZZ_CHECK(c.pollUrl.scheme() == u"http"_s || c.pollUrl.scheme() == u"https"_s);
            FUZZ_CHECK(c.pollUrl.userInfo().isEmpty() && c.pollUrl.fragment().isEmpty());
        }
        const IdExtractor::ProfileChoice choice = IdExtractor::resolveProfile(c, profiles);
        FUZZ_CHECK(choice.kind != IdExtractor::ProfileChoice::Kind::Unique || !choice.profileId.isEmpty());
        FUZZ_CHECK(choice.kind != IdExtractor::ProfileChoice::Kind::Ambiguous || choice.choices.size() >= 2);
    }
    for (const IdExtractor::Rejected &rejected : r.rejected) {
        FUZZ_CHECK(jwfuzz::oneLine(rejected.reason));
        FUZZ_CHECK(rejected.text.size() <= 200 && rejected.line >= 1);
        FUZZ_CHECK(rejected.position >= 0 && rejected.position < inputSize);
    }
    FUZZ_CHECK(r.unrecognised.size() <= IdExtractor::kMaxListedLines && r.unrecognised.size() <= r.unrecognisedLines);
    for (const IdExtractor::Unrecognised &u : r.unrecognised)
        FUZZ_CHECK(u.line >= 1 && u.text.size() <= 200 && jwfuzz::oneLine(u.reason));
    FUZZ_CHECK(r.duplicates >= 0);
    FUZZ_CHECK(jwfuzz::oneLine(IdExtractor::summary(r)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = jwfuzz::bytes(data, size);
    const QString text = QString::fromUtf8(bytes);
    const jw::IdExtractor::Result pasted = jw::IdExtractor::extract(QStringView(text));
    FUZZ_CHECK(pasted.inputEmpty == text.trimmed().isEmpty());
    checkResult(pasted, text.size());

    QStringList arguments;
    for (const QByteArray &argument : bytes.split('\0'))
        arguments.append(QString::fromUtf8(argument));
    checkResult(jw::IdExtractor::extract(arguments), arguments.join(u'\n').size());

    for (const jw::IdExtractor::Candidate &c : pasted.candidates) {
        for (const QString &dialect : jw::IdExtractor::dialectsForIdShape(c.id))
            FUZZ_CHECK(jw::IdExtractor::knownDialects().contains(dialect));
    }
    return 0;
}
