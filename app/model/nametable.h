#pragma once
// Constant tables that pair words with enum values (state and kind names, status synonyms, file extensions),
// and the two lookups over them. Used by app/job and the simulated provider's fault names.

#include <QLatin1StringView>
#include <QString>

#include <cstddef>
#include <optional>

namespace jw {

template <typename Enum>
struct NamedValue {
    QLatin1StringView name;
    Enum value;
};

// The value of the first entry named exactly `name`, or nothing.
template <typename Enum, std::size_t N>
std::optional<Enum> valueNamed(const NamedValue<Enum> (&table)[N], const QString &name)
{
    for (const NamedValue<Enum> &e : table)
        if (name == e.name)
            return e.value;
    return std::nullopt;
}

// The name of the first entry with `value`, or `fallback`.
template <typename Enum, std::size_t N>
QString nameOf(const NamedValue<Enum> (&table)[N], Enum value, QLatin1StringView fallback)
{
    for (const NamedValue<Enum> &e : table)
        if (e.value == value)
            return e.name;
    return fallback;
}

} // namespace jw
