#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace nova {

enum class UserStatus { Active, Disabled, Locked };

// One account as the services hand it out; the password hash never leaves
// UserRepository except through passwordHash().
struct User {
    qint64 id = 0;
    QString username;
    QString email;
    QString displayName;
    QString phone;
    QString role;
    // Effective status: a lock whose release time has passed reads as Active.
    UserStatus status = UserStatus::Active;
    std::optional<qint64> lockedUntilMs;
    std::optional<qint64> lastLoginAtMs;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    int failedLogins = 0;
    bool twoFactorEnabled = false; // totp_secrets.enabled

    bool isActive() const { return status == UserStatus::Active; }
};

namespace UserStatusText {
// The stored and scripted form: "active", "disabled", "locked".
QString toString(UserStatus status);
std::optional<UserStatus> fromString(const QString& text);
// For the UI, translated.
QString displayName(UserStatus status);
} // namespace UserStatusText

} // namespace nova
