// The normalization rules of DESIGN.md §2: status synonyms, progress, artifact kinds and de-duplication.

#include "model/normalize.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using jw::ArtifactKind;
using jw::JobState;

namespace {

jw::Artifact artifact(ArtifactKind kind, const QString &url)
{
    jw::Artifact a;
    a.kind = kind;
    a.url = url;
    return a;
}

} // namespace

class TestNormalize final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusSynonymsIgnoreCase_data();
    void statusSynonymsIgnoreCase();
    void unknownStatusIsNotTerminal();
    void extraSynonymsComeFirst();
    void progress_data();
    void progress();
    void fractionIsNotGuessed();
    void duplicateArtifactsMergeIntoFirst();
    void artifactsWithoutUrlAreDropped();
    void kinds_data();
    void kinds();
    void kindFromExtensionNeedsARealExtension_data();
    void kindFromExtensionNeedsARealExtension();
    void collectUrlsInOrderWithKinds();
    void collectUrlsIsBounded();
};

void TestNormalize::statusSynonymsIgnoreCase_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<JobState>("state");
    const QList<QPair<QStringList, JobState>> table = {
        {{u"queued"_s, u"pending"_s, u"starting"_s, u"in_queue"_s}, JobState::Queued},
        {{u"active"_s, u"processing"_s, u"running"_s, u"in_progress"_s}, JobState::Running},
        {{u"completed"_s, u"succeeded"_s, u"success"_s, u"done"_s}, JobState::Completed},
        {{u"failed"_s, u"error"_s}, JobState::Failed},
        {{u"cancelled"_s, u"canceled"_s}, JobState::Cancelled},
    };
    for (const auto &[words, state] : table) {
        for (const QString &w : words) {
            QTest::addRow("%s", qPrintable(w)) << w << state;
            QTest::addRow("%s upper", qPrintable(w)) << w.toUpper() << state;
            QString mixed = w;
            mixed[0] = mixed[0].toUpper();
            QTest::addRow("%s mixed, padded", qPrintable(w)) << (u"  "_s + mixed + u"\t"_s) << state;
        }
    }
    for (const QString &w : {u"paused"_s, u"in progress"_s, u"complete"_s, u""_s, u"<string>"_s, u"queued!"_s})
        QTest::addRow("unknown '%s'", qPrintable(w)) << w << JobState::Unknown;
}

void TestNormalize::statusSynonymsIgnoreCase()
{
    QFETCH(QString, raw);
    QFETCH(JobState, state);
    QCOMPARE(jw::normalizeStatus(raw), state);
}

void TestNormalize::unknownStatusIsNotTerminal()
{
    jw::JobSnapshot s;
    s.id = u"j"_s;
    s.rawStatus = u"Paused_By_Operator"_s;
    s.state = jw::normalizeStatus(s.rawStatus);
    s.progress = 40;
    jw::finalizeSnapshot(s);
    QCOMPARE(s.state, JobState::Unknown);
    QVERIFY(!jw::isTerminal(s.state));
    QCOMPARE(jw::toJson(s).value(u"rawStatus"_s).toString(), u"Paused_By_Operator"_s);
    QCOMPARE(jw::toJson(s).value(u"state"_s).toString(), u"unknown"_s);
    QCOMPARE(s.progress, std::optional<double>(40));
}

void TestNormalize::extraSynonymsComeFirst()
{
    const QHash<QString, JobState> extra = {{u"in_queue"_s, JobState::Running}, {u"baking"_s, JobState::Running}};
    QCOMPARE(jw::normalizeStatus(u"BAKING"_s, extra), JobState::Running);
    QCOMPARE(jw::normalizeStatus(u"In_Queue"_s, extra), JobState::Running);
    QCOMPARE(jw::normalizeStatus(u"done"_s, extra), JobState::Completed);
}

using OptD = std::optional<double>;
using OptI = std::optional<qint64>;

void TestNormalize::progress_data()
{
    QTest::addColumn<JobState>("state");
    QTest::addColumn<OptD>("progress");
    QTest::addColumn<OptI>("done");
    QTest::addColumn<OptI>("total");
    QTest::addColumn<OptD>("expected");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("percent kept") << JobState::Running << OptD(45) << OptI() << OptI() << OptD(45);
    QTest::newRow("fractional percent kept") << JobState::Running << OptD(66.7) << OptI() << OptI() << OptD(66.7);
    QTest::newRow("above 100 clamped") << JobState::Running << OptD(123) << OptI() << OptI() << OptD(100);
    QTest::newRow("negative clamped") << JobState::Running << OptD(-5) << OptI() << OptI() << OptD(0);
    QTest::newRow("NaN is absent") << JobState::Running << OptD(nan) << OptI() << OptI() << OptD();
    QTest::newRow("infinity is absent") << JobState::Running << OptD(inf) << OptI() << OptI() << OptD();
    QTest::newRow("-infinity is absent") << JobState::Running << OptD(-inf) << OptI() << OptI() << OptD();
    QTest::newRow("none stays null while running") << JobState::Running << OptD() << OptI() << OptI() << OptD();
    QTest::newRow("none stays null while queued") << JobState::Queued << OptD() << OptI() << OptI() << OptD();
    QTest::newRow("done/total derived") << JobState::Running << OptD() << OptI(3) << OptI(8) << OptD(37.5);
    QTest::newRow("done/total zero done") << JobState::Queued << OptD() << OptI(0) << OptI(6) << OptD(0);
    QTest::newRow("done/total total 0") << JobState::Running << OptD() << OptI(0) << OptI(0) << OptD();
    QTest::newRow("done/total total 0, done 2") << JobState::Running << OptD() << OptI(2) << OptI(0) << OptD();
    QTest::newRow("done above total clamped") << JobState::Running << OptD() << OptI(9) << OptI(4) << OptD(100);
    QTest::newRow("negative done clamped") << JobState::Running << OptD() << OptI(-1) << OptI(4) << OptD(0);
    QTest::newRow("done without total") << JobState::Running << OptD() << OptI(3) << OptI() << OptD();
    QTest::newRow("percentage wins over done/total") << JobState::Running << OptD(10) << OptI(1) << OptI(2) << OptD(10);
    QTest::newRow("NaN falls back to done/total") << JobState::Running << OptD(nan) << OptI(1) << OptI(4) << OptD(25);
    QTest::newRow("completed is 100") << JobState::Completed << OptD(50) << OptI() << OptI() << OptD(100);
    QTest::newRow("completed without progress is 100") << JobState::Completed << OptD() << OptI() << OptI() << OptD(100);
    QTest::newRow("completed with partial counts is 100") << JobState::Completed << OptD() << OptI(2) << OptI(3) << OptD(100);
    QTest::newRow("failed keeps progress") << JobState::Failed << OptD(62) << OptI() << OptI() << OptD(62);
    QTest::newRow("failed keeps derived progress") << JobState::Failed << OptD() << OptI(2) << OptI(5) << OptD(40);
    QTest::newRow("failed without progress stays null") << JobState::Failed << OptD() << OptI() << OptI() << OptD();
    QTest::newRow("cancelled keeps progress") << JobState::Cancelled << OptD(50) << OptI() << OptI() << OptD(50);
    QTest::newRow("unknown keeps progress") << JobState::Unknown << OptD(12) << OptI() << OptI() << OptD(12);
}

void TestNormalize::progress()
{
    QFETCH(JobState, state);
    QFETCH(OptD, progress);
    QFETCH(OptI, done);
    QFETCH(OptI, total);
    QFETCH(OptD, expected);

    jw::JobSnapshot s;
    s.id = u"j"_s;
    s.state = state;
    s.progress = progress;
    s.done = done;
    s.total = total;
    jw::finalizeSnapshot(s);
    QCOMPARE(s.progress.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(*s.progress, *expected);
    // done/total are reported as given, never rewritten.
    QCOMPARE(s.done, done);
    QCOMPARE(s.total, total);
    // The JSON form has null, never NaN, for an absent progress.
    const QJsonValue json = jw::toJson(s).value(u"progress"_s);
    QCOMPARE(json.isNull(), !expected.has_value());
}

void TestNormalize::fractionIsNotGuessed()
{
    // A 0–1 fraction is only scaled where the dialect or mapping says so; finalize treats every value as a
    // percentage, so 0.5 % stays 0.5 % instead of jumping to 50 %.
    jw::JobSnapshot s;
    s.id = u"j"_s;
    s.state = JobState::Running;
    s.progress = 0.5;
    jw::finalizeSnapshot(s);
    QCOMPARE(s.progress, OptD(0.5));
    s.progress = 1.0;
    jw::finalizeSnapshot(s);
    QCOMPARE(s.progress, OptD(1.0));
}

void TestNormalize::duplicateArtifactsMergeIntoFirst()
{
    const QString video = u"https://cdn.example/out/0.mp4"_s;
    jw::JobSnapshot s;
    s.id = u"j"_s;
    jw::Artifact first = artifact(ArtifactKind::Other, video); // like muvi's bare `output`
    jw::Artifact detailed = artifact(ArtifactKind::Video, video);
    detailed.thumbnailUrl = u"https://cdn.example/out/thumb.jpg"_s;
    detailed.posterUrl = u"https://cdn.example/out/poster.jpg"_s;
    detailed.mimeType = u"video/mp4"_s;
    detailed.sizeBytes = 1234;
    detailed.title = u"Clip"_s;
    jw::Artifact other = artifact(ArtifactKind::Image, u"https://cdn.example/out/1.png"_s);
    jw::Artifact thirdCopy = artifact(ArtifactKind::Audio, video);
    thirdCopy.title = u"Not this title"_s;
    s.artifacts = {first, other, detailed, thirdCopy};

    jw::finalizeSnapshot(s);
    QCOMPARE(s.artifacts.size(), 2);
    QCOMPARE(s.artifacts.at(0).url, video);
    QCOMPARE(s.artifacts.at(0).kind, ArtifactKind::Video);
    QCOMPARE(s.artifacts.at(0).thumbnailUrl, detailed.thumbnailUrl);
    QCOMPARE(s.artifacts.at(0).posterUrl, detailed.posterUrl);
    QCOMPARE(s.artifacts.at(0).mimeType, u"video/mp4"_s);
    QCOMPARE(s.artifacts.at(0).sizeBytes, std::optional<qint64>(1234));
    QCOMPARE(s.artifacts.at(0).title, u"Clip"_s);
    QCOMPARE(s.artifacts.at(1), other);

    // A kind already known is not overwritten by a later duplicate.
    s.artifacts = {artifact(ArtifactKind::Image, video), artifact(ArtifactKind::Video, video)};
    jw::finalizeSnapshot(s);
    QCOMPARE(s.artifacts.size(), 1);
    QCOMPARE(s.artifacts.at(0).kind, ArtifactKind::Image);
}

void TestNormalize::artifactsWithoutUrlAreDropped()
{
    jw::JobSnapshot s;
    s.id = u"j"_s;
    s.artifacts = {artifact(ArtifactKind::Video, QString()), artifact(ArtifactKind::Image, u""_s),
                   artifact(ArtifactKind::Text, u"https://a.example/t.txt"_s)};
    jw::finalizeSnapshot(s);
    QCOMPARE(s.artifacts.size(), 1);
    QCOMPARE(s.artifacts.at(0).kind, ArtifactKind::Text);
}

void TestNormalize::kinds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("url");
    QTest::addColumn<ArtifactKind>("kind");

    const QString noExt = u"https://cdn.example/a/b"_s;
    // The provider's type field first, even against the field name and the extension.
    QTest::newRow("type video") << u"video"_s << u"imageUrl"_s << u"https://x.example/a.png"_s << ArtifactKind::Video;
    QTest::newRow("type image") << u"image"_s << QString() << noExt << ArtifactKind::Image;
    QTest::newRow("type audio") << u"Audio"_s << QString() << noExt << ArtifactKind::Audio;
    QTest::newRow("type text") << u"text"_s << QString() << u"https://x.example/a.mp4"_s << ArtifactKind::Text;
    QTest::newRow("type document") << u"document"_s << QString() << noExt << ArtifactKind::Document;
    QTest::newRow("type as MIME") << u"audio/mpeg"_s << QString() << noExt << ArtifactKind::Audio;
    QTest::newRow("unknown type falls through") << u"export"_s << u"videoUrl"_s << noExt << ArtifactKind::Video;
    // Then the field name.
    QTest::newRow("videoUrl") << QString() << u"videoUrl"_s << noExt << ArtifactKind::Video;
    QTest::newRow("imageUrl") << QString() << u"imageUrl"_s << noExt << ArtifactKind::Image;
    QTest::newRow("image_url") << QString() << u"image_url"_s << u"https://x.example/a.mp4"_s << ArtifactKind::Image;
    QTest::newRow("thumbnail") << QString() << u"thumbnail"_s << noExt << ArtifactKind::Image;
    QTest::newRow("posterImage") << QString() << u"posterImage"_s << noExt << ArtifactKind::Image;
    QTest::newRow("audio_url") << QString() << u"audio_url"_s << noExt << ArtifactKind::Audio;
    QTest::newRow("transcriptUrl") << QString() << u"transcriptUrl"_s << noExt << ArtifactKind::Text;
    QTest::newRow("documentUrl") << QString() << u"documentUrl"_s << noExt << ArtifactKind::Document;
    // downloadUrl only says "a file": the extension says more, and without one it is a document.
    QTest::newRow("downloadUrl no extension") << QString() << u"downloadUrl"_s << noExt << ArtifactKind::Document;
    QTest::newRow("downloadUrl .mp4") << QString() << u"downloadUrl"_s << u"https://x.example/e.mp4"_s << ArtifactKind::Video;
    QTest::newRow("fileUrl .png") << QString() << u"fileUrl"_s << u"https://x.example/e.png"_s << ArtifactKind::Image;
    // Then the extension of the URL's path (not its query).
    QTest::newRow("ext mp4") << QString() << u"url"_s << u"https://x.example/v.MP4"_s << ArtifactKind::Video;
    QTest::newRow("ext webm in query-signed url") << QString() << u"output"_s
                                                  << u"https://x.example/v.webm?sig=abc.png"_s << ArtifactKind::Video;
    QTest::newRow("ext jpg") << QString() << QString() << u"https://x.example/i.jpg"_s << ArtifactKind::Image;
    QTest::newRow("ext mp3") << QString() << QString() << u"https://x.example/s.mp3"_s << ArtifactKind::Audio;
    QTest::newRow("ext pdf") << QString() << QString() << u"https://x.example/d.pdf"_s << ArtifactKind::Document;
    QTest::newRow("ext vtt") << QString() << QString() << u"https://x.example/d.vtt"_s << ArtifactKind::Text;
    // Other as a last resort.
    QTest::newRow("nothing known") << QString() << u"result"_s << noExt << ArtifactKind::Other;
    QTest::newRow("unknown extension") << QString() << QString() << u"https://x.example/a.bin"_s << ArtifactKind::Other;
    QTest::newRow("all empty") << QString() << QString() << QString() << ArtifactKind::Other;
}

void TestNormalize::kinds()
{
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QString, url);
    QFETCH(ArtifactKind, kind);
    QCOMPARE(jw::inferKind(type, field, url), kind);
}

void TestNormalize::kindFromExtensionNeedsARealExtension_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("known");
    QTest::newRow("dot in host only") << u"https://cdn.mp4.example/file"_s << false;
    QTest::newRow("dot in directory") << u"https://x.example/v1.mp4/file"_s << false;
    QTest::newRow("fragment") << u"https://x.example/a#b.png"_s << false;
    QTest::newRow("trailing dot") << u"https://x.example/a."_s << false;
    QTest::newRow("real") << u"https://x.example/dir/a.flac"_s << true;
}

void TestNormalize::kindFromExtensionNeedsARealExtension()
{
    QFETCH(QString, url);
    QFETCH(bool, known);
    QCOMPARE(jw::kindFromExtension(url).has_value(), known);
}

void TestNormalize::collectUrlsInOrderWithKinds()
{
    const QJsonObject result = QJsonDocument::fromJson(R"({
        "items": [
            {"url": "https://c.example/a", "type": "audio", "thumbnailUrl": "https://c.example/a.png"},
            "https://c.example/b.mp4",
            {"href": "HTTPS://c.example/c", "kind": "video"}
        ],
        "note": "see https://c.example/inline in the text",
        "local": "file:///etc/passwd",
        "data": "data:image/png;base64,AAAA",
        "count": 3,
        "nothing": null
    })").object();
    QList<jw::Artifact> out;
    jw::collectUrlArtifacts(result, out);
    QCOMPARE(out.size(), 4);
    QCOMPARE(out.at(0).url, u"https://c.example/a.png"_s); // members of one object in key order
    QCOMPARE(out.at(0).kind, ArtifactKind::Image);          // the field name wins over the sibling type
    QCOMPARE(out.at(1).url, u"https://c.example/a"_s);
    QCOMPARE(out.at(1).kind, ArtifactKind::Audio);          // "url" says nothing: the sibling type decides
    QCOMPARE(out.at(2).url, u"https://c.example/b.mp4"_s);  // array order kept
    QCOMPARE(out.at(2).kind, ArtifactKind::Video);
    QCOMPARE(out.at(3).url, u"HTTPS://c.example/c"_s);
    QCOMPARE(out.at(3).kind, ArtifactKind::Video);
}

void TestNormalize::collectUrlsIsBounded()
{
    // A URL deeper than the bound is not collected, and deep input does not recurse without end.
    QJsonValue deep = u"https://deep.example/x.png"_s;
    for (int i = 0; i < 200; ++i)
        deep = QJsonArray{deep};
    QList<jw::Artifact> out;
    jw::collectUrlArtifacts(QJsonObject{{u"a"_s, deep}, {u"b"_s, u"https://shallow.example/y.png"_s}}, out);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).url, u"https://shallow.example/y.png"_s);

    QJsonArray many;
    for (int i = 0; i < 1000; ++i)
        many.append(u"https://many.example/%1.png"_s.arg(i));
    out.clear();
    jw::collectUrlArtifacts(many, out, 8, 256);
    QCOMPARE(out.size(), 256);
    QCOMPARE(out.last().url, u"https://many.example/255.png"_s);
}

QTEST_GUILESS_MAIN(TestNormalize)
#include "tst_normalize.moc"
