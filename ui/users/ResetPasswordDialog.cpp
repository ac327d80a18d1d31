#include "ResetPasswordDialog.h"

#include "Bidi.h"
#include "NewPasswordFields.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "users/UserService.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace nova::ui {

ResetPasswordDialog::ResetPasswordDialog(UiSession& session, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(user)
    , m_intro(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busyIndicator(new QProgressBar(this))
    // A button of our own, not the standard OK: the box would put back "OK"
    // over "Reset Password" when the language changes.
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_ok(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    m_intro->setWordWrap(true);
    auto* form = new QFormLayout;
    m_password = new NewPasswordFields(session.hub().passwordPolicy(), form, this);
    m_password->setUsername(user.username);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(palette);
    m_error->hide();
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    connect(m_password, &NewPasswordFields::acceptableChanged, this, &ResetPasswordDialog::updateOk);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyIndicator);
    bottom->addWidget(m_buttons, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(bottom);

    retranslate();
    // The dialog follows its content: a field's message or the password
    // rules' wrapped lines appearing make it taller instead of being cut off.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_intro->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_password->passwordEdit()->setFocus();
    updateOk();
}

void ResetPasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ResetPasswordDialog::retranslate()
{
    setWindowTitle(tr("Reset Password of %1").arg(isolated(m_user.username)));
    m_intro->setText(tr("Choose a new password for %1. Tell it to them in person or over a channel you "
                        "trust; they can change it after signing in.")
                         .arg(isolated(m_user.username)));
    m_password->retranslate();
    m_ok->setText(tr("&Reset Password"));
    m_busyIndicator->setToolTip(tr("Saving…"));
}

void ResetPasswordDialog::updateOk()
{
    m_ok->setEnabled(!m_busy && m_password->isAcceptable());
}

void ResetPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_password->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateOk();
}

void ResetPasswordDialog::accept()
{
    if (m_busy || !m_password->isAcceptable())
        return;
    m_error->hide();
    UiSession* session = &m_session;
    const Actor actor = m_session.actor();
    const qint64 id = m_user.id;
    const QString password = m_password->password();
    setBusy(true);
    whenFinished(session->executor().run([session, actor, id, password]() -> Status {
        if (Status allowed = session->authorize(Permission{QStringLiteral("users"), Permission::kUpdate},
                                                QStringLiteral("desktop/users/reset-password"));
            !allowed)
            return allowed;
        return session->hub().users().resetPassword(id, password, actor);
    }),
                 this, [this](const Status& status) {
                     setBusy(false);
                     if (!status) {
                         m_error->setText(status.errorMessage());
                         m_error->show();
                         return;
                     }
                     QDialog::accept();
                 });
}

void ResetPasswordDialog::reject()
{
    // The reset cannot be taken back once it runs; closing now would hide
    // whether it succeeded.
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace nova::ui
