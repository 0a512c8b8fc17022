#include "profiles/profileimport.h"

#include "model/profilelist.h"
#include "profiles/profilejson.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Profiles) };
constexpr auto kFormat = "jobwatch-profiles";
}

QByteArray exportProfiles(const QList<Profile> &profiles)
{
    QJsonArray array;
    for (const Profile &p : profiles)
        array.append(profileToJson(p)); // a Profile holds no key: nothing to strip
    const QJsonObject root{{u"format"_s, QString::fromLatin1(kFormat)}, {u"version"_s, 1}, {u"profiles"_s, array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ParsedImport parseProfileImport(const QByteArray &bytes)
{
    ParsedImport result;
    if (bytes.size() > kMaxImportBytes) {
        result.error = Tr::tr("the file is too large for a profile list (%1 KiB; at most %2 KiB)")
                           .arg(bytes.size() / 1024).arg(kMaxImportBytes / 1024);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        result.error = Tr::tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value("format"_L1).toString() != QLatin1StringView(kFormat)) {
        result.error = Tr::tr("not a Jobwatch profile export (expected \"format\": \"%1\")").arg(QLatin1StringView(kFormat));
        return result;
    }
    if (root.value("version"_L1).toInt() != 1) {
        result.error = Tr::tr("unsupported profile export version %1").arg(root.value("version"_L1).toVariant().toString());
        return result;
    }
    if (!root.value("profiles"_L1).isArray()) {
        result.error = Tr::tr("\"profiles\" must be an array");
        return result;
    }
    const QJsonArray array = root.value("profiles"_L1).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Profile p;
        QString error;
        if (!array.at(i).isObject())
            error = Tr::tr("not an object");
        else if (array.at(i).toObject().contains("key"_L1) || array.at(i).toObject().contains("apiKey"_L1))
            error = Tr::tr("contains a key; exports never hold keys, so this file was not made by Jobwatch");
        else
            profileFromJson(array.at(i).toObject(), &p, &error);
        if (!error.isEmpty())
            result.skipped.append(Tr::tr("entry %1: %2").arg(i + 1).arg(error.simplified())); // one line per entry
        else
            result.profiles.append(p);
    }
    return result;
}

QString ImportReport::summary() const
{
    return Tr::tr("Imported: %1 added, %2 replaced, %3 skipped.").arg(added).arg(replaced).arg(skipped);
}

ImportReport importProfiles(const ParsedImport &parsed, ProfileStore &store, const ConflictResolver &resolve)
{
    ImportReport report;
    report.messages = parsed.skipped;
    report.skipped = int(parsed.skipped.size());
    const ProfileList &list = *store.list();
    for (Profile p : parsed.profiles) {
        const Profile *sameName = list.byName(p.name);
        const Profile *sameId = p.id.isEmpty() ? nullptr : list.find(p.id);
        const Profile *existing = sameName ? sameName : sameId;
        if (existing) {
            const Profile current = *existing;
            const ImportChoice choice = resolve ? resolve(p, current) : ImportChoice::Skip;
            if (choice == ImportChoice::Skip) {
                ++report.skipped;
                report.messages.append(Tr::tr("\"%1\" already exists; skipped").arg(p.name));
                continue;
            }
            if (choice == ImportChoice::Replace) {
                p.id = current.id; // keeps the existing key
                if (sameId && sameName && sameId != sameName)
                    p.name = current.name;
                QString error;
                if (store.save(p, {}, &error)) {
                    ++report.replaced;
                    report.messages.append(Tr::tr("\"%1\" replaced (its saved key is kept)").arg(p.name));
                } else {
                    ++report.skipped;
                    report.messages.append(Tr::tr("\"%1\": %2").arg(p.name, error));
                }
                continue;
            }
            const QString base = p.name;
            for (int n = 2; list.byName(p.name); ++n)
                p.name = Tr::tr("%1 (%2)", "profile name, copy number").arg(base).arg(n);
            p.id.clear();
        } else if (!p.id.isEmpty() && list.find(p.id)) {
            p.id.clear();
        }
        QString error;
        if (store.save(p, {}, &error)) {
            ++report.added;
        } else {
            ++report.skipped;
            report.messages.append(Tr::tr("\"%1\": %2").arg(p.name, error));
        }
    }
    return report;
}

} // namespace jw
