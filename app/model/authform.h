#pragma once
// How a profile sends its API key. A plain value type shared by profiles (model) and dialects (formats).

#include <QString>

namespace jw {

// How the API key is sent. Bearer: "Authorization: Bearer KEY"; Key: "Authorization: Key KEY" (fal);
// Header: "<headerName>: KEY" (e.g. "x-api-key").
struct AuthForm {
    enum class Scheme { Bearer, Key, Header };
    Scheme scheme = Scheme::Bearer;
    QString headerName; // for Header only
    friend bool operator==(const AuthForm &, const AuthForm &) = default;
};

} // namespace jw
