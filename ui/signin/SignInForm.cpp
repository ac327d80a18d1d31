#include "SignInForm.h"

#include "Bidi.h"
#include "ServiceHub.h"
#include "WhenFinished.h"
#include "auth/SignInService.h"
#include "signin/SecondFactorPanel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

// The service's messages are already translated and precise; a few codes
// get a sentence that says what to do next.
QString friendlyMessage(const Error& error)
{
    const QString& code = error.code;
    if (code == QLatin1String("totp.wrong"))
        return SignInForm::tr("That code is not correct. Enter the code your authenticator app shows now; if "
                              "it keeps failing, check that your phone sets its clock automatically.");
    if (code == QLatin1String("2fa.backup_code_wrong"))
        return SignInForm::tr("That backup code is not correct or has already been used.");
    if (code.startsWith(QLatin1String("signin.")) || code.startsWith(QLatin1String("totp.")) ||
        code.startsWith(QLatin1String("sms.")) || code.startsWith(QLatin1String("2fa.")))
        return error.message;
    return SignInForm::tr("Signing in did not work: %1").arg(error.message);
}

} // namespace

SignInForm::SignInForm(ServiceHub& hub, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_endpoint(QStringLiteral("desktop/sign-in"))
{
    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(QStringLiteral("signInSteps"));

    m_passwordStep = new QWidget(m_steps);
    m_passwordStep->setObjectName(QStringLiteral("passwordStep"));
    m_usernameLabel = new QLabel(m_passwordStep);
    m_username = new QLineEdit(m_passwordStep);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(128);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel = new QLabel(m_passwordStep);
    m_password = new QLineEdit(m_passwordStep);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_passwordLabel->setBuddy(m_password);
    auto* passwordLayout = new QFormLayout(m_passwordStep);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    passwordLayout->addRow(m_usernameLabel, m_username);
    passwordLayout->addRow(m_passwordLabel, m_password);
    m_steps->addWidget(m_passwordStep);

    m_secondFactor = new SecondFactorPanel(m_steps);
    m_secondFactor->setObjectName(QStringLiteral("secondFactorStep"));
    m_steps->addWidget(m_secondFactor);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_message->setAlignment(Qt::AlignLeading | Qt::AlignTop);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 4);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("signInProgressLabel"));
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_progressLabel);
    busyRow->addWidget(m_progress, 1);
    // Keep the dialog from jumping when the indicator comes and goes.
    for (QWidget* widget : std::initializer_list<QWidget*>{m_progress, m_progressLabel}) {
        QSizePolicy policy = widget->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        widget->setSizePolicy(policy);
        widget->hide();
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
    layout->addWidget(m_message);
    layout->addLayout(busyRow);

    connect(m_username, &QLineEdit::textChanged, this, &SignInForm::canSubmitChanged);
    connect(m_password, &QLineEdit::textChanged, this, &SignInForm::canSubmitChanged);
    connect(m_secondFactor, &SecondFactorPanel::codeChanged, this, &SignInForm::canSubmitChanged);
    connect(m_secondFactor, &SecondFactorPanel::methodChanged, this, &SignInForm::clearMessage);
    connect(m_secondFactor, &SecondFactorPanel::sendSmsRequested, this, &SignInForm::sendSmsCode);

    retranslate();
    clearMessage();
}

void SignInForm::setUsername(const QString& username, bool editable)
{
    m_username->setText(username);
    m_username->setReadOnly(!editable);
    m_username->setFocusPolicy(editable ? Qt::StrongFocus : Qt::NoFocus);
    // A fixed name is said elsewhere ("Signed in as …"); a disabled field adds nothing.
    if (auto* form = qobject_cast<QFormLayout*>(m_passwordStep->layout()))
        form->setRowVisible(m_username, editable);
    focusFirstField();
}

QString SignInForm::username() const
{
    return m_username->text().trimmed();
}

void SignInForm::setEndpoint(const QString& endpoint)
{
    m_endpoint = endpoint;
}

SignInForm::Step SignInForm::step() const
{
    return m_steps->currentWidget() == m_passwordStep ? Step::Password : Step::SecondFactor;
}

bool SignInForm::canSubmit() const
{
    if (m_busy)
        return false;
    if (step() == Step::Password)
        return !username().isEmpty() && !m_password->text().isEmpty();
    return m_secondFactor->hasCompleteCode();
}

AccessContext SignInForm::context() const
{
    // The same client description UiSession gives every later call.
    AccessContext context;
    context.ip = QStringLiteral("127.0.0.1");
    context.userAgent = QStringLiteral("nova-admin/") + QCoreApplication::applicationVersion();
    context.endpoint = m_endpoint;
    return context;
}

void SignInForm::submit()
{
    if (!canSubmit())
        return;
    clearMessage();
    if (step() == Step::Password) {
        setBusy(true, QT_TR_NOOP("Signing in…"));
        whenFinished(m_hub.executor().run(
                         [&hub = m_hub, name = username(), password = m_password->text(),
                          context = context()] { return hub.signIn().signIn(name, password, context); }),
                     this, [this](const Result<SignInResult>& result) { handleResult(result); });
        return;
    }
    setBusy(true, QT_TR_NOOP("Checking the code…"));
    whenFinished(
        m_hub.executor().run([&hub = m_hub, challenge = m_challenge, method = m_secondFactor->method(),
                              code = m_secondFactor->code(), context = context()] {
            return hub.signIn().completeSecondFactor(challenge, method, code, context);
        }),
        this, [this](const Result<SignInResult>& result) { handleResult(result); });
}

void SignInForm::handleResult(const Result<SignInResult>& result)
{
    setBusy(false);
    if (!result) {
        showError(result.error());
        if (result.error().code == QLatin1String("signin.challenge_expired")) {
            m_challenge.clear();
            m_password->clear();
            setStep(Step::Password);
        } else if (step() == Step::Password) {
            m_password->clear();
        } else {
            m_secondFactor->clear();
        }
        focusFirstField();
        return;
    }
    // The password is not needed any more; do not keep it in the field.
    m_password->clear();
    if (result->signedIn()) {
        m_challenge.clear();
        Q_EMIT signedIn(*result->session, result->user);
        return;
    }
    m_challenge = result->challenge;
    m_secondFactor->setMethods(result->methods, result->user.username);
    setStep(Step::SecondFactor);
}

void SignInForm::sendSmsCode()
{
    if (m_busy || m_challenge.isEmpty())
        return;
    clearMessage();
    setBusy(true, QT_TR_NOOP("Sending the SMS code…"));
    whenFinished(m_hub.executor().run([&hub = m_hub, challenge = m_challenge, context = context()] {
        return hub.signIn().sendSmsCode(challenge, context);
    }),
                 this, [this](const Result<SmsCodeSent>& sent) {
                     setBusy(false);
                     if (!sent) {
                         showError(sent.error());
                         if (sent.error().code == QLatin1String("signin.challenge_expired")) {
                             m_challenge.clear();
                             setStep(Step::Password);
                         }
                         return;
                     }
                     m_secondFactor->setSmsSent(sent->maskedPhone);
                 });
}

void SignInForm::restart()
{
    m_challenge.clear();
    m_password->clear();
    m_secondFactor->clear();
    clearMessage();
    setStep(Step::Password);
}

void SignInForm::clear()
{
    restart();
    if (!m_username->isReadOnly())
        m_username->clear();
    focusFirstField();
}

void SignInForm::focusFirstField()
{
    if (step() == Step::SecondFactor) {
        m_secondFactor->focusCodeField();
        return;
    }
    if (username().isEmpty() && !m_username->isReadOnly())
        m_username->setFocus();
    else
        m_password->setFocus();
}

QString SignInForm::message() const
{
    return m_message->text();
}

void SignInForm::setStep(Step step)
{
    if (this->step() == step)
        return;
    m_steps->setCurrentWidget(step == Step::Password ? m_passwordStep
                                                     : static_cast<QWidget*>(m_secondFactor));
    focusFirstField();
    Q_EMIT stepChanged(step);
    Q_EMIT canSubmitChanged();
}

void SignInForm::setBusy(bool busy, const char* what)
{
    m_busy = busy;
    m_busyWhat = what;
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_secondFactor->setBusy(busy);
    m_progressLabel->setText(what ? tr(what) : QString());
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    Q_EMIT busyChanged(busy);
    Q_EMIT canSubmitChanged();
}

void SignInForm::showError(const Error& error)
{
    QPalette palette = m_message->palette();
    // A red that reads on light and dark themes alike.
    palette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    m_message->setPalette(palette);
    m_error = error;
    m_message->setText(friendlyMessage(error));
}

void SignInForm::showInfo(const QString& text)
{
    m_message->setPalette(palette());
    m_message->setText(text);
}

void SignInForm::clearMessage()
{
    m_error.reset();
    showInfo(QString());
}

void SignInForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignInForm::retranslate()
{
    m_usernameLabel->setText(tr("&User name:"));
    //: An example user name
    m_username->setPlaceholderText(tr("e.g. sara.haddad"));
    m_username->setToolTip(tr("Your Nova CRM user name."));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setToolTip(tr("Your Nova CRM password. After too many wrong attempts the account is locked "
                              "for a while."));
    if (m_busyWhat)
        m_progressLabel->setText(tr(m_busyWhat));
    if (m_error)
        m_message->setText(friendlyMessage(*m_error));
}

} // namespace nova::ui
