#include "SetupWizard.h"

#include "AdminAccountPage.h"
#include "Bidi.h"
#include "ServiceHub.h"
#include "SetupBackupCodesPage.h"
#include "SetupTotpPage.h"
#include "WelcomePage.h"
#include "storage/Database.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>

namespace nova::ui {

SetupWizard::SetupWizard(ServiceHub& hub, QWidget* parent)
    : QWizard(parent)
    , m_hub(hub)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_welcome = new WelcomePage(hub.database().url().displayString(), this);
    m_account = new AdminAccountPage(*this, this);
    m_totp = new SetupTotpPage(*this, this);
    m_codes = new SetupBackupCodesPage(*this, *m_totp, this);
    setPage(WelcomePageId, m_welcome);
    setPage(AccountPageId, m_account);
    setPage(TotpPageId, m_totp);
    setPage(BackupCodesPageId, m_codes);
    setStartId(WelcomePageId);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("commitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    setMinimumSize(680, 600);
    retranslate();
}

bool SetupWizard::isNeeded(ServiceHub& hub)
{
    UserFilter filter;
    filter.limit = 1;
    const auto users = hub.users().list(filter);
    // A database that cannot be read is not empty: the sign-in dialog
    // reports that error; the wizard would only fail to create the user.
    return users && users->isEmpty();
}

Actor SetupWizard::operatorActor()
{
    Actor actor = Actor::localOperator(QStringLiteral("setup-wizard"));
    actor.ip = QStringLiteral("127.0.0.1");
    actor.userAgent = QStringLiteral("nova-admin/") + QCoreApplication::applicationVersion();
    return actor;
}

AccessContext SetupWizard::operatorContext()
{
    AccessContext context;
    context.ip = QStringLiteral("127.0.0.1");
    context.userAgent = operatorActor().userAgent;
    context.endpoint = QStringLiteral("desktop/setup-wizard");
    return context;
}

void SetupWizard::reject()
{
    // Quitting while the account is created or the code checked would leave
    // a result nobody sees (the backup codes, above all).
    if (m_account->isBusy() || m_totp->isBusy())
        return;
    QString warning;
    if (currentId() == BackupCodesPageId)
        warning = tr("The backup codes will not be shown again. Quit without keeping them?");
    else if (m_user)
        //: %1 is the user name, %2 a command to type in a terminal
        warning = tr("The administrator account %1 has been created, but two-factor sign-in is not on yet. "
                     "Until it is, the account is protected by its password only. You can finish later with "
                     "\"%2\".")
                      .arg(isolated(m_user->username),
                           leftToRight(QStringLiteral("nova-ctl totp enroll ") + m_user->username));
    if (!warning.isEmpty() && !confirmQuit(warning))
        return;
    QWizard::reject();
}

bool SetupWizard::confirmQuit(const QString& warning)
{
    QMessageBox box(QMessageBox::Warning, tr("Quit Setup?"), warning, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDialog"));
    QPushButton* quit = box.addButton(tr("Quit Setup"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("Continue Setup"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == quit;
}

void SetupWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SetupWizard::retranslate()
{
    setWindowTitle(tr("Nova Admin Setup"));
    // QWizard words its buttons only when the page changes; set here, a
    // language change reaches them at once. The pages' own Commit texts
    // still take precedence.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace nova::ui
