#pragma once
// Shared by the simulated-provider tests: a small loopback HTTP client over one QNetworkAccessManager and
// helpers to create jobs. Every request uses a manual redirect policy, so redirects are seen, not followed.

#include "sim/simulatedprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using jw::SimulatedProvider;
using Fault = SimulatedProvider::Fault;
using Outcome = SimulatedProvider::Outcome;

namespace simtest {

struct Reply {
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QNetworkReply *raw = nullptr; // valid until the next fetch in the same test (deleteLater)
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const char *name) const { return raw ? raw->rawHeader(name) : QByteArray(); }
};

inline quint32 bigEndian(const QByteArray &b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8)
           | quint32(quint8(b[at + 3]));
}

inline quint32 crc32(const QByteArray &bytes)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}

} // namespace simtest

// Mixed into each test class (after QObject): owns the provider under test and the client.
class SimTestClient
{
protected:
    using Reply = simtest::Reply;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SimulatedProvider> m_sim;

    // For each test's init(): a fresh provider on a free loopback port (accepting only `token`, if given).
    void startProvider(const QString &token = {})
    {
        m_sim = std::make_unique<SimulatedProvider>();
        QVERIFY2(m_sim->listen(0), qPrintable(m_sim->errorString()));
        if (!token.isEmpty())
            m_sim->setToken(token);
    }

    // Waits for `r` and reads it; `r` is deleted later.
    static Reply finish(QNetworkReply *r)
    {
        Reply out;
        out.raw = r;
        out.finished = QTest::qWaitFor([r] { return r->isFinished(); }, 15000);
        out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = r->error();
        out.body = r->readAll();
        r->deleteLater();
        return out;
    }

    Reply fetch(const QByteArray &verb, const QUrl &url, const QByteArray &auth = {}, const QByteArray &body = {},
                const QByteArray &range = {})
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!auth.isEmpty())
            request.setRawHeader("Authorization", auth);
        if (!range.isEmpty())
            request.setRawHeader("Range", range);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return finish(verb == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, verb, body));
    }
    Reply get(const QUrl &url, const QByteArray &auth = {}) { return fetch("GET", url, auth); }
    Reply post(const QUrl &url, const QJsonObject &body = {})
    {
        return fetch("POST", url, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QUrl control(const QString &path) const { return QUrl(m_sim->rootUrl().toString() + u"/control/"_s + path); }
    QString create(const QString &dialect, const QString &type, qint64 queueMs, qint64 runMs,
                   Outcome outcome = Outcome::Completed, int units = 0, const QString &shape = {})
    {
        SimulatedProvider::JobSpec spec;
        spec.dialect = dialect;
        spec.type = type;
        spec.queueMs = queueMs;
        spec.runMs = runMs;
        spec.outcome = outcome;
        spec.units = units;
        spec.progressShape = shape;
        return m_sim->createJob(spec);
    }
};
