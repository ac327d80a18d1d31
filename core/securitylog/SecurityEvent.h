#pragma once

#include "Severity.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace nova {

// Event names as the specification writes them, so the JSON Lines export
// matches its fail2ban filter ("event":"login","success":false).
namespace EventType {
inline const QString Login = QStringLiteral("login");
inline const QString Logout = QStringLiteral("logout");
inline const QString TwoFactorEnrolled = QStringLiteral("2fa_enrolled");
inline const QString TwoFactorEnabled = QStringLiteral("2fa_enabled");
inline const QString TwoFactorDisabled = QStringLiteral("2fa_disabled");
inline const QString TwoFactorVerify = QStringLiteral("2fa_verify");
inline const QString BackupCodeUsed = QStringLiteral("backup_code_used");
inline const QString BackupCodesRegenerated = QStringLiteral("backup_codes_regenerated");
inline const QString SmsCodeSent = QStringLiteral("sms_code_sent");
inline const QString UnauthorizedAccess = QStringLiteral("unauthorized_access");
inline const QString CreateUser = QStringLiteral("create_user");
inline const QString UpdateUser = QStringLiteral("update_user");
inline const QString DeleteUser = QStringLiteral("delete_user");
inline const QString DisableUser = QStringLiteral("disable_user");
inline const QString EnableUser = QStringLiteral("enable_user");
inline const QString UnlockUser = QStringLiteral("unlock_user");
inline const QString AccountLocked = QStringLiteral("account_locked");
inline const QString ResetPassword = QStringLiteral("reset_password");
inline const QString ImportUsers = QStringLiteral("import_users");
inline const QString ModifyPermissions = QStringLiteral("modify_permissions");
inline const QString ExportData = QStringLiteral("export_data");
inline const QString IpBlocked = QStringLiteral("ip_blocked");
inline const QString IpUnblocked = QStringLiteral("ip_unblocked");
inline const QString IpAllowed = QStringLiteral("ip_allowed");
inline const QString IpDisallowed = QStringLiteral("ip_disallowed");
inline const QString BlockedIpRequest = QStringLiteral("blocked_ip_request");
inline const QString SqlInjectionAttempt = QStringLiteral("sql_injection_attempt");
inline const QString XssAttempt = QStringLiteral("xss_attempt");
inline const QString SuspiciousActivity = QStringLiteral("suspicious_activity");
inline const QString TokenRevoked = QStringLiteral("token_revoked");
inline const QString KeyRotated = QStringLiteral("key_rotated");
inline const QString SettingsChanged = QStringLiteral("settings_changed");
inline const QString AlertAcknowledged = QStringLiteral("alert_acknowledged");
inline const QString EraseUser = QStringLiteral("erase_user");
inline const QString LogArchived = QStringLiteral("log_archived");
inline const QString BackupCreated = QStringLiteral("backup_created");
inline const QString BackupRestored = QStringLiteral("backup_restored");
} // namespace EventType

struct SecurityEvent {
    QString event;
    bool success = false;
    Severity severity = Severity::Info;
    std::optional<qint64> userId;
    QString username;
    QString ip;
    QString userAgent;
    QJsonObject metadata;

    // An event about one user's action from one client.
    static SecurityEvent about(const QString& event, bool success, std::optional<qint64> userId,
                               const QString& username, const QString& ip, const QString& userAgent,
                               QJsonObject metadata = {}, Severity severity = Severity::Info)
    {
        return SecurityEvent{event, success, severity, userId, username, ip, userAgent, std::move(metadata)};
    }
};

// An event as stored: its place in the chain and the time the log took it.
struct SecurityLogEntry {
    qint64 id = 0;
    qint64 createdAtMs = 0;
    SecurityEvent event;
    QString prevHash;
    QString hash;
    // Set when the personal fields were pseudonymised: the id of the
    // erase_user entry that vouches for the new content.
    std::optional<qint64> redactedBy;
};

} // namespace nova
