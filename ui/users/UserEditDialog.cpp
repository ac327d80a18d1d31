#include "UserEditDialog.h"

#include "Bidi.h"
#include "NewPasswordFields.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "rbac/RoleService.h"
#include "roles/PermissionText.h"
#include "users/UserService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

const QString kDefaultRole = QStringLiteral("broker");
// UserService::validateUsername's bounds, for the field and its tooltip.
constexpr int kMinUsernameLength = 3;
constexpr int kMaxUsernameLength = 64;

QWidget* fieldWithError(QWidget* field, QLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

// The message next to a field: shown only while there is one.
void showStatus(QLabel* label, const Status& status)
{
    label->setText(status.errorMessage());
    label->setVisible(!status.ok());
}

} // namespace

UserEditDialog::UserEditDialog(UiSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    build();
}

UserEditDialog::UserEditDialog(UiSession& session, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(user)
{
    build();
}

QLabel* UserEditDialog::addErrorLabel(const char* objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

void UserEditDialog::build()
{
    setObjectName(QStringLiteral("userEditDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(kMaxUsernameLength);
    m_usernameError = addErrorLabel("usernameError");
    m_displayName = new QLineEdit(m_original.displayName, this);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayNameError = addErrorLabel("displayNameError");
    m_email = new QLineEdit(m_original.email, this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    // Addresses and numbers read left to right in an Arabic layout too.
    m_email->setLayoutDirection(Qt::LeftToRight);
    m_emailError = addErrorLabel("emailError");
    m_phone = new QLineEdit(m_original.phone, this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phone->setLayoutDirection(Qt::LeftToRight);
    m_phoneError = addErrorLabel("phoneError");
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setEnabled(false);

    const auto addRow = [this](QLabel*& label, QWidget* buddy, QWidget* field) {
        label = new QLabel(this);
        label->setBuddy(buddy);
        m_form->addRow(label, field);
    };
    if (isNewUser()) {
        m_username->setLayoutDirection(Qt::LeftToRight);
        addRow(m_usernameLabel, m_username, fieldWithError(m_username, m_usernameError, this));
    } else {
        m_username->setText(m_original.username);
        m_username->hide();
    }
    addRow(m_displayNameLabel, m_displayName, fieldWithError(m_displayName, m_displayNameError, this));
    addRow(m_emailLabel, m_email, fieldWithError(m_email, m_emailError, this));
    addRow(m_phoneLabel, m_phone, fieldWithError(m_phone, m_phoneError, this));
    addRow(m_roleLabel, m_role, m_role);
    if (isNewUser()) {
        m_password = new NewPasswordFields(m_session.hub().passwordPolicy(), m_form, this);
        connect(m_password, &NewPasswordFields::acceptableChanged, this, &UserEditDialog::validate);
    }

    m_error = addErrorLabel("errorLabel");
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    // A button of our own, not the standard OK: the box would put back "OK"
    // over "Create User" when the language changes.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserEditDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyIndicator);
    bottom->addWidget(m_buttons, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(bottom);

    for (QLineEdit* edit : {m_username, m_displayName, m_email, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &UserEditDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserEditDialog::validate);

    retranslate();
    // The dialog follows its content: a field's message or the password
    // rules' wrapped lines appearing make it taller instead of being cut off.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_intro->setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    (isNewUser() ? m_username : m_displayName)->setFocus();
    loadRoles();
    validate();
}

void UserEditDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UserEditDialog::retranslate()
{
    if (m_usernameLabel)
        m_usernameLabel->setText(tr("&Username:"));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_phoneLabel->setText(tr("P&hone:"));
    m_roleLabel->setText(tr("&Role:"));
    if (m_password)
        m_password->retranslate();

    if (isNewUser()) {
        setWindowTitle(tr("New User"));
        m_intro->setText(tr("The user signs in with this username and password, then sets up two-factor "
                            "authentication."));
        m_ok->setText(tr("&Create User"));
    } else {
        setWindowTitle(tr("Edit User %1").arg(isolated(m_original.username)));
        m_intro->setText(
            tr("Changes to %1 are recorded in the security log.").arg(isolated(m_original.username)));
        m_ok->setText(tr("&Save"));
    }
    //: An example user name
    m_username->setPlaceholderText(tr("e.g. omar.kassem"));
    //: %1 and %2 are the shortest and longest length
    m_username->setToolTip(
        tr("%1 to %2 letters (Arabic included), digits, '.', '_' or '-'; cannot be changed later")
            .arg(QLocale().toString(kMinUsernameLength), QLocale().toString(kMaxUsernameLength)));
    m_displayName->setPlaceholderText(tr("Optional, e.g. Omar Kassem"));
    m_email->setPlaceholderText(tr("Optional, e.g. omar@example.com"));
    m_phone->setPlaceholderText(tr("Optional, e.g. +966 50 123 4567"));
    m_phone->setToolTip(tr("Used for SMS sign-in codes"));
    m_role->setToolTip(tr("What the user may do; roles are edited on the Roles page"));
    m_busyIndicator->setToolTip(tr("Saving…"));
    if (!m_rolesLoaded)
        m_role->setPlaceholderText(tr("Loading roles…"));
    validate();
}

void UserEditDialog::loadRoles()
{
    whenFinished(m_session.executor().run([&hub = m_session.hub()] { return hub.roles().roles(); }), this,
                 [this](Result<QList<Role>> roles) {
                     if (!roles) {
                         m_error->setText(tr("The roles could not be loaded: %1").arg(roles.errorMessage()));
                         m_error->show();
                         return;
                     }
                     const QString wanted = isNewUser() ? kDefaultRole : m_original.role;
                     for (const Role& role : roles.value()) {
                         m_role->addItem(PermissionText::roleName(role.name), role.name);
                         m_role->setItemData(m_role->count() - 1, PermissionText::roleDescription(role),
                                             Qt::ToolTipRole);
                     }
                     m_role->setCurrentIndex(std::max(0, m_role->findData(wanted)));
                     m_rolesLoaded = true;
                     m_role->setEnabled(!m_busy);
                     validate();
                 });
}

void UserEditDialog::validate()
{
    bool valid = m_rolesLoaded && m_role->currentIndex() >= 0;
    if (isNewUser()) {
        const QString username = m_username->text().trimmed();
        // An empty username is not wrong yet, only not finished.
        const Status usernameOk = username.isEmpty() ? Status{} : UserService::validateUsername(username);
        showStatus(m_usernameError, usernameOk);
        valid = valid && !username.isEmpty() && usernameOk.ok();
        m_password->setUsername(username);
        valid = valid && m_password->isAcceptable();
    }
    const Status displayNameOk = UserService::validateDisplayName(m_displayName->text().trimmed());
    const Status emailOk = UserService::validateEmail(m_email->text().trimmed());
    const Status phoneOk = UserService::validatePhone(m_phone->text().trimmed());
    showStatus(m_displayNameError, displayNameOk);
    showStatus(m_emailError, emailOk);
    showStatus(m_phoneError, phoneOk);
    valid = valid && displayNameOk.ok() && emailOk.ok() && phoneOk.ok();
    m_ok->setEnabled(valid && !m_busy);
}

void UserEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    for (QWidget* field : {static_cast<QWidget*>(m_username), static_cast<QWidget*>(m_displayName),
                           static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_phone)})
        field->setEnabled(!busy);
    m_role->setEnabled(!busy && m_rolesLoaded);
    if (m_password)
        m_password->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    validate();
}

void UserEditDialog::accept()
{
    if (m_busy || !m_ok->isEnabled())
        return;
    m_error->hide();
    const QString role = m_role->currentData().toString();
    const QString displayName = m_displayName->text().trimmed();
    const QString email = m_email->text().trimmed();
    const QString phone = m_phone->text().trimmed();
    UiSession* session = &m_session;
    const Actor actor = m_session.actor();

    if (isNewUser()) {
        const NewUser created{
            m_username->text().trimmed(), m_password->password(), email, displayName, phone, role};
        setBusy(true);
        whenFinished(session->executor().run([session, actor, created]() -> Result<User> {
            if (Status allowed = session->authorize(Permission{QStringLiteral("users"), Permission::kCreate},
                                                    QStringLiteral("desktop/users/create"));
                !allowed)
                return allowed.error();
            return session->hub().users().create(created, actor);
        }),
                     this, [this](const Result<User>& result) { finishSave(result); });
        return;
    }

    UserChanges changes;
    if (displayName != m_original.displayName)
        changes.displayName = displayName;
    if (email != m_original.email)
        changes.email = email;
    if (phone != m_original.phone)
        changes.phone = phone;
    if (role != m_original.role)
        changes.role = role;
    if (!changes.displayName && !changes.email && !changes.phone && !changes.role) {
        m_saved = m_original;
        QDialog::accept();
        return;
    }
    const qint64 id = m_original.id;
    setBusy(true);
    whenFinished(session->executor().run([session, actor, id, changes]() -> Result<User> {
        if (Status allowed = session->authorize(Permission{QStringLiteral("users"), Permission::kUpdate},
                                                QStringLiteral("desktop/users/update"));
            !allowed)
            return allowed.error();
        return session->hub().users().update(id, changes, actor);
    }),
                 this, [this](const Result<User>& result) { finishSave(result); });
}

void UserEditDialog::finishSave(const Result<User>& result)
{
    setBusy(false);
    if (!result) {
        m_error->setText(result.errorMessage());
        m_error->show();
        return;
    }
    m_saved = result.value();
    QDialog::accept();
}

void UserEditDialog::reject()
{
    // The service call cannot be taken back once it runs; closing now would
    // hide whether it succeeded.
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace nova::ui
