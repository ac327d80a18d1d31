#pragma once

#include "Clock.h"
#include "Result.h"
#include "auth/SessionClaims.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>

namespace nova {

class Database;
class SecretStore;

// Short-lived HS256 JSON Web Tokens (RFC 7519) for signed-in sessions: the
// desktop's own session and the WebSocket handshake. The signing key lives in
// the secret store, never in the database.
//
// Verification is strict where the specification's jsonwebtoken setup is
// permissive: the header must say exactly HS256 (no "none", no algorithm
// swap to RS256 with the key as a public key), the signature is compared in
// constant time, exp/iat/jti are required, and revoked tokens (the
// specification's blacklist) are refused until they would have expired.
class SessionTokenService {
    Q_DECLARE_TR_FUNCTIONS(nova::SessionTokenService)
public:
    static constexpr const char* kKeyName = "session-signing-key";
    static constexpr qint64 kDefaultLifetimeMs = 15 * 60 * 1000;
    // Tokens longer than this are refused before any parsing.
    static constexpr qsizetype kMaxTokenLength = 4096;

    SessionTokenService(const Database& db, SecretStore& secrets, const Clock& clock,
                        qint64 lifetimeMs = kDefaultLifetimeMs);

    Result<IssuedToken> issue(qint64 userId, const QString& username, const QString& role);
    Result<SessionClaims> verify(const QString& token) const;
    // Refuses the token from now on. Revoking an invalid token is an error;
    // revoking one twice is not.
    Status revoke(const QString& token);
    Status revokeJti(const QString& jti, qint64 expiresAtMs);
    // Forgets revocations of tokens that have expired anyway.
    Result<int> purgeExpiredRevocations();

    qint64 lifetimeMs() const { return m_lifetimeMs; }

private:
    Result<QByteArray> signingKey() const;
    Result<SessionClaims> verifySignatureAndClaims(const QString& token) const;

    const Database& m_db;
    SecretStore& m_secrets;
    const Clock& m_clock;
    qint64 m_lifetimeMs;
    mutable QMutex m_keyMutex;
    mutable QByteArray m_key;
};

} // namespace nova
