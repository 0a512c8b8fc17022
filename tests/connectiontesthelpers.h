#pragma once
// Shared by the tests that run Test connection directly (tst_keycontainment, tst_tlsfailclosed): one run of
// ConnectionTest to its single finished(), with the event loop turning (QTRY, no nested loop of our own).

#include "profiles/connectiontest.h"

#include <QNetworkAccessManager>
#include <QTest>

// The result of testing `profile` with `key` (and `jobId`, empty: the probe), and how often finished() came in
// *finishedCount (1 when all went well).
inline jw::ConnectionTest::Result runConnectionTest(const jw::Profile &profile, const QString &key, const QString &jobId,
                                                    int *finishedCount)
{
    QNetworkAccessManager nam;
    jw::ConnectionTest test(&nam);
    jw::ConnectionTest::Result result;
    *finishedCount = 0;
    QObject::connect(&test, &jw::ConnectionTest::finished, &test, [&](const jw::ConnectionTest::Result &r) {
        result = r;
        ++*finishedCount;
    });
    test.start(profile, key, jobId);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(*finishedCount, 1, 15000); }();
    return result;
}
