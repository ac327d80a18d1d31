#include "AdminAccountPage.h"

#include "ServiceHub.h"
#include "SetupWizard.h"
#include "WhenFinished.h"
#include "rbac/DefaultRoles.h"
#include "users/PasswordPolicy.h"
#include "users/UserService.h"
#include "widgets/PasswordStrengthMeter.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace nova::ui {

namespace {
// UserService::validateUsername's bounds, for the tooltip.
constexpr int kMinUsernameLength = 3;
constexpr int kMaxUsernameLength = 64;
} // namespace

AdminAccountPage::AdminAccountPage(SetupWizard& wizard, QWidget* parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_displayNameLabel(new QLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_emailLabel(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(new QLineEdit(this))
    , m_meter(new PasswordStrengthMeter(wizard.hub().passwordPolicy(), this))
    , m_problem(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("accountPage"));
    setCommitPage(true);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_username->setText(QStringLiteral("admin"));
    // User names, e-mail addresses and passwords are typed left to right.
    for (QLineEdit* edit : {m_username, m_email, m_password, m_repeat})
        edit->setLayoutDirection(Qt::LeftToRight);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    m_usernameLabel->setBuddy(m_username);
    m_displayNameLabel->setBuddy(m_displayName);
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    for (QLineEdit* edit : {m_username, m_displayName, m_email, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &AdminAccountPage::fieldsChanged);
    connect(m_meter, &PasswordStrengthMeter::acceptableChanged, this, &AdminAccountPage::completeChanged);

    m_problem->setObjectName(QStringLiteral("accountProblem"));
    m_problem->setWordWrap(true);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(problemPalette);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_displayNameLabel, m_displayName);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_meter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_busyBar);
    layout->addStretch();
    retranslate();
}

bool AdminAccountPage::isComplete() const
{
    return !m_busy && !m_created && UserService::validateUsername(m_username->text()).ok() &&
           UserService::validateDisplayName(m_displayName->text()).ok() &&
           UserService::validateEmail(m_email->text().trimmed()).ok() && m_meter->isAcceptable() &&
           m_repeat->text() == m_password->text();
}

bool AdminAccountPage::validatePage()
{
    if (m_created)
        return true;
    createAccount();
    // The wizard moves on from the continuation, once the account exists.
    return false;
}

void AdminAccountPage::fieldsChanged()
{
    m_meter->setPassword(m_password->text(), m_username->text());
    m_refusal.clear();
    updateProblem();
    Q_EMIT completeChanged();
}

void AdminAccountPage::updateProblem()
{
    if (!m_refusal.isEmpty()) {
        m_problem->setText(m_refusal);
        return;
    }
    // The first problem with what has been typed so far; empty fields are
    // not errors yet (Next is simply disabled).
    QString problem;
    if (!m_username->text().isEmpty())
        problem = UserService::validateUsername(m_username->text()).errorMessage();
    if (problem.isEmpty())
        problem = UserService::validateDisplayName(m_displayName->text()).errorMessage();
    if (problem.isEmpty())
        problem = UserService::validateEmail(m_email->text().trimmed()).errorMessage();
    if (problem.isEmpty() && !m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        problem = tr("The two passwords differ.");
    m_problem->setText(problem);
}

void AdminAccountPage::createAccount()
{
    if (m_busy || !isComplete())
        return;
    NewUser user;
    user.username = m_username->text();
    user.displayName = m_displayName->text().trimmed();
    user.email = m_email->text().trimmed();
    user.password = m_password->text();
    user.role = DefaultRoles::kAdmin;
    setBusy(true);
    whenFinished(m_wizard.hub().executor().run([&hub = m_wizard.hub(), user]() -> Result<User> {
        UserFilter anyone;
        anyone.limit = 1;
        const auto existing = hub.users().list(anyone);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return Error{QStringLiteral("setup.users_exist"),
                         AdminAccountPage::tr("This database already has users. Close setup and sign in "
                                              "instead.")};
        return hub.users().create(user, SetupWizard::operatorActor());
    }),
                 this, [this](const Result<User>& created) {
                     setBusy(false);
                     if (!created) {
                         m_refusal = created.errorMessage();
                         updateProblem();
                         return;
                     }
                     m_created = true;
                     m_wizard.setCreatedUser(*created);
                     // The password is not needed any more; do not keep it in widgets.
                     m_password->clear();
                     m_repeat->clear();
                     m_wizard.next();
                 });
}

void AdminAccountPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QLineEdit* edit : {m_username, m_displayName, m_email, m_password, m_repeat})
        edit->setReadOnly(busy);
    if (busy)
        m_problem->clear();
    Q_EMIT completeChanged();
}

void AdminAccountPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void AdminAccountPage::retranslate()
{
    setTitle(tr("Administrator Account"));
    setSubTitle(tr("The administrator manages users, roles and security settings. The password must meet "
                   "every rule below."));
    setButtonText(QWizard::CommitButton, tr("Create &Account"));
    m_usernameLabel->setText(tr("&User name:"));
    //: %1 and %2 are the shortest and longest length
    m_username->setToolTip(
        tr("%1 to %2 letters, digits, '.', '_' or '-'; used to sign in")
            .arg(QLocale().toString(kMinUsernameLength), QLocale().toString(kMaxUsernameLength)));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_displayName->setPlaceholderText(tr("Optional, e.g. the administrator's full name"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_email->setPlaceholderText(tr("Optional"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat password:"));
    m_repeat->setToolTip(tr("Type the password again to rule out a typing mistake"));
    if (!m_busy)
        updateProblem();
}

} // namespace nova::ui
