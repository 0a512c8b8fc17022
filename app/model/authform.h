#pragma once
// How a profile sends its API key. A plain value type shared by profiles (model) and dialects (formats).

#include <QString>

namespace jw {

// How the API key is sent. Bearer: "Authorization: Bearer KEY"; Key: "Authorization: Key KEY" (fal);
// Header: "<headerName>: KEY" (e.g. "x-api-key"). JwtHs256: "Authorization: Bearer TOKEN", where TOKEN is a
// short-lived JWT signed from a stored "ACCESS_KEY:SECRET_KEY" (Kling; net/jwt.h).
struct AuthForm {
    enum class Scheme { Bearer, Key, Header, JwtHs256 };
    Scheme scheme = Scheme::Bearer;
    QString headerName; // for Header only
    friend bool operator==(const AuthForm &, const AuthForm &) = default;
};

} // namespace jw
