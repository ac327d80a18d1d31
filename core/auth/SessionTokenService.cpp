#include "SessionTokenService.h"

#include "crypto/ConstantTime.h"
#include "crypto/Hmac.h"
#include "crypto/SecureRandom.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QStringList>

namespace nova {

namespace {

constexpr qsizetype kKeyBytes = 32;
// Clocks of the desktop and the daemon may differ a little.
constexpr qint64 kIssuedInFutureToleranceMs = 60 * 1000;

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error malformed()
{
    return Error{QStringLiteral("token.malformed"),
                 QCoreApplication::translate("nova::SessionTokenService", "The session token is malformed.")};
}

QByteArray encodePart(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

std::optional<QJsonObject> decodePart(QByteArrayView part)
{
    if (part.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(part.toByteArray(),
                                                        kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray sign(QByteArrayView key, QByteArrayView signingInput)
{
    return Hmac::compute(HashAlgorithm::Sha256, key, signingInput).toBase64(kBase64Url);
}

} // namespace

SessionTokenService::SessionTokenService(const Database& db, SecretStore& secrets, const Clock& clock,
                                         qint64 lifetimeMs)
    : m_db(db)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_lifetimeMs(lifetimeMs)
{}

Result<QByteArray> SessionTokenService::signingKey() const
{
    QMutexLocker lock(&m_keyMutex);
    if (!m_key.isEmpty())
        return m_key;
    auto stored = m_secrets.read(QString::fromLatin1(kKeyName));
    if (stored) {
        if (stored->size() < kKeyBytes)
            return Error{QStringLiteral("token.key"),
                         tr("The stored session signing key is too short; remove it to create a new one.")};
        m_key = *stored;
        return m_key;
    }
    if (!SecretStore::isNotFound(stored.error()))
        return stored.error();
    QByteArray fresh = SecureRandom::bytes(kKeyBytes);
    if (auto written = m_secrets.write(QString::fromLatin1(kKeyName), fresh); !written)
        return written.error();
    m_key = fresh;
    return m_key;
}

Result<IssuedToken> SessionTokenService::issue(qint64 userId, const QString& username, const QString& role)
{
    auto key = signingKey();
    if (!key)
        return key.error();
    IssuedToken issued;
    SessionClaims& claims = issued.claims;
    claims.userId = userId;
    claims.username = username;
    claims.role = role;
    claims.jti = QString::fromLatin1(SecureRandom::bytes(16).toHex());
    // Whole seconds in the token, so the claims returned equal the claims verified.
    claims.issuedAtMs = m_clock.nowMSecs() / 1000 * 1000;
    claims.expiresAtMs = claims.issuedAtMs + m_lifetimeMs / 1000 * 1000;

    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("sub"), QString::number(userId)},
                              {QStringLiteral("name"), username},
                              {QStringLiteral("role"), role},
                              {QStringLiteral("jti"), claims.jti},
                              {QStringLiteral("iat"), claims.issuedAtMs / 1000},
                              {QStringLiteral("exp"), claims.expiresAtMs / 1000}};
    const QByteArray signingInput = encodePart(header) + '.' + encodePart(payload);
    issued.token = QString::fromLatin1(signingInput + '.' + sign(*key, signingInput));
    return issued;
}

Result<SessionClaims> SessionTokenService::verifySignatureAndClaims(const QString& token) const
{
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return malformed();
    const QByteArray raw = token.toLatin1();
    if (QString::fromLatin1(raw) != token)
        return malformed();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3)
        return malformed();
    const auto header = decodePart(parts[0]);
    const auto payload = decodePart(parts[1]);
    if (!header || !payload)
        return malformed();

    // Only the algorithm we issue is accepted; whatever else the header
    // claims ("none", RS256, HS512) is an attack or a foreign token.
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256") ||
        header->contains(QStringLiteral("crit")) ||
        (header->contains(QStringLiteral("typ")) &&
         header->value(QStringLiteral("typ")).toString() != QLatin1String("JWT")))
        return Error{QStringLiteral("token.algorithm"),
                     tr("The session token uses an algorithm Nova Admin does not accept.")};

    auto key = signingKey();
    if (!key)
        return key.error();
    const QByteArray expected = sign(*key, raw.left(parts[0].size() + 1 + parts[1].size()));
    if (!ConstantTime::equal(expected, parts[2]))
        return Error{QStringLiteral("token.signature"), tr("The session token's signature is not valid.")};

    const QJsonValue sub = payload->value(QStringLiteral("sub"));
    const QJsonValue iat = payload->value(QStringLiteral("iat"));
    const QJsonValue exp = payload->value(QStringLiteral("exp"));
    const QString jti = payload->value(QStringLiteral("jti")).toString();
    bool subOk = false;
    const qint64 userId = sub.toString().toLongLong(&subOk);
    if (!subOk || userId <= 0 || !iat.isDouble() || !exp.isDouble() || jti.isEmpty())
        return malformed();

    SessionClaims claims;
    claims.userId = userId;
    claims.username = payload->value(QStringLiteral("name")).toString();
    claims.role = payload->value(QStringLiteral("role")).toString();
    claims.jti = jti;
    claims.issuedAtMs = static_cast<qint64>(iat.toDouble()) * 1000;
    claims.expiresAtMs = static_cast<qint64>(exp.toDouble()) * 1000;

    const qint64 now = m_clock.nowMSecs();
    if (claims.expiresAtMs <= now)
        return Error{QStringLiteral("token.expired"), tr("The session has expired. Please sign in again.")};
    if (claims.issuedAtMs > now + kIssuedInFutureToleranceMs || claims.expiresAtMs <= claims.issuedAtMs)
        return Error{QStringLiteral("token.not_yet_valid"),
                     tr("The session token is not valid yet; check the computer's clock.")};
    return claims;
}

Result<SessionClaims> SessionTokenService::verify(const QString& token) const
{
    auto claims = verifySignatureAndClaims(token);
    if (!claims)
        return claims;
    auto revoked = m_db.exec(QStringLiteral("SELECT 1 FROM revoked_tokens WHERE jti = ?"), {claims->jti});
    if (!revoked)
        return revoked.error();
    if (revoked->next())
        return Error{QStringLiteral("token.revoked"),
                     tr("The session has been signed out. Please sign in again.")};
    return claims;
}

Status SessionTokenService::revoke(const QString& token)
{
    auto claims = verifySignatureAndClaims(token);
    if (!claims) {
        // An expired token needs no revocation: it is refused anyway.
        if (claims.error().code == QLatin1String("token.expired"))
            return {};
        return claims.error();
    }
    return revokeJti(claims->jti, claims->expiresAtMs);
}

Status SessionTokenService::revokeJti(const QString& jti, qint64 expiresAtMs)
{
    if (jti.isEmpty() || jti.size() > 128)
        return malformed();
    auto inserted = m_db.exec(
        QStringLiteral(
            "INSERT INTO revoked_tokens (jti, expires_at) VALUES (?, ?) ON CONFLICT (jti) DO NOTHING"),
        {jti, expiresAtMs});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<int> SessionTokenService::purgeExpiredRevocations()
{
    auto deleted =
        m_db.exec(QStringLiteral("DELETE FROM revoked_tokens WHERE expires_at <= ?"), {m_clock.nowMSecs()});
    if (!deleted)
        return deleted.error();
    return deleted->numRowsAffected();
}

} // namespace nova
