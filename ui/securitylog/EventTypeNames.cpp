#include "EventTypeNames.h"

#include "securitylog/SecurityEvent.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

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
            AlertAcknowledged};
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
    return type;
}

QString EventTypeNames::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("Info");
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QColor EventTypeNames::severityColour(Severity severity)
{
    // Mid-tone colours that read on light and dark palettes alike.
    switch (severity) {
    case Severity::Info:
        return QColor(0x78, 0x90, 0x9c);
    case Severity::Low:
        return QColor(0x1e, 0x88, 0xe5);
    case Severity::Medium:
        return QColor(0xf9, 0xa8, 0x25);
    case Severity::High:
        return QColor(0xef, 0x6c, 0x00);
    case Severity::Critical:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return {};
}

QIcon EventTypeNames::severityIcon(Severity severity)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        for (const qreal ratio : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * ratio);
            pixmap.setDevicePixelRatio(ratio);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const qreal margin = size / 6.0;
            const QRectF dot(margin, margin, size - 2 * margin, size - 2 * margin);
            painter.setPen(QPen(severityColour(severity).darker(130), size / 16.0));
            painter.setBrush(severityColour(severity));
            painter.drawEllipse(dot);
            if (severity == Severity::High || severity == Severity::Critical) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(Qt::white);
                const qreal w = dot.width() / 7.0;
                const QPointF c = dot.center();
                painter.drawRoundedRect(
                    QRectF(c.x() - w / 2, dot.top() + dot.height() * 0.2, w, dot.height() * 0.38), w / 2,
                    w / 2);
                painter.drawEllipse(QPointF(c.x(), dot.top() + dot.height() * 0.76), w * 0.6, w * 0.6);
            }
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

} // namespace nova::ui
