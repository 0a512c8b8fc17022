#include "model/jobcost.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cost) };

// Up to `decimals` decimals, without trailing zeros ("7.01", "12", "0.35"), in the UI language's digits.
QString amountText(double amount, int decimals)
{
    QString text = QLocale().toString(amount, 'f', decimals);
    const QString point = QLocale().decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}
} // namespace

bool isCostUnit(const QString &unit)
{
    static const QRegularExpression currency(u"^[A-Z]{3}$"_s);
    return unit == kCostSeconds || unit == kCostCredits || currency.match(unit).hasMatch();
}

QString costText(const JobCost &cost, bool brief)
{
    QString text;
    if (cost.unit == kCostSeconds) {
        const QString amount = amountText(cost.amount, brief ? 1 : 2);
        text = brief ? Tr::tr("%1 s", "compute time in seconds, in the table").arg(amount)
                     : Tr::tr("%1 s of compute", "the time the provider's machine worked on the job").arg(amount);
    } else if (cost.unit == kCostCredits) {
        text = Tr::tr("%1 credits", "a provider's credits; the amount may have decimals").arg(amountText(cost.amount, 4));
    } else {
        text = Tr::tr("%1 %2", "an amount of money and its currency code, e.g. 0.35 USD")
                   .arg(amountText(cost.amount, 4), cost.unit);
    }
    if (!cost.estimate)
        return text;
    return brief ? Tr::tr("\u2248 %1", "an estimated cost in the table, e.g. \u2248 0.35 USD").arg(text)
                 : Tr::tr("about %1 (estimate)", "the provider's estimate of a job's cost").arg(text);
}

} // namespace jw
