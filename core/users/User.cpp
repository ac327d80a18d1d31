#include "User.h"

#include <QCoreApplication>

namespace nova::UserStatusText {

QString toString(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return QStringLiteral("active");
    case UserStatus::Disabled:
        return QStringLiteral("disabled");
    case UserStatus::Locked:
        return QStringLiteral("locked");
    }
    return QStringLiteral("disabled");
}

std::optional<UserStatus> fromString(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("active"))
        return UserStatus::Active;
    if (lower == QLatin1String("disabled"))
        return UserStatus::Disabled;
    if (lower == QLatin1String("locked"))
        return UserStatus::Locked;
    return std::nullopt;
}

QString displayName(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        //: The status of a user account, like "Disabled" and "Locked"
        return QCoreApplication::translate("nova::User", "Active");
    case UserStatus::Disabled:
        return QCoreApplication::translate("nova::User", "Disabled");
    case UserStatus::Locked:
        return QCoreApplication::translate("nova::User", "Locked");
    }
    return {};
}

} // namespace nova::UserStatusText
