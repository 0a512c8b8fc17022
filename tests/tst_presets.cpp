// The shipped mapping presets (app/presets/*.json): each one against payloads shaped like its API's public docs.

#include "formats/parser.h"
#include "formats/registry.h"
#include "formats/mapping.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jw;

namespace {

const QStringList kPresets = {u"fal"_s, u"luma"_s, u"openai-videos"_s, u"replicate"_s, u"runway"_s};

QString presetDataDir()
{
    return QString::fromLocal8Bit(JOBWATCH_TEST_DATA_DIR) + u"/presets"_s;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The sample bodies of one preset: <case>.json next to <case>.expected.json.
QStringList cases(const QString &preset)
{
    QStringList out;
    const QStringList files = QDir(presetDataDir() + u'/' + preset).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        if (!file.endsWith(u".expected.json"_s))
            out.append(file.chopped(5));
    return out;
}

std::unique_ptr<MappingDialect> preset(const QString &name)
{
    QString error;
    auto d = MappingDialect::fromJson(presetJson(name), &error);
    if (!d)
        qWarning("preset %s rejected: %s", qPrintable(name), qPrintable(error));
    return d;
}

std::optional<JobSnapshot> parseCase(const Dialect &d, const QString &presetName, const QString &caseName)
{
    const ParseResult r = parseJob(readFile(presetDataDir() + u'/' + presetName + u'/' + caseName + u".json"_s), d);
    if (const auto *e = std::get_if<ParseError>(&r)) {
        qWarning("%s", qPrintable(e->message));
        return std::nullopt;
    }
    return std::get<JobSnapshot>(r);
}

} // namespace

class tst_Presets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPresetIsShippedAndValid();
    void everyPresetHasSamplesOfEachOutcome_data();
    void everyPresetHasSamplesOfEachOutcome();
    void snapshotMatchesExpected_data();
    void snapshotMatchesExpected();
    void sampleIdsMatchTheIdPattern_data();
    void sampleIdsMatchTheIdPattern();
    void pollUrl_data();
    void pollUrl();
    void authAndHeaders_data();
    void authAndHeaders();
    void recommendedPollingRespectsTheFloor_data();
    void recommendedPollingRespectsTheFloor();
    void openAiDerivesContentOnlyWhenCompleted();
    void errorBodies_data();
    void errorBodies();
    void inputsFromDocumentedExamples_data();
    void inputsFromDocumentedExamples();
    void costFromDocumentedExamples_data();
    void costFromDocumentedExamples();
};

void tst_Presets::everyPresetIsShippedAndValid()
{
    QCOMPARE(presetNames(), kPresets);
    for (const QString &name : kPresets) {
        QString error;
        const auto d = createDialect(name, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->name(), name);
        const auto m = preset(name);
        QVERIFY(m);
        QVERIFY(!m->title().isEmpty());
        QVERIFY(!m->notes().isEmpty());
        QCOMPARE(m->defaultBaseUrl().scheme(), u"https"_s);
    }
}

void tst_Presets::everyPresetHasSamplesOfEachOutcome_data()
{
    QTest::addColumn<QString>("presetName");
    for (const QString &name : kPresets)
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Presets::everyPresetHasSamplesOfEachOutcome()
{
    QFETCH(QString, presetName);
    const auto d = preset(presetName);
    QVERIFY(d);
    QSet<JobState> states;
    bool progressSeen = false;
    bool artifactsSeen = false;
    bool errorSeen = false;
    for (const QString &c : cases(presetName)) {
        const auto s = parseCase(*d, presetName, c);
        QVERIFY(s);
        states.insert(s->state);
        progressSeen |= s->state == JobState::Running && s->progress.has_value();
        artifactsSeen |= s->state == JobState::Completed && !s->artifacts.isEmpty();
        errorSeen |= s->error.has_value();
    }
    QVERIFY(states.contains(JobState::Queued));
    QVERIFY(states.contains(JobState::Running));
    QVERIFY(states.contains(JobState::Completed));
    // Luma's generations API reports no progress at all; every other preset shows it while running.
    QCOMPARE(progressSeen, presetName != u"luma"_s);
    QVERIFY(errorSeen);
    // OpenAI's video is not in the body; it is derived (see openAiDerivesContentOnlyWhenCompleted).
    if (presetName != u"openai-videos"_s)
        QVERIFY(artifactsSeen);
}

void tst_Presets::snapshotMatchesExpected_data()
{
    QTest::addColumn<QString>("presetName");
    QTest::addColumn<QString>("caseName");
    for (const QString &name : kPresets)
        for (const QString &c : cases(name))
            QTest::newRow(qPrintable(name + u'/' + c)) << name << c;
}

void tst_Presets::snapshotMatchesExpected()
{
    QFETCH(QString, presetName);
    QFETCH(QString, caseName);
    const auto d = createDialect(presetName);
    QVERIFY(d);
    const auto s = parseCase(*d, presetName, caseName);
    QVERIFY(s);
    const QByteArray expectedBytes = readFile(presetDataDir() + u'/' + presetName + u'/' + caseName + u".expected.json"_s);
    const QJsonDocument expected = QJsonDocument::fromJson(expectedBytes);
    QVERIFY(expected.isObject());
    QCOMPARE(QJsonDocument(toJson(*s)).toJson(QJsonDocument::Compact), expected.toJson(QJsonDocument::Compact));
    // The snapshot round-trips through the store's reader.
    QCOMPARE(snapshotFromJson(expected.object()), *s);
}

void tst_Presets::sampleIdsMatchTheIdPattern_data()
{
    everyPresetHasSamplesOfEachOutcome_data();
}

void tst_Presets::sampleIdsMatchTheIdPattern()
{
    QFETCH(QString, presetName);
    const auto d = preset(presetName);
    QVERIFY(d);
    const QRegularExpression pattern(d->idPattern());
    QVERIFY(!d->idPattern().isEmpty());
    QVERIFY(pattern.isValid());
    for (const QString &c : cases(presetName)) {
        const auto s = parseCase(*d, presetName, c);
        QVERIFY(s);
        QVERIFY2(pattern.match(s->id).hasMatch(), qPrintable(c + u": "_s + s->id));
    }
    QVERIFY(!pattern.match(u"not an id"_s).hasMatch());
}

void tst_Presets::pollUrl_data()
{
    QTest::addColumn<QString>("presetName");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("replicate") << u"replicate"_s << QString() << u"gm3qorzdhgbfurvjtvhg6dckhu"_s
                               << u"https://api.replicate.com/v1/predictions/gm3qorzdhgbfurvjtvhg6dckhu"_s;
    QTest::newRow("runway") << u"runway"_s << QString() << u"17f20503-6c24-4c16-946b-35dbbce2af2f"_s
                            << u"https://api.dev.runwayml.com/v1/tasks/17f20503-6c24-4c16-946b-35dbbce2af2f"_s;
    QTest::newRow("luma") << u"luma"_s << QString() << u"d1968551-6113-4b46-b567-09210c2e79b0"_s
                          << u"https://api.lumalabs.ai/dream-machine/v1/generations/d1968551-6113-4b46-b567-09210c2e79b0"_s;
    QTest::newRow("fal with model path") << u"fal"_s << u"https://queue.fal.run/fal-ai/flux"_s
                                         << u"80e732af-660e-45cd-bd63-580e4f2a94cc"_s
                                         << u"https://queue.fal.run/fal-ai/flux/requests/80e732af-660e-45cd-bd63-580e4f2a94cc/status?logs=1"_s;
    QTest::newRow("openai") << u"openai-videos"_s << QString() << u"video_68d7512d"_s
                            << u"https://api.openai.com/v1/videos/video_68d7512d"_s;
    QTest::newRow("local simulator") << u"openai-videos"_s << u"http://127.0.0.1:9000"_s << u"video_1"_s
                                     << u"http://127.0.0.1:9000/v1/videos/video_1"_s;
    QTest::newRow("id encoded") << u"replicate"_s << QString() << u"../x y"_s
                                << u"https://api.replicate.com/v1/predictions/..%2Fx%20y"_s;
}

void tst_Presets::pollUrl()
{
    QFETCH(QString, presetName);
    QFETCH(QString, base);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const auto d = createDialect(presetName);
    QVERIFY(d);
    QCOMPARE(d->pollUrl(QUrl(base), id).toString(QUrl::FullyEncoded), expected);
}

void tst_Presets::authAndHeaders_data()
{
    QTest::addColumn<QString>("presetName");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QByteArray>("headers"); // "Name: value" lines
    QTest::newRow("replicate") << u"replicate"_s << int(AuthForm::Scheme::Bearer) << QByteArray();
    QTest::newRow("runway") << u"runway"_s << int(AuthForm::Scheme::Bearer) << QByteArray("X-Runway-Version: 2024-11-06");
    QTest::newRow("luma") << u"luma"_s << int(AuthForm::Scheme::Bearer) << QByteArray();
    QTest::newRow("fal") << u"fal"_s << int(AuthForm::Scheme::Key) << QByteArray();
    QTest::newRow("openai") << u"openai-videos"_s << int(AuthForm::Scheme::Bearer) << QByteArray();
}

void tst_Presets::authAndHeaders()
{
    QFETCH(QString, presetName);
    QFETCH(int, scheme);
    QFETCH(QByteArray, headers);
    const auto d = createDialect(presetName);
    QVERIFY(d);
    QCOMPARE(int(d->auth().scheme), scheme);
    QVERIFY(d->auth().headerName.isEmpty());
    QList<QByteArray> lines;
    for (const auto &[name, value] : d->extraHeaders())
        lines.append(name + ": " + value);
    QCOMPARE(lines.join('\n'), headers);
}

void tst_Presets::recommendedPollingRespectsTheFloor_data()
{
    everyPresetHasSamplesOfEachOutcome_data();
}

void tst_Presets::recommendedPollingRespectsTheFloor()
{
    QFETCH(QString, presetName);
    const auto d = preset(presetName);
    QVERIFY(d);
    const MappingDialect::Recommended r = d->recommended();
    QVERIFY(r.intervalMs && r.ratePerSecond && r.burst && r.concurrency);
    QVERIFY(*r.intervalMs >= 1000); // DESIGN.md §4: never faster than once a second per job
    QVERIFY(*r.burst >= 1 && *r.concurrency >= 1 && *r.concurrency <= 6);
    // The rate is a ceiling from the provider's documented limits (the preset's notes name the source).
    const QHash<QString, double> documented = {{u"replicate"_s, 50.0}, {u"fal"_s, 5.0}, {u"openai-videos"_s, 2.0},
                                                {u"runway"_s, 2.0}, {u"luma"_s, 3.0}};
    QCOMPARE(*r.ratePerSecond, documented.value(presetName));
    QVERIFY(d->notes().contains(u"Request budget:"_s));
    if (presetName == u"runway"_s)
        QVERIFY(*r.intervalMs >= 5000); // Runway asks for no more than one poll per task every 5 s
}

void tst_Presets::openAiDerivesContentOnlyWhenCompleted()
{
    const auto d = createDialect(u"openai-videos"_s);
    QVERIFY(d);
    for (const QString &c : cases(u"openai-videos"_s)) {
        auto s = parseCase(*d, u"openai-videos"_s, c);
        QVERIFY(s);
        QVERIFY(s->artifacts.isEmpty());
        d->deriveArtifacts(QUrl(), *s);
        if (s->state != JobState::Completed) {
            QVERIFY2(s->artifacts.isEmpty(), qPrintable(c));
            continue;
        }
        QCOMPARE(s->artifacts.size(), 1);
        const Artifact &a = s->artifacts.first();
        QCOMPARE(a.kind, ArtifactKind::Video);
        QCOMPARE(a.url, u"https://api.openai.com/v1/videos/"_s + s->id + u"/content"_s);
        QCOMPARE(a.thumbnailUrl, u"https://api.openai.com/v1/videos/"_s + s->id + u"/content?variant=thumbnail"_s);
        // Against the simulated provider the profile's base wins.
        JobSnapshot local = *s;
        local.artifacts.clear();
        d->deriveArtifacts(QUrl(u"http://127.0.0.1:5050"_s), local);
        QCOMPARE(local.artifacts.size(), 1);
        QCOMPARE(local.artifacts.first().url, u"http://127.0.0.1:5050/v1/videos/"_s + s->id + u"/content"_s);
    }
    // Other presets derive nothing.
    for (const QString &name : {u"replicate"_s, u"runway"_s, u"luma"_s, u"fal"_s}) {
        const auto other = createDialect(name);
        JobSnapshot s;
        s.id = u"x"_s;
        s.state = JobState::Completed;
        other->deriveArtifacts(QUrl(), s);
        QVERIFY(s.artifacts.isEmpty());
    }
}

void tst_Presets::errorBodies_data()
{
    QTest::addColumn<QString>("presetName");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected"); // code, message, requestId; "<null>" = null
    const QString null = u"<null>"_s;
    QTest::newRow("replicate 401") << u"replicate"_s
        << QByteArray(R"({"title": "Unauthenticated", "detail": "You did not pass an authentication token", "status": 401})")
        << QStringList{u"Unauthenticated"_s, u"You did not pass an authentication token"_s, null};
    QTest::newRow("runway 400") << u"runway"_s << QByteArray(R"({"error": "Invalid task ID"})")
                                << QStringList{null, u"Invalid task ID"_s, null};
    QTest::newRow("luma 404") << u"luma"_s << QByteArray(R"({"detail": "Generation not found"})")
                              << QStringList{null, u"Generation not found"_s, null};
    QTest::newRow("fal 404") << u"fal"_s << QByteArray(R"({"detail": "Request not found"})")
                             << QStringList{null, u"Request not found"_s, null};
    QTest::newRow("fal 422") << u"fal"_s
        << QByteArray(R"({"detail": [{"loc": ["path", "request_id"], "msg": "value is not a valid uuid", "type": "type_error.uuid"}]})")
        << QStringList{null, u"value is not a valid uuid"_s, null};
    QTest::newRow("openai 404") << u"openai-videos"_s
        << QByteArray(R"({"error": {"message": "Video not found", "type": "invalid_request_error", "param": null, "code": "not_found"}})")
        << QStringList{u"not_found"_s, u"Video not found"_s, null};
}

void tst_Presets::errorBodies()
{
    QFETCH(QString, presetName);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    const auto d = createDialect(presetName);
    QVERIFY(d);
    const ApiError e = parseErrorBody(body, *d);
    const auto show = [](const QString &s) { return s.isNull() ? u"<null>"_s : s; };
    QCOMPARE((QStringList{show(e.code), show(e.message), show(e.requestId)}), expected);
}

void tst_Presets::inputsFromDocumentedExamples_data()
{
    QTest::addColumn<QString>("presetName");
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QStringList>("inputs"); // "name=value", in display order
    QTest::newRow("replicate: input, model, version") << u"replicate"_s << u"succeeded-images"_s
        << QStringList{u"prompt=an astronaut riding a horse"_s, u"model=stability-ai/sdxl"_s,
                       u"version=39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b"_s, u"num_outputs=2"_s};
    QTest::newRow("replicate: a model without a prompt") << u"replicate"_s << u"succeeded-text"_s
        << QStringList{u"model=replicate/hello-world"_s, u"version=5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"_s,
                       u"text=Alice"_s};
    QTest::newRow("luma: request") << u"luma"_s << u"queued"_s
        << QStringList{u"prompt=A tiger walking in snow"_s, u"model=ray-2"_s, u"size=720p"_s, u"duration=5s"_s,
                       u"aspect_ratio=16:9"_s, u"generation_type=video"_s,
                       u"keyframes={\"frame0\":{\"type\":\"image\",\"url\":\"https://example.com/start.jpg\"}}"_s,
                       u"loop=false"_s};
    QTest::newRow("openai: model, prompt, size, seconds") << u"openai-videos"_s << u"queued"_s
        << QStringList{u"prompt=A calico cat playing a piano on stage"_s, u"model=sora-2"_s, u"size=1280x720"_s, u"duration=8 s"_s};
    QTest::newRow("runway: tasks echo no inputs") << u"runway"_s << u"succeeded"_s << QStringList{};
    QTest::newRow("fal: status echoes no inputs") << u"fal"_s << u"completed"_s << QStringList{};
}

void tst_Presets::inputsFromDocumentedExamples()
{
    QFETCH(QString, presetName);
    QFETCH(QString, caseName);
    QFETCH(QStringList, inputs);
    const auto d = createDialect(presetName);
    QVERIFY(d);
    const auto s = parseCase(*d, presetName, caseName);
    QVERIFY(s);
    QStringList got;
    for (const JobInput &input : s->inputs)
        got.append(input.name + u'=' + input.value);
    QCOMPARE(got, inputs);
}

void tst_Presets::costFromDocumentedExamples_data()
{
    QTest::addColumn<QString>("presetName");
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("cost"); // "amount unit", empty for none
    QTest::newRow("replicate: metrics.predict_time") << u"replicate"_s << u"succeeded-images"_s << u"7.012683 seconds"_s;
    QTest::newRow("replicate: no metrics while running") << u"replicate"_s << u"processing"_s << QString();
    QTest::newRow("replicate: empty metrics when aborted") << u"replicate"_s << u"aborted"_s << QString();
    QTest::newRow("fal: metrics.inference_time") << u"fal"_s << u"completed"_s << u"3.4 seconds"_s;
    QTest::newRow("fal: none while queued") << u"fal"_s << u"in-queue"_s << QString();
    QTest::newRow("luma: reports none") << u"luma"_s << u"completed-video"_s << QString();
    QTest::newRow("openai: reports none") << u"openai-videos"_s << u"completed"_s << QString();
    QTest::newRow("runway: reports none") << u"runway"_s << u"succeeded"_s << QString();
}

void tst_Presets::costFromDocumentedExamples()
{
    QFETCH(QString, presetName);
    QFETCH(QString, caseName);
    QFETCH(QString, cost);
    const auto d = createDialect(presetName);
    QVERIFY(d);
    const auto s = parseCase(*d, presetName, caseName);
    QVERIFY(s);
    QCOMPARE(s->cost ? QString::number(s->cost->amount, 'g', 10) + u' ' + s->cost->unit : QString(), cost);
    if (s->cost)
        QVERIFY(!s->cost->estimate); // measured by the provider, not estimated
}

QTEST_GUILESS_MAIN(tst_Presets)
#include "tst_presets.moc"
