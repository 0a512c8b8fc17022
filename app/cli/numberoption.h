#pragma once
// Number values of command-line options, checked against their range before any arithmetic: "inf", "nan",
// "1e300", "-5", "12abc" and integers beyond qint64 are refused (nullopt), so that no option can overflow a
// duration or a deadline.

#include <QString>

#include <optional>

namespace jw::cli {

// A finite decimal number in [min, max].
std::optional<double> numberInRange(const QString &text, double min, double max);
// A whole number in [min, max].
std::optional<qint64> integerInRange(const QString &text, qint64 min, qint64 max);

} // namespace jw::cli
