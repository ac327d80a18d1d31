#include "EventTypeNames.h"

#include "securitylog/SecurityEvent.h"

namespace nova::ui {

QStringList EventTypeNames::knownTypes()
{
    using namespace EventType;
    return {Login,
            Logout,
            AccountLocked,
            UnauthorizedAccess,
            BlockedIpRequest,
            SqlInjectionAttempt,
            XssAttempt,
            SuspiciousActivity,
            TwoFactorEnrolled,
            TwoFactorEnabled,
            TwoFactorDisabled,
            TwoFactorVerify,
            BackupCodeUsed,
            BackupCodesRegenerated,
            SmsCodeSent,
            CreateUser,
            UpdateUser,
            DisableUser,
            EnableUser,
            UnlockUser,
            DeleteUser,
            ResetPassword,
            ImportUsers,
            ModifyPermissions,
            ExportData,
            IpBlocked,
            IpUnblocked,
            IpAllowed,
            IpDisallowed,
            TokenRevoked,
            KeyRotated,
            AlertAcknowledged,
            EraseUser,
            LogArchived,
            BackupCreated,
            BackupRestored};
}

QString EventTypeNames::displayName(const QString& type)
{
    using namespace EventType;
    if (type == Login)
        return tr("Sign-in");
    if (type == Logout)
        return tr("Sign-out");
    if (type == TwoFactorEnrolled)
        return tr("Two-factor enrolment started");
    if (type == TwoFactorEnabled)
        return tr("Two-factor enabled");
    if (type == TwoFactorDisabled)
        return tr("Two-factor disabled");
    if (type == TwoFactorVerify)
        return tr("Two-factor code check");
    if (type == BackupCodeUsed)
        return tr("Backup code used");
    if (type == BackupCodesRegenerated)
        return tr("Backup codes regenerated");
    if (type == SmsCodeSent)
        return tr("SMS code sent");
    if (type == UnauthorizedAccess)
        return tr("Unauthorised access");
    if (type == CreateUser)
        return tr("User created");
    if (type == UpdateUser)
        return tr("User changed");
    if (type == DeleteUser)
        return tr("User deleted");
    if (type == DisableUser)
        return tr("User disabled");
    if (type == EnableUser)
        return tr("User enabled");
    if (type == UnlockUser)
        return tr("User unlocked");
    if (type == AccountLocked)
        return tr("Account locked");
    if (type == ResetPassword)
        return tr("Password reset");
    if (type == ImportUsers)
        return tr("Users imported");
    if (type == ModifyPermissions)
        return tr("Permissions changed");
    if (type == ExportData)
        return tr("Data exported");
    if (type == IpBlocked)
        return tr("Address blocked");
    if (type == IpUnblocked)
        return tr("Address unblocked");
    if (type == IpAllowed)
        return tr("Address allow-listed");
    if (type == IpDisallowed)
        return tr("Address removed from allow-list");
    if (type == BlockedIpRequest)
        return tr("Request from a blocked address");
    if (type == SqlInjectionAttempt)
        return tr("SQL injection attempt");
    if (type == XssAttempt)
        return tr("Cross-site scripting attempt");
    if (type == SuspiciousActivity)
        return tr("Suspicious activity");
    if (type == TokenRevoked)
        return tr("Session token revoked");
    if (type == KeyRotated)
        return tr("Encryption key rotated");
    if (type == AlertAcknowledged)
        return tr("Alert acknowledged");
    if (type == EraseUser)
        return tr("Personal data erased");
    if (type == LogArchived)
        return tr("Log entries archived");
    if (type == BackupCreated)
        return tr("Backup created");
    if (type == BackupRestored)
        return tr("Backup restored");
    return type;
}

} // namespace nova::ui
