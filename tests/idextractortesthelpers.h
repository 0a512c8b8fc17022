#pragma once
// Helpers shared by the ID extractor tests (tst_idextractor, tst_idextractor_rejection, tst_idextractor_profiles).

#include "intake/idextractor.h"

#include <QString>
#include <QStringList>

namespace jw::idextractortest {

inline const QString kUuid = QStringLiteral("3f2b8c1e-7d4a-4b9e-9c2f-1a2b3c4d5e6f");
inline const QString kOpenAiId = QStringLiteral("video_68d7512d07848190b3e45da0ecbebcde08ca9b4ca0e3b3f6");

// The candidates' IDs, in order.
inline QStringList ids(const IdExtractor::Result &r)
{
    QStringList out;
    for (const auto &c : r.candidates)
        out.append(c.id);
    return out;
}

} // namespace jw::idextractortest
