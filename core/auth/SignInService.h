#pragma once

#include "Clock.h"
#include "Result.h"
#include "auth/SignInPolicy.h"
#include "auth/SignInResult.h"
#include "rbac/AccessContext.h"
#include "sms/SmsOtpService.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

namespace nova {

class AlertBus;
class IntrusionDetector;
class IpBlockList;
class PasswordHasher;
class SecurityLog;
class SessionTokenService;
class TwoFactorService;
class UserRepository;

// Signing in: password, then the second factor when the account has one,
// then a session token.
//
// Every attempt is written to the security log as a "login" event with the
// IP and user agent (the JSON Lines export of those is what fail2ban reads)
// and fed to the intrusion detector, which blocks addresses. The account
// itself locks after SignInPolicy::lockThreshold consecutive failures and
// releases on its own after lockDurationMs, or when an admin unlocks it.
// Wrong user names and wrong passwords get the same answer and take the same
// time (a password hash is checked either way).
//
// Thread-safe; the password check is slow by design, so the UI calls this
// through ServiceExecutor.
class SignInService {
    Q_DECLARE_TR_FUNCTIONS(nova::SignInService)
public:
    struct Dependencies {
        UserRepository& users;
        const PasswordHasher& hasher;
        TwoFactorService& twoFactor;
        SmsOtpService& sms;
        SessionTokenService& tokens;
        IpBlockList& blockList;
        IntrusionDetector& detector;
        SecurityLog& log;
        AlertBus& alerts;
        const Clock& clock;
    };

    explicit SignInService(Dependencies deps, SignInPolicy policy = {});

    Result<SignInResult> signIn(const QString& username, const QString& password,
                                const AccessContext& context);
    Result<SignInResult> completeSecondFactor(const QString& challenge, SecondFactor method,
                                              const QString& code, const AccessContext& context);
    // Sends an SMS code for a pending challenge.
    Result<SmsCodeSent> sendSmsCode(const QString& challenge, const AccessContext& context);
    Status signOut(const QString& token, const AccessContext& context);
    // A token is only as good as its account: valid, not revoked, and the
    // user still exists and is active (disabling or deleting a user ends
    // their sessions at once). Returns the claims with the current role.
    Result<SessionClaims> validateSession(const QString& token);

    const SignInPolicy& policy() const { return m_policy; }

private:
    struct Challenge {
        qint64 userId = 0;
        QString username;
        qint64 expiresAtMs = 0;
        int attemptsLeft = 0;
    };

    Status checkAddress(const QString& username, const AccessContext& context);
    Error refuse(const QString& username, std::optional<qint64> userId, const QString& reason,
                 const AccessContext& context, const Error& error);
    Error countFailure(const User& user, const QString& reason, const AccessContext& context,
                       const Error& error);
    Result<SignInResult> finish(const User& user, const AccessContext& context, const QString& method,
                                bool rehashed);
    std::optional<Challenge> takeChallenge(const QString& challenge);
    const QString& dummyHash();

    Dependencies m_deps;
    SignInPolicy m_policy;
    QMutex m_mutex;
    QHash<QString, Challenge> m_challenges;
    QString m_dummyHash;
};

} // namespace nova
