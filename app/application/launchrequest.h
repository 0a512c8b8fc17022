#pragma once
// What one start of the window asks for: jobs to watch (plain IDs or poll URLs with the --profile given, and
// jobwatch: links, each with its own profile), a job to select, and whether to open the Add dialog instead.
// The first instance applies its own; a second instance sends its request to the running one over the
// InstanceChannel (as JSON) and exits.
//
// Link format (the .desktop file registers the jobwatch: scheme):
//   jobwatch:watch?profile=NAME&id=ID[&id=ID…]     (profile optional: then the IDs' shape picks it)
// `jobwatch://watch?…` is read the same way. Values are percent-encoded as in any URL query.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jw {

class ProfileList;

struct JobLink {
    QString profile;  // as written in the link (a profile's name or id); empty: by the IDs' shape
    QStringList ids;  // at least one
};

struct LaunchRequest {
    struct Batch {
        QStringList ids;  // IDs or poll URLs, as typed
        QString profile;  // a profile's name or id; empty: by the IDs' shape (resolveProfiles() makes it an id)
        bool operator==(const Batch &) const = default;
    };
    QList<Batch> batches;
    QString select;       // a job ID to select as soon as it is watched
    bool openAdd = false; // open the Add jobs dialog with the IDs in it instead of adding them

    bool isEmpty() const { return batches.isEmpty() && select.isEmpty() && !openAdd; }
    QStringList allIds() const;
    QJsonObject toJson() const;
    static std::optional<LaunchRequest> fromJson(const QJsonObject &object);
    bool operator==(const LaunchRequest &) const = default;
};

// How a window took a request: `refusal` (nothing was done, e.g. an unknown profile), or `notes` on what was
// taken (an intake's summary when it recognised nothing). Translated.
struct LaunchAnswer {
    QString refusal;
    QStringList notes;
    bool accepted() const { return refusal.isEmpty(); }
};

class LaunchRequests final
{
    Q_DECLARE_TR_FUNCTIONS(LaunchRequests)
public:
    static bool isJobLink(const QString &argument); // starts with "jobwatch:" (any case)
    // The link's profile and IDs, or nullopt and a one-line reason in `error` (translated).
    static std::optional<JobLink> parseLink(const QString &link, QString *error);
    // Plain arguments go into one batch with `profile`; each jobwatch: link into a batch of its own, and the
    // first link's first ID is selected (unless `select` is given). nullopt and the reason on a bad link.
    static std::optional<LaunchRequest> fromArguments(const QStringList &arguments, const QString &profile,
                                                      const QString &select, bool openAdd, QString *error);
    // Replaces each batch's profile name with the profile's id (names first, then ids, as --profile does).
    // False and "no profile named …" when one is unknown; the request is then left as it was.
    static bool resolveProfiles(const ProfileList &profiles, LaunchRequest *request, QString *error);
};

} // namespace jw
