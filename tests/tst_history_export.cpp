// HistoryExport: CSV (RFC 4180, formula cells defused) and JSON of stored jobs. Signed result links lose their
// signatures unless asked, and a key never appears.

#include "storetesthelpers.h"

#include "store/historyexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
StoredJob completed()
{
    StoredJob job;
    job.rowId = 1;
    job.record = storetest::record(u"scenes"_s, u"9e2b1c44"_s, JobState::Completed, 100);
    job.record.snapshot.artifacts.first().url =
        u"https://storage.example.com/scene-1.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F2024&X-Amz-Expires=3600"
        "&X-Amz-Signature=deadbeef&size=large"_s;
    job.record.snapshot.artifacts.first().thumbnailUrl = u"https://cdn.example.com/t.jpg?sig=abc&se=2024-05-01"_s;
    job.record.pollUrl = QUrl(u"https://api.example.com/v1/jobs/9e2b1c44"_s);
    job.profileName = u"Marketing, EU"_s;
    job.prompt = u"A \"quoted\" prompt,\nwith a second line"_s;
    job.updatedAtMs = 1'714'557'700'000;
    TimelineEntry added;
    added.atMs = 1'714'557'000'000;
    added.kind = TimelineEntry::Kind::Added;
    job.timeline = {added};
    return job;
}

// Splits CSV text into rows of cells (RFC 4180 quoting), as a spreadsheet reads it.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}
} // namespace

class tst_HistoryExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvHasAHeaderAndOneQuotedRowPerJob();
    void csvDefusesFormulaCells();
    void signaturesAreStrippedUnlessAsked();
    void jsonHasTheSnapshotAndTheEngineView();
    void emptyExportsAreValid();
    void formatNames();
    void aListRecordBecomesAnExportRow();
};

void tst_HistoryExport::csvHasAHeaderAndOneQuotedRowPerJob()
{
    const QByteArray csv = HistoryExport::serialize({completed(), completed()}, HistoryExport::Format::Csv, {});
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 3);
    const QStringList header = rows.at(0);
    QCOMPARE(header.first(), u"id"_s);
    QVERIFY(header.contains(u"profile_name"_s));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    const auto cell = [&](const QString &column) { return rows.at(1).at(header.indexOf(column)); };
    QCOMPARE(cell(u"id"_s), u"9e2b1c44"_s);
    QCOMPARE(cell(u"profile_name"_s), u"Marketing, EU"_s);
    QCOMPARE(cell(u"state"_s), u"completed"_s);
    QCOMPARE(cell(u"local_state"_s), u"done"_s);
    QCOMPARE(cell(u"progress"_s), u"100"_s);
    QCOMPARE(cell(u"prompt"_s), u"A \"quoted\" prompt,\nwith a second line"_s);
    QCOMPARE(cell(u"updated_at"_s), u"2024-05-01T10:01:40.000Z"_s);
    QCOMPARE(cell(u"added_at"_s), u"2024-05-01T09:50:00.000Z"_s);
    QCOMPARE(cell(u"requests"_s), u"7"_s);
    QVERIFY(csv.endsWith("\r\n"));
}

void tst_HistoryExport::csvDefusesFormulaCells()
{
    StoredJob job = completed();
    job.record.snapshot.message = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
    job.record.snapshot.rawStatus = u"+1"_s;
    job.record.snapshot.error = JobError{u"@SUM(A1)"_s, u"-2+3"_s};
    const QList<QStringList> rows = parseCsv(HistoryExport::serialize({job}, HistoryExport::Format::Csv, {}));
    const QStringList header = rows.at(0);
    QCOMPARE(rows.at(1).at(header.indexOf(u"message"_s)), u"'=HYPERLINK(\"http://evil.example\",\"click\")"_s);
    QCOMPARE(rows.at(1).at(header.indexOf(u"raw_status"_s)), u"'+1"_s);
    QCOMPARE(rows.at(1).at(header.indexOf(u"error_code"_s)), u"'@SUM(A1)"_s);
    QCOMPARE(rows.at(1).at(header.indexOf(u"error_message"_s)), u"'-2+3"_s);
}

void tst_HistoryExport::signaturesAreStrippedUnlessAsked()
{
    const StoredJob job = completed();
    for (const HistoryExport::Format format : {HistoryExport::Format::Csv, HistoryExport::Format::Json}) {
        const QByteArray stripped = HistoryExport::serialize({job}, format, {});
        QVERIFY(!stripped.contains("X-Amz-Signature"));
        QVERIFY(!stripped.contains("deadbeef"));
        QVERIFY(!stripped.contains("X-Amz-Credential"));
        QVERIFY(!stripped.contains("sig=abc"));
        QVERIFY(stripped.contains("https://storage.example.com/scene-1.png?size=large"));
        HistoryExport::Options keep;
        keep.signedUrls = true;
        const QByteArray full = HistoryExport::serialize({job}, format, keep);
        QVERIFY(full.contains("X-Amz-Signature=deadbeef"));
        if (format == HistoryExport::Format::Json) // CSV lists the result URLs only, not their thumbnails
            QVERIFY(full.contains("sig=abc"));
    }
}

void tst_HistoryExport::jsonHasTheSnapshotAndTheEngineView()
{
    StoredJob job = completed();
    job.record.engine.lastError = u"HTTP 502; retrying with backoff"_s;
    const QByteArray bytes = HistoryExport::serialize({job}, HistoryExport::Format::Json, {});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject o = doc.array().first().toObject();
    QCOMPARE(o.value(u"profile"_s).toString(), u"scenes"_s);
    QCOMPARE(o.value(u"profileName"_s).toString(), u"Marketing, EU"_s);
    QCOMPARE(o.value(u"local"_s).toString(), u"done"_s);
    QCOMPARE(o.value(u"requests"_s).toInt(), 7);
    QCOMPARE(o.value(u"lastHttpStatus"_s).toInt(), 200);
    QCOMPARE(o.value(u"lastError"_s).toString(), job.record.engine.lastError);
    QCOMPARE(o.value(u"updatedAt"_s).toString(), u"2024-05-01T10:01:40.000Z"_s);
    QCOMPARE(o.value(u"pollUrl"_s).toString(), u"https://api.example.com/v1/jobs/9e2b1c44"_s);
    QCOMPARE(o.value(u"prompt"_s).toString(), job.prompt);
    const QJsonObject snapshot = o.value(u"job"_s).toObject();
    QCOMPARE(snapshot.value(u"id"_s).toString(), u"9e2b1c44"_s);
    QCOMPARE(snapshot.value(u"state"_s).toString(), u"completed"_s);
    QCOMPARE(snapshot.value(u"artifacts"_s).toArray().first().toObject().value(u"title"_s).toString(), u"Lighthouse at dusk"_s);
    const QJsonArray timeline = o.value(u"timeline"_s).toArray();
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().toObject().value(u"kind"_s).toString(), u"added"_s);
    QCOMPARE(timeline.first().toObject().value(u"local"_s).toString(), u"watching"_s);
    // One job per line inside the array.
    QCOMPARE(HistoryExport::serialize({job, job}, HistoryExport::Format::Json, {}).count('\n'), 4);
}

void tst_HistoryExport::emptyExportsAreValid()
{
    QCOMPARE(HistoryExport::serialize({}, HistoryExport::Format::Csv, {}), HistoryExport::csvHeader());
    const QJsonDocument doc = QJsonDocument::fromJson(HistoryExport::serialize({}, HistoryExport::Format::Json, {}));
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().isEmpty());
}

void tst_HistoryExport::formatNames()
{
    QCOMPARE(HistoryExport::formatFromName(u"csv"_s), HistoryExport::Format::Csv);
    QCOMPARE(HistoryExport::formatFromName(u"JSON"_s), HistoryExport::Format::Json);
    QCOMPARE(HistoryExport::formatFromName(u"xml"_s), std::nullopt);
}

void tst_HistoryExport::aListRecordBecomesAnExportRow()
{
    JobRecord r = storetest::record(u"replicate"_s, u"p1"_s);
    r.rawBody = R"({"id":"p1","input":{"prompt":"an astronaut"}, "urls":{"get":"https://api.replicate.com/v1/predictions/p1"}})";
    const StoredJob job = HistoryExport::fromRecord(r, u"Replicate"_s);
    QCOMPARE(job.profileName, u"Replicate"_s);
    QCOMPARE(job.prompt, u"an astronaut"_s);
    QVERIFY(job.record.rawBody.isEmpty());
    QCOMPARE(job.updatedAtMs, r.engine.lastPollAtMs);
    const QList<QStringList> rows = parseCsv(HistoryExport::serialize({job}, HistoryExport::Format::Csv, {}));
    QCOMPARE(rows.at(1).at(rows.at(0).indexOf(u"prompt"_s)), u"an astronaut"_s);
}

QTEST_GUILESS_MAIN(tst_HistoryExport)
#include "tst_history_export.moc"
