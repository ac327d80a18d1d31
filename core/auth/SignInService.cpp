#include "SignInService.h"

#include "Bidi.h"
#include "alerts/AlertBus.h"
#include "auth/SessionTokenService.h"
#include "blocklist/IpBlockList.h"
#include "crypto/PasswordHasher.h"
#include "crypto/SecureRandom.h"
#include "ids/IntrusionDetector.h"
#include "securitylog/SecurityLog.h"
#include "sms/SmsOtpService.h"
#include "twofactor/TwoFactorService.h"
#include "users/UserRepository.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QtDebug>

namespace nova {

namespace {

Error invalidCredentials()
{
    return Error{QStringLiteral("signin.invalid_credentials"),
                 QCoreApplication::translate("nova::SignInService", "The user name or password is wrong.")};
}

Error challengeGone()
{
    return Error{QStringLiteral("signin.challenge_expired"),
                 QCoreApplication::translate("nova::SignInService",
                                             "The sign-in has expired or was cancelled. "
                                             "Please enter your password again.")};
}

QString methodName(SecondFactor method)
{
    switch (method) {
    case SecondFactor::Totp:
        return QStringLiteral("totp");
    case SecondFactor::BackupCode:
        return QStringLiteral("backup_code");
    case SecondFactor::Sms:
        return QStringLiteral("sms");
    }
    return {};
}

} // namespace

SignInService::SignInService(Dependencies deps, SignInPolicy policy)
    : m_deps(deps)
    , m_policy(policy)
{}

const QString& SignInService::dummyHash()
{
    QMutexLocker lock(&m_mutex);
    if (m_dummyHash.isEmpty()) {
        auto hashed = m_deps.hasher.hash(QString::fromLatin1(SecureRandom::bytes(16).toHex()));
        m_dummyHash = hashed ? *hashed : QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$invalid$invalid");
    }
    return m_dummyHash;
}

Error SignInService::refuse(const QString& username, std::optional<qint64> userId, const QString& reason,
                            const AccessContext& context, const Error& error)
{
    const SecurityEvent event =
        SecurityEvent::about(EventType::Login, false, userId, username, context.ip, context.userAgent,
                             QJsonObject{{QStringLiteral("reason"), reason}}, Severity::Low);
    if (auto written = m_deps.log.append(event); !written)
        qWarning("sign-in refusal not logged: %s", qPrintable(written.errorMessage()));
    if (!context.ip.isEmpty())
        m_deps.detector.onLoginAttempt(context.ip, username, false);
    return error;
}

Error SignInService::countFailure(const User& user, const QString& reason, const AccessContext& context,
                                  const Error& error)
{
    refuse(user.username, user.id, reason, context, error);
    auto status = m_deps.users.recordFailedLogin(user.id, m_policy.lockThreshold, m_policy.lockDurationMs);
    if (!status)
        return status.error();
    if (*status == UserStatus::Locked && user.status != UserStatus::Locked) {
        const SecurityEvent locked = SecurityEvent::about(
            EventType::AccountLocked, true, user.id, user.username, context.ip, context.userAgent,
            QJsonObject{{QStringLiteral("failures"), m_policy.lockThreshold},
                        {QStringLiteral("minutes"), m_policy.lockDurationMs / 60000}},
            Severity::Medium);
        if (auto written = m_deps.log.append(locked); !written)
            qWarning("account lock not logged: %s", qPrintable(written.errorMessage()));
        Alert alert;
        alert.severity = Severity::Medium;
        alert.type = QStringLiteral("account_locked");
        // Stored in both languages for every reader; the count is phrased
        // so that the Arabic needs no plural agreement.
        const QString name = isolated(user.username);
        const QString failures = QString::number(m_policy.lockThreshold);
        alert.messageEn = QStringLiteral("Account %1 locked after %2 failed sign-ins").arg(name, failures);
        alert.messageAr =
            QStringLiteral("تم قفل الحساب %1 بعد محاولات دخول فاشلة متتالية عددها %2").arg(name, failures);
        alert.ip = context.ip;
        alert.userId = user.id;
        alert.username = user.username;
        if (auto published = m_deps.alerts.publish(alert); !published)
            qWarning("account-lock alert not published: %s", qPrintable(published.errorMessage()));
    }
    return error;
}

Status SignInService::checkAddress(const QString& username, const AccessContext& context)
{
    if (context.ip.isEmpty())
        return {};
    QHostAddress address;
    if (!address.setAddress(context.ip))
        return Error{QStringLiteral("signin.bad_ip"),
                     tr("\"%1\" is not an IPv4 or IPv6 address.").arg(leftToRight(context.ip))};
    auto blocked = m_deps.blockList.isBlocked(address);
    if (!blocked)
        return blocked.error();
    if (*blocked) {
        const SecurityEvent event = SecurityEvent::about(
            EventType::BlockedIpRequest, false, std::nullopt, username, context.ip, context.userAgent,
            QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("login")}}, Severity::Low);
        if (auto written = m_deps.log.append(event); !written)
            qWarning("blocked request not logged: %s", qPrintable(written.errorMessage()));
        return Error{QStringLiteral("signin.ip_blocked"),
                     //: %1 is an IP address
                     tr("Sign-in from %1 is blocked. Ask a security administrator if this is a mistake.")
                         .arg(leftToRight(context.ip))};
    }
    return {};
}

Result<SignInResult> SignInService::signIn(const QString& username, const QString& password,
                                           const AccessContext& context)
{
    if (auto address = checkAddress(username, context); !address)
        return address.error();

    auto user = m_deps.users.byName(username.trimmed());
    if (!user) {
        if (user.error().code != QLatin1String("user.not_found"))
            return user.error();
        // Same work as for a real account, so timing does not reveal which names exist.
        m_deps.hasher.verify(password, dummyHash());
        return refuse(username.trimmed(), std::nullopt, QStringLiteral("unknown_user"), context,
                      invalidCredentials());
    }

    if (user->status == UserStatus::Locked) {
        const qint64 minutes =
            qMax<qint64>(1, (user->lockedUntilMs.value_or(0) - m_deps.clock.nowMSecs() + 59999) / 60000);
        return refuse(user->username, user->id, QStringLiteral("account_locked"), context,
                      Error{QStringLiteral("signin.locked"),
                            tr("This account is locked after too many failed sign-ins. Try again in %Ln "
                               "minute(s) or ask an administrator to unlock it.",
                               nullptr, static_cast<int>(minutes))});
    }

    auto stored = m_deps.users.passwordHash(user->id);
    if (!stored)
        return stored.error();
    if (!m_deps.hasher.verify(password, *stored))
        return countFailure(*user, QStringLiteral("wrong_password"), context, invalidCredentials());

    if (user->status == UserStatus::Disabled)
        return refuse(user->username, user->id, QStringLiteral("account_disabled"), context,
                      Error{QStringLiteral("signin.disabled"),
                            tr("This account is disabled. Ask an administrator to enable it.")});

    // Imported bcrypt hashes and older Argon2 parameters are replaced while
    // the plain password is at hand; a failure here must not stop the sign-in.
    bool rehashed = false;
    if (m_deps.hasher.needsRehash(*stored)) {
        if (auto fresh = m_deps.hasher.hash(password); fresh) {
            rehashed = m_deps.users.replacePasswordHash(user->id, *fresh).ok();
        }
    }

    auto twoFactor = m_deps.twoFactor.status(user->id);
    if (!twoFactor)
        return twoFactor.error();
    if (!twoFactor->enabled)
        return finish(*user, context, QStringLiteral("password"), rehashed);

    SignInResult result;
    result.stage = SignInResult::Stage::SecondFactorRequired;
    result.user = *user;
    result.methods = {SecondFactor::Totp};
    if (twoFactor->backupCodesLeft > 0)
        result.methods.append(SecondFactor::BackupCode);
    if (!user->phone.isEmpty())
        result.methods.append(SecondFactor::Sms);
    result.challenge = QString::fromLatin1(
        SecureRandom::bytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_deps.clock.nowMSecs();
    m_challenges.removeIf([now](const auto& it) { return it.value().expiresAtMs <= now; });
    m_challenges.insert(
        result.challenge,
        Challenge{user->id, user->username, now + m_policy.challengeLifetimeMs, m_policy.challengeAttempts});
    return result;
}

std::optional<SignInService::Challenge> SignInService::takeChallenge(const QString& challenge)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_challenges.find(challenge);
    if (it == m_challenges.end())
        return std::nullopt;
    if (it->expiresAtMs <= m_deps.clock.nowMSecs() || it->attemptsLeft <= 0) {
        m_challenges.erase(it);
        return std::nullopt;
    }
    --it->attemptsLeft;
    return *it;
}

Result<SignInResult> SignInService::completeSecondFactor(const QString& challenge, SecondFactor method,
                                                         const QString& code, const AccessContext& context)
{
    const auto pending = takeChallenge(challenge);
    if (!pending)
        return challengeGone();
    if (auto address = checkAddress(pending->username, context); !address)
        return address.error();
    auto user = m_deps.users.byId(pending->userId);
    if (!user)
        return user.error();
    if (!user->isActive())
        return refuse(user->username, user->id, QStringLiteral("account_not_active"), context,
                      Error{QStringLiteral("signin.not_active"),
                            tr("This account can no longer sign in. Ask an administrator.")});

    Status verified;
    switch (method) {
    case SecondFactor::Totp:
        verified = m_deps.twoFactor.verify(user->id, code, context);
        break;
    case SecondFactor::BackupCode:
        verified = m_deps.twoFactor.verifyBackupCode(user->id, code, context);
        break;
    case SecondFactor::Sms:
        verified = m_deps.sms.verifyCode(user->id, code, context);
        break;
    }
    if (!verified) {
        const Error failure =
            countFailure(*user, QStringLiteral("wrong_") + methodName(method), context, verified.error());
        return failure;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_challenges.remove(challenge);
    }
    return finish(*user, context, methodName(method), false);
}

Result<SmsCodeSent> SignInService::sendSmsCode(const QString& challenge, const AccessContext& context)
{
    qint64 userId = 0;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_challenges.constFind(challenge);
        if (it == m_challenges.constEnd() || it->expiresAtMs <= m_deps.clock.nowMSecs())
            return challengeGone();
        userId = it->userId;
    }
    return m_deps.sms.sendCode(userId, context);
}

Result<SignInResult> SignInService::finish(const User& user, const AccessContext& context,
                                           const QString& method, bool rehashed)
{
    if (auto recorded = m_deps.users.recordSuccessfulLogin(user.id); !recorded)
        return recorded.error();
    auto issued = m_deps.tokens.issue(user.id, user.username, user.role);
    if (!issued)
        return issued.error();

    SecurityEvent event = SecurityEvent::about(
        EventType::Login, true, user.id, user.username, context.ip, context.userAgent,
        QJsonObject{{QStringLiteral("method"), method}, {QStringLiteral("jti"), issued->claims.jti}});
    if (rehashed)
        event.metadata.insert(QStringLiteral("password_rehashed"), true);
    if (auto written = m_deps.log.append(event); !written)
        return written.error();
    if (!context.ip.isEmpty())
        m_deps.detector.onLoginAttempt(context.ip, user.username, true);

    SignInResult result;
    result.stage = SignInResult::Stage::SignedIn;
    result.user = user;
    result.session = std::move(issued).value();
    return result;
}

Result<SessionClaims> SignInService::validateSession(const QString& token)
{
    auto claims = m_deps.tokens.verify(token);
    if (!claims)
        return claims;
    auto user = m_deps.users.byId(claims->userId);
    if (!user || !user->isActive())
        return Error{QStringLiteral("signin.not_active"),
                     tr("This account can no longer sign in. Ask an administrator.")};
    claims->role = user->role;
    return claims;
}

Status SignInService::signOut(const QString& token, const AccessContext& context)
{
    auto claims = m_deps.tokens.verify(token);
    if (!claims)
        return claims.error();
    if (auto revoked = m_deps.tokens.revokeJti(claims->jti, claims->expiresAtMs); !revoked)
        return revoked;
    const SecurityEvent event =
        SecurityEvent::about(EventType::Logout, true, claims->userId, claims->username, context.ip,
                             context.userAgent, QJsonObject{{QStringLiteral("jti"), claims->jti}});
    if (auto written = m_deps.log.append(event); !written)
        return written.error();
    return {};
}

} // namespace nova
