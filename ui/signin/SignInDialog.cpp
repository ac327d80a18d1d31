#include "SignInDialog.h"

#include "ServiceHub.h"
#include "auth/SignInService.h"
#include "signin/SignInForm.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nova::ui {

SignInDialog::SignInDialog(ServiceHub& hub, QWidget* parent)
    : QDialog(parent)
    , m_hub(hub)
{
    setObjectName(QStringLiteral("signInDialog"));
    setModal(true);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("signInHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_subheading = new QLabel(this);
    m_subheading->setWordWrap(true);

    m_form = new SignInForm(hub, this);
    m_form->setObjectName(QStringLiteral("signInForm"));

    m_buttons = new QDialogButtonBox(this);
    m_submit = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setDefault(true);
    m_back = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(layout->spacing() * 2);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    // The accept role is wired by hand: accepting waits for the service.
    connect(m_submit, &QPushButton::clicked, m_form, &SignInForm::submit);
    connect(m_back, &QPushButton::clicked, m_form, &SignInForm::restart);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_form, &SignInForm::canSubmitChanged, this, &SignInDialog::updateButtons);
    connect(m_form, &SignInForm::stepChanged, this, [this] {
        retranslate();
        updateButtons();
    });
    connect(m_form, &SignInForm::signedIn, this, &SignInDialog::onSignedIn);

    retranslate();
    updateButtons();
    m_form->focusFirstField();
}

void SignInDialog::setUsername(const QString& username)
{
    m_form->setUsername(username);
}

void SignInDialog::onSignedIn(const IssuedToken& token, const User& user)
{
    if (!isVisible()) {
        // Cancelled while the service was still working: nobody will use
        // this session, so it must not stay valid.
        AccessContext context;
        context.ip = QStringLiteral("127.0.0.1");
        context.userAgent = QStringLiteral("nova-admin/") + QCoreApplication::applicationVersion();
        context.endpoint = QStringLiteral("desktop/sign-in");
        m_hub.executor().run(
            [&hub = m_hub, token = token.token, context] { (void)hub.signIn().signOut(token, context); });
        return;
    }
    m_token = token;
    m_user = user;
    accept();
}

void SignInDialog::reject()
{
    m_form->clear();
    QDialog::reject();
}

void SignInDialog::updateButtons()
{
    m_submit->setEnabled(m_form->canSubmit());
    m_back->setVisible(m_form->step() == SignInForm::Step::SecondFactor);
    m_back->setEnabled(!m_form->isBusy());
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in — Nova Admin"));
    const bool secondStep = m_form->step() == SignInForm::Step::SecondFactor;
    m_heading->setText(secondStep ? tr("Two-step verification") : tr("Sign in to Nova Admin"));
    m_subheading->setText(secondStep ? tr("Your password was right. One more step to prove it is you.")
                                     : tr("Security administration for Nova CRM."));
    m_submit->setText(secondStep ? tr("&Verify") : tr("&Sign in"));
    m_submit->setToolTip(secondStep ? tr("Check the code and sign in (Enter)")
                                    : tr("Check the user name and password (Enter)"));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Start again with the user name and password"));
    m_cancel->setToolTip(tr("Close without signing in (Esc)"));
}

} // namespace nova::ui
