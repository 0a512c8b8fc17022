#include "model/balance.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Balance) };
} // namespace

QString balanceUnitName(BalanceUnit unit)
{
    switch (unit) {
    case BalanceUnit::Credits: return u"credits"_s;
    case BalanceUnit::Usd: return u"usd"_s;
    case BalanceUnit::UsdCents: return u"usd-cents"_s;
    }
    return u"credits"_s;
}

QString balanceLabel(const Balance &balance)
{
    const QLocale locale;
    if (balance.unit == BalanceUnit::Credits) {
        const double rounded = std::round(balance.amount);
        const bool whole = std::abs(balance.amount - rounded) < 1e-9;
        if (whole && std::abs(rounded) < 2e9)
            return Tr::tr("%Ln credit(s)", "an account's credit balance", int(rounded));
        return Tr::tr("%1 credits", "an account's credit balance, not a whole number").arg(locale.toString(balance.amount, 'f', 2));
    }
    const double dollars = balance.unit == BalanceUnit::UsdCents ? balance.amount / 100.0 : balance.amount;
    return locale.toCurrencyString(dollars, u"$"_s, 2);
}

} // namespace jw
