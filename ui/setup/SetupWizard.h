#pragma once

#include "rbac/AccessContext.h"
#include "rbac/Actor.h"
#include "users/User.h"

#include <QStringList>
#include <QWizard>

#include <optional>

namespace nova {
class ServiceHub;
}

namespace nova::ui {

class AdminAccountPage;
class SetupBackupCodesPage;
class SetupTotpPage;
class WelcomePage;

// The first start on an empty database: creates the first administrator,
// enrolls their TOTP (no skipping: the first admin must have two-factor
// sign-in) and shows the backup codes, which must be acknowledged as stored
// before Finish. Every service call runs off the GUI thread and is made as
// the local operator "setup-wizard" (nobody can sign in yet; whoever runs
// the program can open the database anyway), so the security log names it.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePageId, AccountPageId, TotpPageId, BackupCodesPageId };

    explicit SetupWizard(ServiceHub& hub, QWidget* parent = nullptr);

    // No user exists yet. Blocks on the database (one quick query).
    static bool isNeeded(ServiceHub& hub);

    // Who the wizard acts as: nobody can sign in yet, so the local operator
    // "setup-wizard", from this machine.
    static Actor operatorActor();
    static AccessContext operatorContext();

    // The administrator the wizard created (after the account page).
    const std::optional<User>& createdUser() const { return m_user; }

    // Used by the pages.
    ServiceHub& hub() { return m_hub; }
    void setCreatedUser(const User& user) { m_user = user; }

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    bool confirmQuit(const QString& warning);

    ServiceHub& m_hub;
    std::optional<User> m_user;
    WelcomePage* m_welcome = nullptr;
    AdminAccountPage* m_account = nullptr;
    SetupTotpPage* m_totp = nullptr;
    SetupBackupCodesPage* m_codes = nullptr;
};

} // namespace nova::ui
