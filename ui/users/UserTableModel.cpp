#include "UserTableModel.h"

#include "Bidi.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "roles/PermissionText.h"
#include "twofactor/TwoFactorService.h"
#include "users/UserService.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace nova::ui {

namespace {

// A brokerage has hundreds of accounts, not hundreds of thousands: the
// repository's cap is generous enough to list them all.
constexpr int kListLimit = 100000;

const QString kEndpoint = QStringLiteral("desktop/users");

QColor statusColor(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return QColor(0x2e, 0x7d, 0x32);
    case UserStatus::Disabled:
        return QColor(0x75, 0x75, 0x75);
    case UserStatus::Locked:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

// A filled dot in the status colour: legible in light and dark themes and
// independent of an icon theme, which the offscreen and minimal platforms lack.
QIcon statusIcon(UserStatus status)
{
    static const QHash<int, QIcon> icons = [] {
        QHash<int, QIcon> made;
        for (UserStatus s : {UserStatus::Active, UserStatus::Disabled, UserStatus::Locked}) {
            QPixmap pixmap(16, 16);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(statusColor(s));
            if (s == UserStatus::Locked)
                painter.drawRoundedRect(QRectF(3, 3, 10, 10), 2, 2);
            else
                painter.drawEllipse(QRectF(3, 3, 10, 10));
            made.insert(int(s), QIcon(pixmap));
        }
        return made;
    }();
    return icons.value(int(status));
}

} // namespace

UserTableModel::UserTableModel(UiSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    // Both services may signal from a worker thread: the context object
    // queues the reload onto this thread.
    connect(&session.hub().users(), &UserService::usersChanged, this, &UserTableModel::reload);
    connect(&session.hub().twoFactor(), &TwoFactorService::statusChanged, this, &UserTableModel::reload);
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User& user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(user, index.column());
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(user.status)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && user.status != UserStatus::Active)
            return statusColor(user.status);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && user.status == UserStatus::Locked && user.lockedUntilMs) {
            const QDateTime until = QDateTime::fromMSecsSinceEpoch(*user.lockedUntilMs).toLocalTime();
            //: %1 is a date and time
            return tr("Locked after %Ln failed sign-in(s) until %1", nullptr, user.failedLogins)
                .arg(QLocale().toString(until, QLocale::ShortFormat));
        }
        if (index.column() == TwoFactorColumn)
            return user.twoFactorEnabled ? tr("Two-factor authentication is on")
                                         : tr("Two-factor authentication is off");
        if (index.column() == NameColumn && !user.displayName.isEmpty())
            return user.displayName;
        return {};
    case UserIdRole:
        return user.id;
    case UsernameRole:
        return user.username;
    case DisplayNameRole:
        return user.displayName;
    case EmailRole:
        return user.email;
    case RoleNameRole:
        return user.role;
    case StatusRole:
        return int(user.status);
    case TwoFactorRole:
        return user.twoFactorEnabled;
    case SortRole:
        return sortValue(user, index.column());
    default:
        return {};
    }
}

QVariant UserTableModel::displayText(const User& user, int column) const
{
    switch (column) {
    case NameColumn:
        if (user.displayName.isEmpty())
            return user.username;
        return tr("%1 (%2)", "username (display name)")
            .arg(isolated(user.username), isolated(user.displayName));
    case EmailColumn:
        return user.email;
    case RoleColumn:
        return PermissionText::roleName(user.role);
    case StatusColumn:
        return UserStatusText::displayName(user.status);
    case TwoFactorColumn:
        return user.twoFactorEnabled ? tr("On", "two-factor") : tr("Off", "two-factor");
    case LastSignInColumn:
        if (!user.lastLoginAtMs)
            return tr("Never", "last sign-in");
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*user.lastLoginAtMs).toLocalTime(),
                                  QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant UserTableModel::sortValue(const User& user, int column) const
{
    switch (column) {
    case NameColumn:
        return user.username.toLower();
    case EmailColumn:
        return user.email.toLower();
    case RoleColumn:
        return user.role;
    case StatusColumn:
        return int(user.status);
    case TwoFactorColumn:
        return user.twoFactorEnabled;
    case LastSignInColumn:
        return user.lastLoginAtMs.value_or(-1);
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case TwoFactorColumn:
        //: Column header: two-factor authentication, kept short
        return tr("2FA");
    case LastSignInColumn:
        return tr("Last sign-in");
    default:
        return {};
    }
}

int UserTableModel::rowOfUser(qint64 userId) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId)
            return row;
    }
    return -1;
}

void UserTableModel::reload()
{
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_reloadPending = false;
    Q_EMIT loadingChanged(true);
    UiSession* session = &m_session;
    whenFinished(session->executor().run([session]() -> Result<QList<User>> {
        if (Status allowed =
                session->authorize(Permission{QStringLiteral("users"), Permission::kRead}, kEndpoint);
            !allowed)
            return allowed.error();
        UserFilter all;
        all.limit = kListLimit;
        return session->hub().users().list(all);
    }),
                 this, [this](Result<QList<User>> result) { applyLoaded(std::move(result)); });
}

void UserTableModel::clear()
{
    beginResetModel();
    m_users.clear();
    endResetModel();
}

void UserTableModel::languageChanged()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_users.size()) - 1, ColumnCount - 1));
}

void UserTableModel::applyLoaded(Result<QList<User>> result)
{
    m_loading = false;
    if (result)
        merge(result.value());
    Q_EMIT loadingChanged(false);
    if (!result)
        Q_EMIT loadFailed(result.errorMessage());
    else
        Q_EMIT loaded();
    if (m_reloadPending)
        reload();
}

void UserTableModel::merge(const QList<User>& users)
{
    QHash<qint64, qsizetype> incoming;
    for (qsizetype i = 0; i < users.size(); ++i)
        incoming.insert(users.at(i).id, i);

    // Remove from the bottom up so the rows still to visit keep their numbers.
    for (int row = int(m_users.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_users.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_users.removeAt(row);
        endRemoveRows();
    }

    QHash<qint64, int> present;
    for (int row = 0; row < m_users.size(); ++row) {
        const qint64 id = m_users.at(row).id;
        present.insert(id, row);
        m_users[row] = users.at(incoming.value(id));
    }
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_users.size()) - 1, ColumnCount - 1));

    QList<User> added;
    for (const User& user : users) {
        if (!present.contains(user.id))
            added.append(user);
    }
    if (!added.isEmpty()) {
        const int first = int(m_users.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_users.append(added);
        endInsertRows();
    }
}

} // namespace nova::ui
