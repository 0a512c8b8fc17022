// The simulated provider over real loopback HTTP: each dialect's life cycle and body shape (also read back through
// the native dialects), real artifacts, signed URLs, control endpoints, the demo set and the cost of many polls.

#include "simtestclient.h"

#include "formats/parser.h"
#include "formats/registry.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

class TestSimulatedProvider final : public QObject, protected SimTestClient
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startProvider(); }
    void cleanup() { m_sim.reset(); }

    void listensOnLoopbackWithAFreePort()
    {
        QVERIFY(m_sim->port() != 0);
        QCOMPARE(m_sim->rootUrl().host(), u"127.0.0.1"_s);
        QCOMPARE(m_sim->baseUrl(u"muvi"_s).path(), u"/muvi"_s);
        SimulatedProvider second;
        QVERIFY(!second.listen(m_sim->port()));
        QVERIFY(!second.errorString().isEmpty());
    }

    void idsHaveEachProvidersShape_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("theo") << u"theo"_s << u"video"_s << u"^job_[A-Za-z0-9]+$"_s;
        QTest::newRow("vidocu analysis") << u"vidocu"_s << u"analysis"_s << u"^analysis_\\d{13}_[a-z0-9]{7}$"_s;
        QTest::newRow("vidocu export") << u"vidocu"_s << u"export"_s << u"^export_\\d{13}_[a-z0-9]{7}$"_s;
        QTest::newRow("scenes") << u"scenes"_s << u"story"_s << u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$"_s;
        QTest::newRow("muvi") << u"muvi"_s << u"video"_s << u"^job_[0-9a-f]{12}$"_s;
    }
    void idsHaveEachProvidersShape()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, type);
        QFETCH(QString, pattern);
        const QString id = create(dialect, type, 0, 1000);
        QVERIFY2(QRegularExpression(pattern).match(id).hasMatch(), qPrintable(id));
        QCOMPARE(m_sim->dialectOf(id), dialect);
        QVERIFY(m_sim->pollUrl(id).toString().startsWith(m_sim->baseUrl(dialect).toString() + u'/'));
    }

    void statusFollowsTheClock_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("queued");
        QTest::addColumn<QString>("running");
        QTest::addColumn<QString>("completed");
        QTest::newRow("theo") << u"theo"_s << u"queued"_s << u"active"_s << u"completed"_s;
        QTest::newRow("vidocu") << u"vidocu"_s << u"pending"_s << u"processing"_s << u"completed"_s;
        QTest::newRow("scenes") << u"scenes"_s << u"pending"_s << u"processing"_s << u"completed"_s;
        QTest::newRow("muvi") << u"muvi"_s << u"pending"_s << u"processing"_s << u"completed"_s;
    }
    void statusFollowsTheClock()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, queued);
        QFETCH(QString, running);
        QFETCH(QString, completed);
        const QString id = create(dialect, {}, 300, 500);
        QCOMPARE(get(m_sim->pollUrl(id)).json().value(u"status"_s).toString(), queued);
        QString status;
        QStringList seen;
        QTRY_VERIFY_WITH_TIMEOUT((status = get(m_sim->pollUrl(id)).json().value(u"status"_s).toString(),
                                  seen.append(status), status == completed), 5000);
        QVERIFY2(seen.contains(running), qPrintable(seen.join(u',')));
        QVERIFY(m_sim->terminalAtMs(id) <= QDateTime::currentMSecsSinceEpoch());
    }

    void theoBodies_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("urlField");
        QTest::newRow("video") << u"video"_s << u"videoUrl"_s;
        QTest::newRow("image") << u"image"_s << u"imageUrl"_s;
        QTest::newRow("document") << u"document"_s << u"downloadUrl"_s;
        QTest::newRow("research") << u"research"_s << QString();
    }
    void theoBodies()
    {
        QFETCH(QString, type);
        QFETCH(QString, urlField);
        const QJsonObject active = get(m_sim->pollUrl(create(u"theo"_s, type, 0, 60000))).json();
        QCOMPARE(active.value(u"status"_s).toString(), u"active"_s);
        QVERIFY(active.value(u"progress"_s).isDouble());
        QVERIFY(active.value(u"result"_s).isNull());
        QVERIFY(active.value(u"completed_at"_s).isNull());

        const QString id = create(u"theo"_s, type, 0, 0);
        const QJsonObject done = get(m_sim->pollUrl(id)).json();
        QCOMPARE(done.value(u"id"_s).toString(), id);
        QCOMPARE(done.value(u"type"_s).toString(), type);
        QCOMPARE(done.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(done.value(u"progress"_s).toInt(), 100);
        QVERIFY(done.value(u"error"_s).isNull());
        QVERIFY(!done.value(u"completed_at"_s).toString().isEmpty());
        const QJsonObject result = done.value(u"result"_s).toObject();
        if (urlField.isEmpty()) {
            QVERIFY(result.value(u"report"_s).toString().startsWith(u"# "_s));
            const QJsonArray sources = result.value(u"sources"_s).toArray();
            QVERIFY(sources.size() >= 5);
            QCOMPARE(result.value(u"sourceCount"_s).toInt(), sources.size());
            QVERIFY(sources.first()[u"url"_s].toString().startsWith(u"https://"_s));
            QVERIFY(!result.value(u"queries"_s).toArray().isEmpty());
            QVERIFY(result.value(u"report"_s).toString().contains(u"[1]"_s));
        } else {
            const Reply artifact = get(QUrl(result.value(urlField).toString()));
            QCOMPARE(artifact.status, 200);
            if (type == u"document"_s)
                QCOMPARE(result.value(u"sizeBytes"_s).toInteger(), artifact.body.size());
        }

        const QJsonObject failed = get(m_sim->pollUrl(create(u"theo"_s, type, 0, 0, Outcome::Failed))).json();
        QCOMPARE(failed.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(failed.value(u"result"_s).isNull());
        QVERIFY(!failed.value(u"error"_s).toString().isEmpty());
        QVERIFY(failed.value(u"progress"_s).toInt() > 0 && failed.value(u"progress"_s).toInt() < 100);
    }

    void vidocuProgressIsStepped()
    {
        const QJsonObject pending = get(m_sim->pollUrl(create(u"vidocu"_s, u"analysis"_s, 60000, 1000))).json();
        QCOMPARE(pending.value(u"status"_s).toString(), u"pending"_s);
        QVERIFY(pending.value(u"progress"_s).isNull());

        // Default shape: the first step has no percentage, later steps do.
        const QString id = create(u"vidocu"_s, u"analysis"_s, 0, 1200);
        const QJsonObject first = get(m_sim->pollUrl(id)).json().value(u"progress"_s).toObject();
        QCOMPARE(first.value(u"step"_s).toString(), u"uploading"_s);
        QVERIFY(!first.value(u"message"_s).toString().isEmpty());
        QVERIFY(!first.contains(u"percentage"_s));
        QTRY_VERIFY(get(m_sim->pollUrl(id)).json().value(u"progress"_s).toObject().contains(u"percentage"_s));

        const QJsonObject steps = get(m_sim->pollUrl(create(u"vidocu"_s, u"export"_s, 0, 60000, Outcome::Completed, 0, u"steps"_s))).json();
        QVERIFY(!steps.value(u"progress"_s).toObject().contains(u"percentage"_s));
        const QJsonObject percent = get(m_sim->pollUrl(create(u"vidocu"_s, u"export"_s, 0, 60000, Outcome::Completed, 0, u"percent"_s))).json();
        QCOMPARE(percent.value(u"progress"_s).toObject().value(u"percentage"_s).toInt(), 0);
    }

    void vidocuResultsPerType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("urlFields");
        QTest::newRow("analysis") << u"analysis"_s << QStringList{u"documentUrl"_s, u"transcriptUrl"_s, u"thumbnailUrl"_s};
        QTest::newRow("export") << u"export"_s << QStringList{u"videoUrl"_s, u"thumbnailUrl"_s};
        QTest::newRow("translation") << u"translation"_s << QStringList{u"videoUrl"_s, u"audioUrl"_s, u"subtitlesUrl"_s};
        QTest::newRow("tool") << u"tool"_s << QStringList{u"downloadUrl"_s, u"imageUrl"_s};
    }
    void vidocuResultsPerType()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, urlFields);
        const QString id = create(u"vidocu"_s, type, 0, 0);
        const QJsonObject done = get(m_sim->pollUrl(id)).json();
        QCOMPARE(done.value(u"jobId"_s).toString(), id);
        QCOMPARE(done.value(u"status"_s).toString(), u"completed"_s);
        QVERIFY(done.value(u"createdAt"_s).toString().endsWith(u"Z"_s));
        QVERIFY(done.value(u"updatedAt"_s).toString().contains(u'.'));
        const QJsonObject result = done.value(u"result"_s).toObject();
        for (const QString &field : urlFields) {
            const Reply artifact = get(QUrl(result.value(field).toString()));
            QVERIFY2(artifact.status == 200, qPrintable(field));
            QVERIFY(!artifact.body.isEmpty());
        }
        const QJsonObject failed = get(m_sim->pollUrl(create(u"vidocu"_s, type, 0, 0, Outcome::Failed))).json();
        QCOMPARE(failed.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(failed.value(u"error"_s).isString());
        QVERIFY(failed.value(u"result"_s).isNull());
    }

    void scenesCountScenesAndSignUrls()
    {
        const QJsonObject pending = get(m_sim->pollUrl(create(u"scenes"_s, {}, 60000, 1000, Outcome::Completed, 5))).json();
        QCOMPARE(pending.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(pending.value(u"scenes_total"_s).toInt(), 5);
        QCOMPARE(pending.value(u"scenes_completed"_s).toInt(), 0);
        QVERIFY(!pending.contains(u"started_at"_s));
        QVERIFY(!pending.contains(u"completed_at"_s));
        QVERIFY(!pending.contains(u"result"_s));

        const QString runningId = create(u"scenes"_s, {}, 0, 1000, Outcome::Completed, 4);
        QTRY_VERIFY(get(m_sim->pollUrl(runningId)).json().value(u"scenes_completed"_s).toInt() >= 2);

        const QString id = create(u"scenes"_s, {}, 0, 0, Outcome::Completed, 3);
        const QJsonObject done = get(m_sim->pollUrl(id)).json();
        QCOMPARE(done.value(u"job_id"_s).toString(), id);
        QCOMPARE(done.value(u"scenes_completed"_s).toInt(), 3);
        QVERIFY(done.contains(u"started_at"_s));
        const QJsonArray scenes = done[u"result"_s][u"scenes"_s].toArray();
        QCOMPARE(scenes.size(), 3);
        const QUrl url(scenes.at(1)[u"image_url"_s].toString());
        QVERIFY(QUrlQuery(url).hasQueryItem(u"expires"_s));
        QVERIFY(QUrlQuery(url).hasQueryItem(u"sig"_s));
        const Reply image = get(url);
        QCOMPARE(image.status, 200);
        QVERIFY(image.body.startsWith("\x89PNG\r\n\x1a\n"));

        QUrl tampered = url;
        QUrlQuery q(url);
        q.removeQueryItem(u"expires"_s);
        q.addQueryItem(u"expires"_s, u"9999999999"_s);
        tampered.setQuery(q);
        QCOMPARE(get(tampered).status, 403);

        const QJsonObject failed = get(m_sim->pollUrl(create(u"scenes"_s, {}, 0, 0, Outcome::Failed, 6))).json();
        QCOMPARE(failed.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(!failed[u"error"_s][u"code"_s].toString().isEmpty());
        QVERIFY(!failed[u"error"_s][u"message"_s].toString().isEmpty());
        QVERIFY(failed.value(u"scenes_completed"_s).toInt() < 6);
    }

    void signedUrlAnswers403OnceExpired()
    {
        m_sim->setSignedUrlTtlMs(0);
        const QString id = create(u"scenes"_s, {}, 0, 0, Outcome::Completed, 2);
        const QUrl url(get(m_sim->pollUrl(id)).json()[u"result"_s][u"scenes"_s][0][u"image_url"_s].toString());
        const qint64 expires = QUrlQuery(url).queryItemValue(u"expires"_s).toLongLong();
        QVERIFY(expires > 0);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expires, 3000);
        const Reply expired = get(url);
        QCOMPARE(expired.status, 403);
        QCOMPARE(expired.json().value(u"error"_s).toString(), u"expired"_s);
    }

    void bodiesParseWithTheNativeDialects_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("units");
        QTest::addColumn<QString>("firstKind"); // the main artifact's kind; empty = a report
        QTest::newRow("theo video") << u"theo"_s << u"video"_s << 0 << u"video"_s;
        QTest::newRow("theo image") << u"theo"_s << u"image"_s << 0 << u"image"_s;
        QTest::newRow("theo document") << u"theo"_s << u"document"_s << 0 << u"document"_s;
        QTest::newRow("theo research") << u"theo"_s << u"research"_s << 0 << QString();
        QTest::newRow("vidocu analysis") << u"vidocu"_s << u"analysis"_s << 0 << u"document"_s;
        QTest::newRow("vidocu export") << u"vidocu"_s << u"export"_s << 0 << u"video"_s;
        QTest::newRow("vidocu translation") << u"vidocu"_s << u"translation"_s << 0 << u"video"_s;
        QTest::newRow("vidocu tool") << u"vidocu"_s << u"tool"_s << 0 << u"document"_s;
        QTest::newRow("scenes") << u"scenes"_s << u"story"_s << 4 << u"image"_s;
        QTest::newRow("muvi video") << u"muvi"_s << u"video"_s << 0 << u"video"_s;
        QTest::newRow("muvi image") << u"muvi"_s << u"image"_s << 2 << u"image"_s;
        QTest::newRow("muvi audio") << u"muvi"_s << u"audio"_s << 0 << u"audio"_s;
        QTest::newRow("muvi text") << u"muvi"_s << u"text"_s << 0 << u"text"_s;
    }
    void bodiesParseWithTheNativeDialects()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, type);
        QFETCH(int, units);
        QFETCH(QString, firstKind);
        QString error;
        const std::unique_ptr<jw::Dialect> parser = jw::createDialect(dialect, &error);
        QVERIFY2(parser, qPrintable(error));
        auto snapshot = [&](const QString &id) {
            const Reply r = get(m_sim->pollUrl(id));
            const jw::ParseResult result = jw::parseJob(r.body, *parser);
            const auto *parsed = std::get_if<jw::JobSnapshot>(&result);
            return parsed ? *parsed : jw::JobSnapshot{};
        };

        const QString queuedId = create(dialect, type, 60000, 1000, Outcome::Completed, units);
        QCOMPARE(parser->pollUrl(m_sim->baseUrl(dialect), queuedId), m_sim->pollUrl(queuedId));
        const jw::JobSnapshot queued = snapshot(queuedId);
        QCOMPARE(queued.id, queuedId);
        QCOMPARE(queued.state, jw::JobState::Queued);

        QCOMPARE(snapshot(create(dialect, type, 0, 60000, Outcome::Completed, units)).state, jw::JobState::Running);

        const jw::JobSnapshot done = snapshot(create(dialect, type, 0, 0, Outcome::Completed, units));
        QCOMPARE(done.state, jw::JobState::Completed);
        QCOMPARE(done.progress, std::optional<double>(100));
        if (firstKind.isEmpty()) {
            QVERIFY(done.report);
            QVERIFY(done.report->markdown.startsWith(u"# "_s));
            QVERIFY(done.report->sources.size() >= 5);
        } else {
            QVERIFY(!done.artifacts.isEmpty());
            QStringList kinds;
            for (const jw::Artifact &a : done.artifacts)
                kinds.append(jw::kindName(a.kind));
            // QJsonObject sorts keys, so a result object's URL fields arrive alphabetically, not as written.
            QVERIFY2(dialect == u"vidocu"_s ? kinds.contains(firstKind) : kinds.first() == firstKind, qPrintable(kinds.join(u',')));
            if (units > 1)
                QCOMPARE(done.artifacts.size(), units);
            for (const jw::Artifact &a : done.artifacts)
                QVERIFY2(get(QUrl(a.url)).status == 200, qPrintable(a.url));
        }

        const jw::JobSnapshot failed = snapshot(create(dialect, type, 0, 0, Outcome::Failed, units));
        QCOMPARE(failed.state, jw::JobState::Failed);
        QVERIFY(failed.error);
        QVERIFY(!failed.error->message.isEmpty());

        const jw::JobSnapshot cancelled = snapshot(create(dialect, type, 0, 0, Outcome::Cancelled, units));
        QCOMPARE(cancelled.state, dialect == u"muvi"_s ? jw::JobState::Cancelled : jw::JobState::Failed);
    }

    void muviBodies_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<bool>("poster");
        QTest::newRow("video") << u"video"_s << 0 << 1 << true;
        QTest::newRow("image x3") << u"image"_s << 3 << 3 << false;
        QTest::newRow("audio") << u"audio"_s << 0 << 1 << true;
        QTest::newRow("text") << u"text"_s << 0 << 1 << false;
    }
    void muviBodies()
    {
        QFETCH(QString, type);
        QFETCH(int, units);
        QFETCH(int, outputs);
        QFETCH(bool, poster);
        QCOMPARE(get(m_sim->pollUrl(create(u"muvi"_s, type, 60000, 1))).json().value(u"progress"_s).toInt(), 0);
        const QJsonObject running = get(m_sim->pollUrl(create(u"muvi"_s, type, 0, 60000))).json();
        QCOMPARE(running.value(u"progress"_s).toInt(), 50);
        QVERIFY(running.value(u"output"_s).isNull());
        QVERIFY(running.value(u"outputs"_s).isNull());

        const QString id = create(u"muvi"_s, type, 0, 0, Outcome::Completed, units);
        const QJsonObject done = get(m_sim->pollUrl(id)).json();
        QCOMPARE(done.value(u"jobId"_s).toString(), id);
        QCOMPARE(done.value(u"progress"_s).toInt(), 100);
        const QJsonArray items = done.value(u"outputs"_s).toArray();
        QCOMPARE(items.size(), outputs);
        QCOMPARE(done.value(u"output"_s).toString(), items.first()[u"url"_s].toString());
        QCOMPARE(items.first()[u"type"_s].toString(), type);
        QCOMPARE(items.first()[u"posterImage"_s].isString(), poster);
        for (const QJsonValue &item : items)
            QCOMPARE(get(QUrl(item[u"url"_s].toString())).status, 200);

        const QJsonObject failed = get(m_sim->pollUrl(create(u"muvi"_s, type, 0, 0, Outcome::Failed))).json();
        QCOMPARE(failed.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(failed[u"error"_s][u"code"_s].toString(), u"GENERATION_FAILED"_s);
        const QJsonObject cancelled = get(m_sim->pollUrl(create(u"muvi"_s, type, 0, 0, Outcome::Cancelled))).json();
        QCOMPARE(cancelled.value(u"status"_s).toString(), u"cancelled"_s);
        QVERIFY(cancelled.value(u"outputs"_s).isNull());
    }

    void artifactsAreRealFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<qsizetype>("magicAt");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("mp4") << u"video.mp4"_s << "video/mp4"_ba << qsizetype(4) << "ftyp"_ba;
        QTest::newRow("poster") << u"poster.jpg"_s << "image/jpeg"_ba << qsizetype(0) << "\xFF\xD8\xFF"_ba;
        QTest::newRow("png") << u"image_7.png"_s << "image/png"_ba << qsizetype(0) << "\x89PNG\r\n\x1a\n"_ba;
        QTest::newRow("thumb") << u"thumb.png"_s << "image/png"_ba << qsizetype(0) << "\x89PNG\r\n\x1a\n"_ba;
        QTest::newRow("wav") << u"audio.wav"_s << "audio/wav"_ba << qsizetype(0) << "RIFF"_ba;
        QTest::newRow("pdf") << u"document.pdf"_s << "application/pdf"_ba << qsizetype(0) << "%PDF-"_ba;
        QTest::newRow("report") << u"report.md"_s << "text/markdown; charset=utf-8"_ba << qsizetype(0) << "# "_ba;
        QTest::newRow("vtt") << u"subtitles.vtt"_s << "text/vtt; charset=utf-8"_ba << qsizetype(0) << "WEBVTT"_ba;
    }
    void artifactsAreRealFiles()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, contentType);
        QFETCH(qsizetype, magicAt);
        QFETCH(QByteArray, magic);
        const QUrl url(m_sim->rootUrl().toString() + u"/artifacts/job_abc/"_s + file);
        const Reply r = get(url);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), contentType);
        QCOMPARE(r.header("Content-Length").toLongLong(), r.body.size());
        QCOMPARE(r.body.mid(magicAt, magic.size()), magic);
        if (file.endsWith(u".wav"_s))
            QCOMPARE(r.body.mid(8, 4), "WAVE"_ba);
        if (file.endsWith(u".pdf"_s)) {
            QVERIFY(r.body.trimmed().endsWith("%%EOF"));
            // The xref offset must point at the "xref" keyword.
            const qsizetype startxref = r.body.lastIndexOf("startxref\n");
            const qsizetype offset = r.body.mid(startxref + 10).split('\n').first().toLongLong();
            QCOMPARE(r.body.mid(offset, 4), "xref"_ba);
        }
        const Reply head = fetch("HEAD", url);
        QVERIFY(head.finished);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length").toLongLong(), r.body.size());
        QVERIFY(head.body.isEmpty());
    }

    void pngIsWellFormed()
    {
        const Reply r = get(QUrl(m_sim->rootUrl().toString() + u"/artifacts/job_png/image_42.png"_s));
        const QByteArray png = r.body;
        QCOMPARE(png.left(8), "\x89PNG\r\n\x1a\n"_ba);
        qsizetype at = 8;
        QByteArray idat;
        quint32 width = 0, height = 0;
        QStringList chunks;
        while (at + 12 <= png.size()) {
            const quint32 length = simtest::bigEndian(png, at);
            const QByteArray type = png.mid(at + 4, 4);
            const QByteArray data = png.mid(at + 8, length);
            QCOMPARE(simtest::bigEndian(png, at + 8 + length), simtest::crc32(type + data));
            chunks.append(QString::fromLatin1(type));
            if (type == "IHDR") {
                width = simtest::bigEndian(data, 0);
                height = simtest::bigEndian(data, 4);
            } else if (type == "IDAT") {
                idat += data;
            }
            at += 12 + length;
        }
        QCOMPARE(chunks, (QStringList{u"IHDR"_s, u"IDAT"_s, u"IEND"_s}));
        QVERIFY(width > 0 && height > 0);
        const quint32 expected = (width * 3 + 1) * height; // one filter byte per row + RGB
        QByteArray prefixed;
        for (int shift = 24; shift >= 0; shift -= 8)
            prefixed += char((expected >> shift) & 0xFF); // qUncompress wants the size up front
        const QByteArray raw = qUncompress(prefixed + idat);
        QCOMPARE(raw.size(), qsizetype(expected));
        QVERIFY(raw.count(char(255)) > 0); // the white number is there
    }

    void artifactRangeRequestsGetPartialContent()
    {
        const QUrl url(m_sim->rootUrl().toString() + u"/artifacts/any/video.mp4"_s);
        const QByteArray whole = get(url).body;
        const Reply part = fetch("GET", url, {}, {}, "bytes=4-11");
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, whole.mid(4, 8));
        QCOMPARE(part.header("Content-Range"), "bytes 4-11/" + QByteArray::number(whole.size()));
        QCOMPARE(fetch("GET", url, {}, {}, "bytes=999999999-").status, 416);
        QCOMPARE(get(QUrl(m_sim->rootUrl().toString() + u"/artifacts/any/secrets.txt"_s)).status, 404);
    }

    void controlEndpointsCreateFinishCancelAndCount()
    {
        const Reply created = post(control(u"jobs"_s), {{u"dialect"_s, u"muvi"_s}, {u"count"_s, 3}, {u"queueMs"_s, 60000}, {u"runMs"_s, 1000}});
        QCOMPARE(created.status, 201);
        const QJsonArray ids = created.json().value(u"ids"_s).toArray();
        const QJsonArray urls = created.json().value(u"pollUrls"_s).toArray();
        QCOMPARE(ids.size(), 3);
        QCOMPARE(urls.size(), 3);
        const QString id = ids.at(0).toString();
        QCOMPARE(QUrl(urls.at(0).toString()), m_sim->pollUrl(id));
        QCOMPARE(get(QUrl(urls.at(0).toString())).json().value(u"status"_s).toString(), u"pending"_s);
        get(QUrl(urls.at(0).toString()));

        const Reply stats = get(control(u"jobs/"_s + id + u"/stats"_s));
        QCOMPARE(stats.json().value(u"requests"_s).toInt(), 2);
        QCOMPARE(m_sim->requestCount(id), 2);

        QCOMPARE(post(control(u"jobs/"_s + id + u"/finish"_s)).json().value(u"ok"_s).toBool(), true);
        QCOMPARE(get(QUrl(urls.at(0).toString())).json().value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(post(control(u"jobs/"_s + id + u"/cancel"_s)).json().value(u"ok"_s).toBool(), false); // already done
        const QString second = ids.at(1).toString();
        QVERIFY(post(control(u"jobs/"_s + second + u"/cancel"_s)).json().value(u"ok"_s).toBool());
        QCOMPARE(get(m_sim->pollUrl(second)).json().value(u"status"_s).toString(), u"cancelled"_s);

        QCOMPARE(post(control(u"jobs/nope/finish"_s)).status, 404);
        QCOMPARE(post(control(u"jobs"_s), {{u"dialect"_s, u"klingon"_s}}).status, 400);
        QCOMPARE(post(control(u"jobs"_s), {{u"dialect"_s, u"theo"_s}, {u"type"_s, u"story"_s}}).status, 400);
        QCOMPARE(get(control(u"jobs"_s)).json().value(u"jobs"_s).toArray().size(), 3);
    }

    void controlOutcomeMixAndDurationRange()
    {
        const Reply created = post(control(u"jobs"_s), {{u"dialect"_s, u"theo"_s}, {u"count"_s, 40}, {u"seed"_s, 3}, {u"queueMs"_s, 0},
                                                        {u"runMs"_s, QJsonObject{{u"min"_s, 0}, {u"max"_s, 0}}},
                                                        {u"outcomes"_s, QJsonObject{{u"completed"_s, 0.5}, {u"failed"_s, 0.5}}}});
        QCOMPARE(created.status, 201);
        QSet<QString> statuses;
        for (const QJsonValue &id : created.json().value(u"ids"_s).toArray())
            statuses.insert(get(m_sim->pollUrl(id.toString())).json().value(u"status"_s).toString());
        QCOMPARE(statuses, (QSet<QString>{u"completed"_s, u"failed"_s}));

        const Reply ranged = post(control(u"jobs"_s), {{u"dialect"_s, u"vidocu"_s}, {u"count"_s, 20}, {u"queueMs"_s, 0},
                                                       {u"runMs"_s, QJsonObject{{u"min"_s, 1000}, {u"max"_s, 5000}}}});
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QJsonValue &id : ranged.json().value(u"ids"_s).toArray()) {
            const qint64 left = m_sim->terminalAtMs(id.toString()) - now;
            QVERIFY2(left > 500 && left <= 5000, qPrintable(QString::number(left)));
        }
    }

    void demoSetCoversEveryDialect()
    {
        const QStringList ids = m_sim->createDemoSet(20);
        QCOMPARE(ids.size(), 20);
        QSet<QString> dialects;
        for (const QString &id : m_sim->jobIds())
            dialects.insert(m_sim->dialectOf(id));
        QCOMPARE(dialects, (QSet<QString>{u"theo"_s, u"vidocu"_s, u"scenes"_s, u"muvi"_s}));
        int rateLimited = 0; // every ninth meets a 429 first (the 5th and the 14th here)
        for (const QString &id : ids) {
            int status = get(m_sim->pollUrl(id)).status;
            if (status == 429) {
                ++rateLimited;
                status = get(m_sim->pollUrl(id)).status;
            }
            QCOMPARE(status, 200);
        }
        QCOMPARE(rateLimited, 2);
    }

    void manyJobsArePolledCheaply()
    {
        const Reply created = post(control(u"jobs"_s), {{u"dialect"_s, u"scenes"_s}, {u"count"_s, 200}, {u"queueMs"_s, 0}, {u"runMs"_s, 60000}});
        const QJsonArray urls = created.json().value(u"pollUrls"_s).toArray();
        QCOMPARE(urls.size(), 200);
        QElapsedTimer clock;
        clock.start();
        QList<QNetworkReply *> replies;
        for (int round = 0; round < 5; ++round)
            for (const QJsonValue &url : urls)
                replies.append(m_nam.get(QNetworkRequest(QUrl(url.toString()))));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 30000);
        for (QNetworkReply *r : std::as_const(replies)) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
        qInfo("1000 polls of 200 jobs took %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 20000);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedProvider)
#include "tst_simulatedprovider.moc"
