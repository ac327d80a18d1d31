#pragma once

#include <QString>

namespace nova {

// What a session token says about its holder. Times are milliseconds since
// the epoch here; the token itself carries seconds, as RFC 7519 asks.
struct SessionClaims {
    qint64 userId = 0;
    QString username;
    QString role;
    QString jti;
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0;
};

// A freshly issued token and its claims, so the caller need not parse it back.
struct IssuedToken {
    QString token;
    SessionClaims claims;
};

} // namespace nova
