#include "SetupTotpPage.h"

#include "ServiceHub.h"
#include "SetupWizard.h"
#include "WhenFinished.h"
#include "twofactor/TotpEnrollPanel.h"
#include "twofactor/TwoFactorService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace nova::ui {

SetupTotpPage::SetupTotpPage(SetupWizard& wizard, QWidget* parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_panel(new TotpEnrollPanel(this))
    , m_failure(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_busyBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("totpPage"));
    setCommitPage(true);
    m_panel->setObjectName(QStringLiteral("enrollPanel"));
    connect(m_panel, &TotpEnrollPanel::codeCompleteChanged, this, &SetupTotpPage::completeChanged);

    m_failure->setObjectName(QStringLiteral("failureLabel"));
    m_failure->setWordWrap(true);
    QPalette failurePalette = m_failure->palette();
    failurePalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_failure->setPalette(failurePalette);
    m_failure->hide();
    m_retry->setObjectName(QStringLiteral("retryEnroll"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &SetupTotpPage::enroll);

    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();

    auto* failureRow = new QHBoxLayout;
    failureRow->addWidget(m_failure, 1);
    failureRow->addWidget(m_retry, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addLayout(failureRow);
    layout->addWidget(m_busyBar);
    layout->addStretch();
    retranslate();
}

void SetupTotpPage::initializePage()
{
    if (!m_panel->hasEnrollment())
        enroll();
}

bool SetupTotpPage::isComplete() const
{
    return !m_busy && (m_confirmed || m_panel->isCodeComplete());
}

bool SetupTotpPage::validatePage()
{
    if (m_confirmed)
        return true;
    confirmCode();
    // The wizard moves on from the continuation, once the code is accepted.
    return false;
}

void SetupTotpPage::enroll()
{
    const auto& user = m_wizard.createdUser();
    if (m_busy || !user)
        return;
    m_failure->hide();
    m_retry->hide();
    setBusy(true);
    whenFinished(m_wizard.hub().executor().run([&hub = m_wizard.hub(), userId = user->id] {
        return hub.twoFactor().enroll(userId, SetupWizard::operatorActor());
    }),
                 this, [this](const Result<TotpEnrollment>& enrollment) {
                     setBusy(false);
                     if (!enrollment) {
                         m_failure->setText(enrollment.errorMessage());
                         m_failure->show();
                         m_retry->show();
                         return;
                     }
                     m_panel->setEnrollment(*enrollment, m_wizard.hub().twoFactor().options().otp.digits);
                     m_panel->setFocus(Qt::OtherFocusReason);
                 });
}

void SetupTotpPage::confirmCode()
{
    const auto& user = m_wizard.createdUser();
    if (m_busy || !user || !m_panel->isCodeComplete())
        return;
    const AccessContext context = SetupWizard::operatorContext();
    setBusy(true);
    whenFinished(
        m_wizard.hub().executor().run([&hub = m_wizard.hub(), userId = user->id, code = m_panel->code(),
                                       context] { return hub.twoFactor().confirm(userId, code, context); }),
        this, [this](const Result<QStringList>& codes) {
            setBusy(false);
            if (!codes) {
                m_panel->showCodeError(codes.errorMessage());
                return;
            }
            m_confirmed = true;
            m_backupCodes = *codes;
            m_panel->clearEnrollment();
            m_wizard.next();
        });
}

void SetupTotpPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_panel->setBusy(busy);
    Q_EMIT completeChanged();
}

void SetupTotpPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SetupTotpPage::retranslate()
{
    setTitle(tr("Two-Factor Sign-In"));
    setSubTitle(tr("The administrator signs in with the password and a code from an authenticator app. "
                   "This step cannot be skipped."));
    setButtonText(QWizard::CommitButton, tr("&Confirm Code"));
    m_retry->setText(tr("&Try Again"));
    m_retry->setToolTip(tr("Create the secret key again"));
}

} // namespace nova::ui
