#pragma once
// A profile: one provider account the engine polls (DESIGN.md §4). A plain value type; the key itself is not
// here, only in the SecretStore (DESIGN.md §5), looked up by the profile's id.

#include "model/authform.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace jw {

struct PollSettings {
    static constexpr qint64 kFloorMs = 1000;          // never poll one job faster (Theo guide: ~1 s)
    static constexpr qint64 kDefaultIntervalMs = 2000;

    bool adaptive = true;                  // adaptive cadence from progress rate and ETA; false = fixed interval
    qint64 intervalMs = kDefaultIntervalMs; // base cadence (clamped to the floor)
    // The request rate's ceiling (token bucket refill; AdaptiveRate lowers it on 429/503). 20 for an API that
    // documents no limit: about what 6 connections carry at a 300 ms round trip, and a fifth of what a 2 s loop
    // over 200 jobs sends.
    double ratePerSecond = 20.0;
    int burst = 10;                        // token bucket size
    int concurrency = 6;                   // requests in flight at once (QNAM's per-host limit)
    qint64 maxWaitMs = 30 * 60 * 1000;     // after this, a job is "timed out locally" (resumable)
    int transferTimeoutMs = 30 * 1000;     // QNetworkRequest::setTransferTimeout
    qint64 maxBodyBytes = 2 * 1024 * 1024; // status bodies of unfinished jobs above this are refused
    // A finished job's answer may carry its results inline (base64 images) and be this large, like a result
    // file (the artifact cap); the request is aborted above it.
    qint64 maxFinishedBodyBytes = qint64(200) * 1024 * 1024;

    qint64 effectiveIntervalMs() const { return intervalMs < kFloorMs ? kFloorMs : intervalMs; }
    friend bool operator==(const PollSettings &, const PollSettings &) = default;
};

struct Profile {
    QString id;              // stable key (settings, SecretStore lookup, job keys)
    QString name;            // shown to the user
    QString dialect;         // native dialect or preset name; ignored when mappingJson is set
    QByteArray mappingJson;  // custom mapping (app/mapping), or empty
    QUrl baseUrl;            // e.g. https://api.example.com (the key goes only to this origin)
    PollSettings poll;
    std::optional<AuthForm> auth; // how the key is sent; unset = the dialect's or mapping's own form
    QString tag;             // colour tag for the table ("#rrggbb"), or empty
    QString onFinish;        // run-on-finish command for this profile's jobs (FinishCommand), or empty: the global one
    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace jw
