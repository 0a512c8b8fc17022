#pragma once
// What a job cost, as its provider reports it: compute time (Replicate's metrics.predict_time), credits or
// money. A provider's own estimate is marked as one and always shown as an estimate.

#include <QString>

namespace jw {

struct JobCost {
    double amount = 0;
    QString unit;          // kCostSeconds (compute time), kCostCredits, or a currency code ("USD")
    bool estimate = false; // the provider's estimate, not what was charged
    friend bool operator==(const JobCost &, const JobCost &) = default;
};

inline constexpr QStringView kCostSeconds = u"seconds";
inline constexpr QStringView kCostCredits = u"credits";

// True for "seconds", "credits" and three capital letters (a currency code such as "USD").
bool isCostUnit(const QString &unit);

// For people, translated: "7.01 s of compute", "12 credits", "0.35 USD"; an estimate reads "about 0.35 USD
// (estimate)". `brief` is the table's form: "7.0 s", "≈ 0.35 USD".
QString costText(const JobCost &cost, bool brief = false);

} // namespace jw
