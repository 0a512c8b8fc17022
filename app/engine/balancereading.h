#pragma once
// Reading an account's balance (Dialect::balanceUrl): the request, built like a status poll's (the profile's
// key and extra headers only to its own origin, its transfer timeout and body cap), and what its answer says:
// the amount, or one line for the user that says why there is none. Shared by the Scheduler (at most once a
// minute, within the profile's budget) and `jobwatch-cli profiles balance`. No key in any text.

#include "model/balance.h"
#include "model/profile.h"
#include "net/requestbuilder.h"

#include <QString>

#include <optional>

namespace jw {

class Dialect;
struct PollResult;

// The request for `profile`'s balance under `dialect`; its url is invalid when the API reports no balance.
RequestSpec balanceRequestSpec(const Profile &profile, const Dialect &dialect, const QString &key);

struct BalanceAnswer {
    std::optional<Balance> balance;
    QString error;          // why there is no amount (one line, the key scrubbed), or empty
    bool throttled = false; // 429, or 503 with Retry-After: the whole profile waits, as for a poll
};

// What the answer to balanceRequestSpec() says.
BalanceAnswer readBalanceAnswer(const Dialect &dialect, const PollResult &result, const QString &key);

} // namespace jw
