#include "sim/artifacts.h"

#include <QFile>
#include <QRegularExpression>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace jw::sim {

namespace {

constexpr qsizetype kCacheLimit = 256;

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void appendBigEndian(QByteArray &out, quint32 v)
{
    out += char(v >> 24);
    out += char((v >> 16) & 0xFF);
    out += char((v >> 8) & 0xFF);
    out += char(v & 0xFF);
}

void appendLittleEndian(QByteArray &out, quint32 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += char((v >> (8 * i)) & 0xFF);
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &data)
{
    appendBigEndian(png, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png += typed;
    appendBigEndian(png, crc32(typed));
}

struct Rgb {
    double r, g, b;
};

Rgb hsv(double hue, double s, double v)
{
    hue = std::fmod(hue, 360.0) / 60.0;
    const double c = v * s;
    const double x = c * (1 - std::fabs(std::fmod(hue, 2.0) - 1));
    const double m = v - c;
    const int sector = int(hue);
    Rgb p{0, 0, 0};
    switch (sector) {
    case 0: p = {c, x, 0}; break;
    case 1: p = {x, c, 0}; break;
    case 2: p = {0, c, x}; break;
    case 3: p = {0, x, c}; break;
    case 4: p = {x, 0, c}; break;
    default: p = {c, 0, x}; break;
    }
    return {p.r + m, p.g + m, p.b + m};
}

// 5x7 bitmap digits, one row per byte, bit 4 is the leftmost column.
constexpr std::array<std::array<quint8, 7>, 10> kDigits = {{
    {0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E}, {0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E},
    {0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F}, {0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E},
    {0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02}, {0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E},
    {0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E}, {0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08},
    {0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E}, {0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C},
}};

QByteArray pdfEscape(const QString &text)
{
    QByteArray out;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        const char c = (u >= 32 && u < 127) ? char(u) : '?';
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

QByteArray encodePng(int width, int height, const QByteArray &rgb)
{
    Q_ASSERT(rgb.size() == qsizetype(width) * height * 3);
    QByteArray raw;
    raw.reserve((qsizetype(width) * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw += char(0); // filter type: none
        raw += QByteArrayView(rgb).sliced(qsizetype(y) * width * 3, qsizetype(width) * 3);
    }
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header += char(8); // bit depth
    header += char(2); // colour type: truecolour
    header += char(0); // compression
    header += char(0); // filter method
    header += char(0); // no interlace

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", qCompress(raw, 6).mid(4)); // qCompress prefixes the zlib stream with its length
    appendChunk(png, "IEND", {});
    return png;
}

QByteArray numberedPng(quint32 seed, int number, int width, int height)
{
    const double hue = seed % 360;
    const Rgb from = hsv(hue, 0.75, 0.95);
    const Rgb to = hsv(hue + 140, 0.85, 0.55);
    QByteArray rgb(qsizetype(width) * height * 3, Qt::Uninitialized);
    char *p = rgb.data();
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const double t = (double(x) / width + double(y) / height) / 2;
            const double stripe = ((x + y) / 24) % 2 ? 0.93 : 1.0;
            *p++ = char(int(255 * stripe * (from.r + (to.r - from.r) * t)));
            *p++ = char(int(255 * stripe * (from.g + (to.g - from.g) * t)));
            *p++ = char(int(255 * stripe * (from.b + (to.b - from.b) * t)));
        }
    }
    // The number, large and centred, white with a dark shadow.
    const QByteArray digits = QByteArray::number(qBound(0, number, 999));
    const int scale = qMax(1, qMin(width / (int(digits.size()) * 6 + 2), height / 10));
    const int textW = int(digits.size()) * 6 * scale - scale;
    const int left = (width - textW) / 2;
    const int top = (height - 7 * scale) / 2;
    auto plot = [&](int px, int py, char value) {
        if (px < 0 || py < 0 || px >= width || py >= height)
            return;
        char *pixel = rgb.data() + (qsizetype(py) * width + px) * 3;
        pixel[0] = pixel[1] = pixel[2] = value;
    };
    for (int pass = 0; pass < 2; ++pass) {
        const int shadow = pass == 0 ? qMax(1, scale / 4) : 0;
        const char value = pass == 0 ? char(30) : char(255);
        for (qsizetype i = 0; i < digits.size(); ++i) {
            const auto &glyph = kDigits[std::size_t(digits.at(i) - '0')];
            for (int row = 0; row < 7; ++row)
                for (int col = 0; col < 5; ++col)
                    if (glyph[std::size_t(row)] & (0x10 >> col))
                        for (int dy = 0; dy < scale; ++dy)
                            for (int dx = 0; dx < scale; ++dx)
                                plot(left + int(i) * 6 * scale + col * scale + dx + shadow, top + row * scale + dy + shadow, value);
        }
    }
    return encodePng(width, height, rgb);
}

QByteArray chimeWav(quint32 seed)
{
    constexpr int rate = 22050;
    constexpr int samples = rate; // one second
    const double freq = 440.0 * std::pow(2.0, double(seed % 12) / 12.0);
    QByteArray pcm;
    pcm.reserve(samples * 2);
    for (int i = 0; i < samples; ++i) {
        const double t = double(i) / rate;
        const double v = std::exp(-3.0 * t) * (0.6 * std::sin(2 * M_PI * freq * t) + 0.25 * std::sin(2 * M_PI * 2 * freq * t));
        appendLittleEndian(pcm, quint32(quint16(qint16(v * 30000))), 2);
    }
    QByteArray wav("RIFF");
    appendLittleEndian(wav, quint32(36 + pcm.size()), 4);
    wav += "WAVEfmt ";
    appendLittleEndian(wav, 16, 4);       // fmt chunk size
    appendLittleEndian(wav, 1, 2);        // PCM
    appendLittleEndian(wav, 1, 2);        // mono
    appendLittleEndian(wav, rate, 4);
    appendLittleEndian(wav, rate * 2, 4); // byte rate
    appendLittleEndian(wav, 2, 2);        // block align
    appendLittleEndian(wav, 16, 2);       // bits per sample
    wav += "data";
    appendLittleEndian(wav, quint32(pcm.size()), 4);
    return wav + pcm;
}

QByteArray simplePdf(const QString &title, const QStringList &lines)
{
    QByteArray content = "BT /F1 22 Tf 56 770 Td (" + pdfEscape(title) + ") Tj ET\n";
    int y = 730;
    for (const QString &line : lines) {
        content += "BT /F1 12 Tf 56 " + QByteArray::number(y) + " Td (" + pdfEscape(line) + ") Tj ET\n";
        y -= 18;
    }
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

ResearchContent researchReport(const QString &jobId)
{
    struct Topic {
        const char *title;
        const char *slug;
        std::array<const char *, 3> findings;
    };
    static const std::array<Topic, 3> topics = {{
        {"React, Vue and Svelte for enterprise apps", "frontend-frameworks",
         {"React has the largest hiring pool and ecosystem", "Vue offers the gentlest learning curve for mixed teams",
          "Svelte ships the smallest bundles but has fewer enterprise references"}},
        {"Battery chemistries for grid storage", "grid-storage",
         {"Lithium iron phosphate dominates new installations on cost and safety",
          "Sodium-ion is approaching commercial scale for stationary use",
          "Flow batteries suit long-duration storage above eight hours"}},
        {"Latency in generative video pipelines", "video-latency",
         {"Queue time often exceeds generation time at peak hours", "Progressive previews cut perceived latency in half",
          "Polling every two seconds is a common client default"}},
    }};
    const quint32 h = stableHash(jobId);
    const Topic &topic = topics[h % topics.size()];
    ResearchContent r;
    r.title = QString::fromLatin1(topic.title);
    const int sourceCount = 5 + int(h % 4);
    static const std::array<const char *, 4> hosts = {"example.com", "example.org", "example.net", "research.example.edu"};
    for (int i = 0; i < sourceCount; ++i) {
        const QString host = QString::fromLatin1(hosts[std::size_t(i) % hosts.size()]);
        r.sources.append({u"%1 — source %2"_s.arg(r.title).arg(i + 1),
                          u"https://%1/%2/%3"_s.arg(host, QString::fromLatin1(topic.slug)).arg(i + 1)});
    }
    r.queries = {r.title, r.title + u" 2026 comparison"_s, r.title + u" benchmarks"_s};

    QString md = u"# "_s + r.title + u"\n\n## Summary\n\n"_s;
    md += u"This report compares the main options and cites %1 sources [1][2].\n\n## Findings\n\n"_s.arg(sourceCount);
    for (std::size_t i = 0; i < topic.findings.size(); ++i)
        md += u"%1. %2 [%3].\n"_s.arg(i + 1).arg(QString::fromLatin1(topic.findings[i])).arg(int(i) + 2);
    md += u"\n## Sources\n\n"_s;
    for (qsizetype i = 0; i < r.sources.size(); ++i)
        md += u"%1. [%2](%3)\n"_s.arg(i + 1).arg(r.sources.at(i).first, r.sources.at(i).second);
    r.markdown = md;
    return r;
}

bool ArtifactStore::isKnownFile(const QString &file)
{
    static const QRegularExpression known(
        u"^(video\\.mp4|poster\\.jpg|thumb\\.png|(image|scene)(_\\d{1,3})?\\.png|audio\\.wav|document\\.pdf|"
        "report\\.md|output\\.txt|transcript\\.txt|subtitles\\.vtt)$"_s);
    return known.match(file).hasMatch();
}

std::optional<ArtifactContent> ArtifactStore::content(const QString &jobId, const QString &file)
{
    if (!isKnownFile(file))
        return std::nullopt;
    // The media files do not depend on the job: one cache entry each.
    const QString key = (file == u"video.mp4"_s || file == u"poster.jpg"_s) ? file : jobId + u'/' + file;
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    std::optional<ArtifactContent> made = generate(jobId, file);
    if (!made)
        return std::nullopt;
    if (m_cache.size() >= kCacheLimit)
        m_cache.clear();
    m_cache.insert(key, *made);
    return made;
}

std::optional<ArtifactContent> ArtifactStore::generate(const QString &jobId, const QString &file) const
{
    const quint32 h = stableHash(jobId);
    if (file == u"video.mp4"_s)
        return ArtifactContent{"video/mp4", readResource(u":/sim/media/sample.mp4"_s)};
    if (file == u"poster.jpg"_s)
        return ArtifactContent{"image/jpeg", readResource(u":/sim/media/poster.jpg"_s)};
    if (file == u"thumb.png"_s)
        return ArtifactContent{"image/png", numberedPng(h, 1, 160, 90)};
    if (file.endsWith(u".png"_s)) { // image.png, image_N.png, scene_N.png
        const qsizetype us = file.indexOf(u'_');
        const int n = us < 0 ? 1 : QStringView(file).sliced(us + 1).chopped(4).toInt();
        return ArtifactContent{"image/png", numberedPng(h + quint32(n) * 47, n, 480, 270)};
    }
    if (file == u"audio.wav"_s)
        return ArtifactContent{"audio/wav", chimeWav(h)};
    if (file == u"document.pdf"_s)
        return ArtifactContent{"application/pdf",
                               simplePdf(u"Jobwatch simulated document"_s,
                                         {u"Job: "_s + jobId, u"This PDF was generated by the simulated provider."_s,
                                          u"It is small, valid and has one page."_s})};
    if (file == u"report.md"_s)
        return ArtifactContent{"text/markdown; charset=utf-8", researchReport(jobId).markdown.toUtf8()};
    if (file == u"subtitles.vtt"_s)
        return ArtifactContent{"text/vtt; charset=utf-8",
                               "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHallo und willkommen.\n\n"
                               "00:00:01.500 --> 00:00:03.000\nDies ist eine simulierte Übersetzung.\n"_ba};
    if (file == u"transcript.txt"_s)
        return ArtifactContent{"text/plain; charset=utf-8",
                               (u"Transcript of "_s + jobId + u"\n\n[00:00] Hello and welcome.\n[00:02] This is a simulated transcript.\n"_s).toUtf8()};
    // output.txt
    return ArtifactContent{"text/plain; charset=utf-8",
                           (u"Generated text for "_s + jobId + u".\nA lighthouse keeper finds a letter in a bottle.\n"_s).toUtf8()};
}

} // namespace jw::sim
