#pragma once
// What an account has left, where the provider reports it (Runway's GET /v1/organization "creditBalance",
// Luma's GET /dream-machine/v1/credits "credit_balance" in US cents), and what the engine knows of a
// profile's balance: the last reading, or why the last try failed.

#include <QString>
#include <QtGlobal>

namespace jw {

enum class BalanceUnit {
    Credits,  // the provider's own credits (Runway)
    Usd,      // US dollars
    UsdCents, // US cents (Luma); shown as dollars
};

struct Balance {
    double amount = 0;
    BalanceUnit unit = BalanceUnit::Credits;
};

// The engine's view of one profile's balance (Scheduler::balance()).
struct ProfileBalance {
    bool supported = false; // the profile's API has a balance endpoint
    bool known = false;     // `value` holds a reading
    Balance value;
    qint64 readAtMs = -1;   // epoch ms of the reading in `value`
    QString error;          // why the latest try failed (one line, no key), or empty
    qint64 errorAtMs = -1;  // epoch ms of that failure
    qint64 nextAtMs = -1;   // epoch ms of the next reading, -1 when none is planned
};

// The machine word of a unit ("credits", "usd", "usd-cents"), for mappings and JSON output.
QString balanceUnitName(BalanceUnit unit);
// The amount for people, in the current locale: "12,500 credits", "$482.50".
QString balanceLabel(const Balance &balance);

} // namespace jw
