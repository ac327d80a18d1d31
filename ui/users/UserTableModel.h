#pragma once

#include "Result.h"
#include "users/User.h"

#include <QAbstractTableModel>
#include <QList>

namespace nova::ui {

class UiSession;

// Every user account as a table: name, e-mail, role, status, 2FA and last
// sign-in. Loads through the executor (UserService::list already carries
// each user's 2FA state from one joined query) and reloads itself when the
// user or 2FA services announce a change. A reload merges rows by id
// instead of resetting, so the view keeps its selection and scroll position.
class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EmailColumn,
        RoleColumn,
        StatusColumn,
        TwoFactorColumn,
        LastSignInColumn,
        ColumnCount
    };
    enum DataRole {
        UserIdRole = Qt::UserRole + 1,
        UsernameRole,
        DisplayNameRole,
        EmailRole,
        RoleNameRole,
        StatusRole, // int(nova::UserStatus)
        TwoFactorRole,
        SortRole,
    };

    explicit UserTableModel(UiSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const User& userAt(int row) const { return m_users.at(row); }
    // -1 when the user is not (or no longer) listed.
    int rowOfUser(qint64 userId) const;
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    // Loads again; a request while a load runs is remembered and done after it.
    void reload();
    // Forgets every row (after signing out).
    void clear();
    // The texts are made at call time; this only tells the views to fetch
    // them again and to fit the columns to the new language.
    void languageChanged();

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The message is translated; the previous rows stay.
    void loadFailed(const QString& message);
    void loaded();

private:
    void applyLoaded(Result<QList<User>> result);
    void merge(const QList<User>& users);
    QVariant displayText(const User& user, int column) const;
    QVariant sortValue(const User& user, int column) const;

    UiSession& m_session;
    QList<User> m_users;
    bool m_loading = false;
    bool m_reloadPending = false;
};

} // namespace nova::ui
