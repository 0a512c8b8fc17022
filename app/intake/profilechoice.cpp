// IdExtractor::resolveProfile: which profile polls an extracted candidate (by the poll URL's origin and base
// path first, else by the ID's shape). Kept apart from the text scanning in idextractor.cpp.

#include "intake/idextractor.h"
#include "net/origin.h"

#include <algorithm>
#include <utility>

namespace jw {

namespace {

// The length of the base's path when it is a segment-wise prefix of the poll URL's path, else -1.
qsizetype prefixLength(const QUrl &base, const QUrl &poll)
{
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    const QString path = poll.path(QUrl::FullyEncoded);
    if (!path.startsWith(basePath) || (path.size() > basePath.size() && path[basePath.size()] != u'/'))
        return -1;
    return basePath.size();
}

} // namespace

IdExtractor::ProfileChoice IdExtractor::resolveProfile(const Candidate &candidate, const QList<ProfileHint> &profiles)
{
    ProfileChoice choice;
    const auto decide = [&choice](const QList<const ProfileHint *> &fits, ProfileChoice::Match match) {
        choice.match = match;
        if (fits.size() == 1) {
            choice.kind = ProfileChoice::Kind::Unique;
            choice.profileId = fits.constFirst()->id;
        } else {
            choice.kind = ProfileChoice::Kind::Ambiguous;
            for (const ProfileHint *p : fits)
                choice.choices.append(p->id);
        }
    };
    const auto dialectRank = [&candidate](const ProfileHint &p) {
        for (qsizetype i = 0; i < candidate.dialects.size(); ++i) {
            if (candidate.dialects.at(i).compare(p.dialect, Qt::CaseInsensitive) == 0)
                return i;
        }
        return qsizetype(-1);
    };

    // 1. By the poll URL: same origin and the longest base path that prefixes the URL's path.
    if (candidate.pollUrl.isValid() && !candidate.pollUrl.isRelative()) {
        QList<const ProfileHint *> fits;
        qsizetype best = -1;
        for (const ProfileHint &p : profiles) {
            if (!p.baseUrl.isValid() || !sameOrigin(p.baseUrl, candidate.pollUrl))
                continue;
            const qsizetype length = prefixLength(p.baseUrl, candidate.pollUrl);
            if (length > best)
                fits.clear();
            if (length >= best && length >= 0) {
                best = length;
                fits.append(&p);
            }
        }
        if (fits.size() > 1) { // several profiles on the same base: let the dialect tell them apart
            QList<const ProfileHint *> sameDialect;
            for (const ProfileHint *p : std::as_const(fits)) {
                if (dialectRank(*p) >= 0)
                    sameDialect.append(p);
            }
            if (!sameDialect.isEmpty())
                fits = sameDialect;
        }
        if (!fits.isEmpty()) {
            decide(fits, ProfileChoice::Match::ByUrl);
            return choice;
        }
    }

    // 2. By the ID's shape (or the dialect the URL implied): the profiles of the candidate's dialects.
    if (candidate.dialects.isEmpty()) {
        if (profiles.isEmpty())
            return choice;
        QList<const ProfileHint *> all;
        for (const ProfileHint &p : profiles)
            all.append(&p);
        decide(all, ProfileChoice::Match::None);
        if (choice.kind == ProfileChoice::Kind::Unique) { // one profile, but nothing says it fits: ask
            choice.kind = ProfileChoice::Kind::Ambiguous;
            choice.choices = QStringList{choice.profileId};
            choice.profileId.clear();
        }
        return choice;
    }
    QList<const ProfileHint *> fits;
    for (const ProfileHint &p : profiles) {
        if (dialectRank(p) >= 0)
            fits.append(&p);
    }
    std::stable_sort(fits.begin(), fits.end(),
                     [&](const ProfileHint *a, const ProfileHint *b) { return dialectRank(*a) < dialectRank(*b); });
    if (!fits.isEmpty())
        decide(fits, ProfileChoice::Match::ByShape);
    return choice;
}

} // namespace jw
