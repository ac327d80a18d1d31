#pragma once

#include "Clock.h"
#include "Result.h"
#include "rbac/AccessContext.h"
#include "rbac/Actor.h"
#include "securitylog/SecurityEvent.h"
#include "totp/OtpSettings.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace nova {

class AdminAudit;
class Database;
class KeyRing;
class SecurityLog;

struct TotpEnrollment {
    QString secretBase32; // for typing into the app; shown once, never logged
    QString otpauthUri;   // for the QR code
    QString issuer;
    QString account;
};

struct TwoFactorStatus {
    bool enrolled = false; // a secret exists (pending or enabled)
    bool enabled = false;  // confirmed with a first code
    int backupCodesLeft = 0;
    std::optional<qint64> enabledAtMs;
};

struct TwoFactorOptions {
    QString issuer = QStringLiteral("Nova CRM");
    OtpSettings otp;
    int skewSteps = 1;
    // The account shown in the authenticator app: the e-mail when set and
    // the user has one, otherwise the username.
    bool accountIsEmail = false;
};

// TOTP two-factor authentication for Nova users, replacing the
// specification's 2fa.service:
//  - the secret is 20 bytes from the CSPRNG, sealed with AES-256-GCM under
//    the KeyRing's current key, bound to its user (associated data
//    "totp:<user id>", so a row copied to another user does not open);
//  - 2FA is enabled only after a first valid code (confirm), which also
//    returns the 10 backup codes, shown once and stored as keyed digests;
//  - verification refuses replays atomically in the database, so two
//    processes sharing the database cannot both accept one code;
//  - every event is written to the security log with the user and address.
//
// Permission checks (may this actor enroll or disable that user?) belong to
// the caller; this class records who acted. All methods block on the
// database and the secret store: call them off the GUI thread.
class TwoFactorService : public QObject {
    Q_OBJECT
public:
    static constexpr int kSecretBytes = 20;
    // Error codes callers test for (wrong and replayed TOTP codes keep the
    // TotpVerifier's "totp.wrong" / "totp.replayed" / "totp.malformed").
    static constexpr const char* kUnknownUser = "2fa.unknown_user";
    static constexpr const char* kNotEnrolled = "2fa.not_enrolled";
    static constexpr const char* kNotEnabled = "2fa.not_enabled";
    static constexpr const char* kAlreadyEnabled = "2fa.already_enabled";
    static constexpr const char* kWrongBackupCode = "2fa.backup_code_wrong";
    static constexpr const char* kSecretUnreadable = "2fa.secret_unreadable";

    TwoFactorService(const Database& db, KeyRing& keys, SecurityLog& log, AdminAudit& audit,
                     const Clock& clock, TwoFactorOptions options = {}, QObject* parent = nullptr);

    // Starts (or restarts) enrollment: a pending secret replaces an earlier
    // pending one; refused with kAlreadyEnabled while 2FA is enabled.
    Result<TotpEnrollment> enroll(qint64 userId, const Actor& actor);
    // The first valid code enables 2FA; returns the backup codes (once).
    Result<QStringList> confirm(qint64 userId, const QString& code, const AccessContext& context);
    // A TOTP code at sign-in. Refused when 2FA is not enabled.
    Status verify(qint64 userId, const QString& code, const AccessContext& context);
    // A backup code at sign-in; each code works once.
    Status verifyBackupCode(qint64 userId, const QString& code, const AccessContext& context);
    // New backup codes replace all old ones; returned once.
    Result<QStringList> regenerateBackupCodes(qint64 userId, const Actor& actor);
    // By an administrator (or nova-ctl): removes the secret and backup codes.
    Status disable(qint64 userId, const Actor& actor);
    // By the user, proving possession with a TOTP code or a backup code.
    Status disableWithCode(qint64 userId, const QString& code, const AccessContext& context);
    Result<TwoFactorStatus> status(qint64 userId) const;
    // Switches the KeyRing to a new key and re-encrypts every sealed secret
    // in one transaction; if any row fails the whole change is rolled back
    // and the old key stays current. Returns the number of secrets re-sealed.
    Result<int> rotateKey(const Actor& actor);

    const TwoFactorOptions& options() const { return m_options; }

Q_SIGNALS:
    // Enabled, disabled or re-enrolled (emitted from the calling thread).
    void statusChanged(qint64 userId);

private:
    struct UserRow;
    struct SecretRow;
    Result<UserRow> loadUser(qint64 userId) const;
    Result<std::optional<SecretRow>> loadSecret(qint64 userId) const;
    // The secret of a user whose 2FA is on, or kNotEnabled.
    Result<SecretRow> loadEnabledSecret(qint64 userId) const;
    Result<QByteArray> openSecret(qint64 userId, const SecretRow& row);
    Status checkTotp(const UserRow& user, const SecretRow& row, const QString& code);
    Result<QStringList> storeNewBackupCodes(qint64 userId);
    Status consumeBackupCode(qint64 userId, const QString& code);
    void logUserEvent(const UserRow& user, const QString& event, bool success, const AccessContext& context,
                      QJsonObject metadata, Severity severity = Severity::Info);
    Status failUserEvent(const UserRow& user, const QString& event, const AccessContext& context,
                         QJsonObject metadata, const Error& error);

    const Database& m_db;
    KeyRing& m_keys;
    SecurityLog& m_log;
    AdminAudit& m_audit;
    const Clock& m_clock;
    TwoFactorOptions m_options;
};

} // namespace nova
