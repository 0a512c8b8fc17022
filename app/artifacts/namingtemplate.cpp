#include "artifacts/namingtemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Artifacts) };

constexpr int kMaxValueLength = 80;
const QString kForbidden = u"\\:*?\"<>|"_s;

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(u"\\{([a-z]+)\\}"_s);
    return re;
}
} // namespace

QStringList NamingTemplate::placeholders()
{
    return {u"profile"_s, u"date"_s, u"time"_s, u"id"_s, u"n"_s, u"ext"_s, u"type"_s, u"kind"_s};
}

std::optional<NamingTemplate> NamingTemplate::parse(const QString &input, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(Tr::tr("The file name pattern is empty"));
    if (text.startsWith(u'/') || text.startsWith(u'~'))
        return fail(Tr::tr("The file name pattern must be relative to the archive folder (it starts with \"%1\")").arg(text.at(0)));
    // Placeholders first: everything outside them is literal text.
    QString literal;
    QStringList seen;
    qsizetype pos = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        literal += text.mid(pos, m.capturedStart() - pos) + u'x';
        pos = m.capturedEnd();
        const QString name = m.captured(1);
        if (!placeholders().contains(name))
            return fail(Tr::tr("Unknown placeholder {%1} in the file name pattern; use %2")
                            .arg(name, u'{' + placeholders().join(u"}, {"_s) + u'}'));
        seen.append(name);
    }
    literal += text.mid(pos);
    if (literal.contains(u'{') || literal.contains(u'}'))
        return fail(Tr::tr("The file name pattern has a \"{\" or \"}\" that is not part of a placeholder"));
    for (const QChar c : std::as_const(literal)) {
        if (isControl(c) || kForbidden.contains(c))
            return fail(Tr::tr("The file name pattern must not contain \"%1\"").arg(isControl(c) ? u"\\x%1"_s.arg(int(c.unicode()), 2, 16, QChar(u'0')) : QString(c)));
    }
    const QStringList segments = text.split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return fail(Tr::tr("The file name pattern has an empty folder name (\"//\" or a trailing \"/\")"));
        if (segment.trimmed() == u"."_s || segment.trimmed() == u".."_s)
            return fail(Tr::tr("The file name pattern must not contain \".\" or \"..\" as a folder name"));
    }
    for (const QString &required : {u"id"_s, u"n"_s, u"ext"_s}) {
        if (!seen.contains(required))
            return fail(Tr::tr("The file name pattern must contain {%1} so that no two results share a file").arg(required));
    }
    if (!segments.constLast().contains(u"{ext}"_s))
        return fail(Tr::tr("{ext} belongs in the file name, the last part of the pattern"));
    return NamingTemplate(text);
}

QString NamingTemplate::sanitize(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (isControl(c))
            continue;
        out += (c == u'/' || kForbidden.contains(c)) ? u'_' : c;
    }
    out = out.trimmed();
    if (out.size() > kMaxValueLength)
        out = out.left(kMaxValueLength).trimmed();
    while (!out.isEmpty() && (out.endsWith(u'.') || out.back().isSpace())) // Windows drops trailing dots and blanks
        out.chop(1);
    if (out.startsWith(u'.'))
        out.prepend(u'_');
    return out.isEmpty() ? u"_"_s : out;
}

QString NamingTemplate::cleanExtension(const QString &ext)
{
    const QString lower = ext.toLower();
    if (lower.isEmpty() || lower.size() > 8)
        return {};
    for (const QChar c : lower) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return {};
    }
    return lower;
}

QString NamingTemplate::expand(const Values &values) const
{
    const QDateTime when = values.completedAt.isValid() ? values.completedAt.toLocalTime() : QDateTime::currentDateTime();
    const QString ext = cleanExtension(values.ext);
    QString out;
    qsizetype pos = 0;
    auto it = placeholderPattern().globalMatch(m_text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += m_text.mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        const QString name = m.captured(1);
        if (name == u"profile"_s)
            out += sanitize(values.profile);
        else if (name == u"id"_s)
            out += sanitize(values.id);
        else if (name == u"type"_s)
            out += sanitize(values.type.isEmpty() ? u"result"_s : values.type);
        else if (name == u"kind"_s)
            out += sanitize(values.kind);
        else if (name == u"ext"_s)
            out += ext.isEmpty() ? u"bin"_s : ext;
        else if (name == u"n"_s)
            out += QString::number(values.n);
        else if (name == u"date"_s)
            out += when.toString(u"yyyy-MM-dd"_s);
        else if (name == u"time"_s)
            out += when.toString(u"HHmmss"_s);
    }
    out += m_text.mid(pos);
    // A segment made only of values can still come out as "." or ".." when the literal text around it is
    // empty: sanitize() already prevents that, this keeps the guarantee in one visible place.
    QStringList segments = out.split(u'/');
    for (QString &segment : segments) {
        segment = segment.trimmed();
        if (segment.isEmpty() || segment == u"."_s || segment == u".."_s)
            segment = u"_"_s;
    }
    return segments.join(u'/');
}

} // namespace jw
