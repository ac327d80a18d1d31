#include "TotpEnrollDialog.h"

#include "BackupCodesView.h"
#include "Bidi.h"
#include "ServiceHub.h"
#include "TotpEnrollPanel.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "rbac/PermissionService.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nova::ui {

namespace {
constexpr int kEnrollPage = 0;
constexpr int kCodesPage = 1;

// Enrolling or confirming for someone else changes their account; for
// oneself it needs no right beyond being signed in (a broker turns on their
// own 2FA). The actor is copied on the GUI thread: the session's claims may
// be renewed there while the worker runs.
Status authorizeFor(ServiceHub& hub, const Actor& actor, qint64 userId, const QString& endpoint)
{
    if (actor.userId == userId)
        return {};
    return hub.permissions().authorize(actor, Permission{QStringLiteral("users"), Permission::kUpdate},
                                       endpoint);
}
} // namespace

TotpEnrollDialog::TotpEnrollDialog(UiSession& session, qint64 userId, const QString& username,
                                   QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_userId(userId)
    , m_username(username)
    , m_heading(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_busyRow(new QWidget(this))
    , m_busyText(new QLabel(m_busyRow))
    , m_failure(new QLabel(this))
    , m_panel(new TotpEnrollPanel(m_pages))
    , m_codesView(new BackupCodesView(m_pages))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("totpEnrollDialog"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("heading"));

    auto* busyBar = new QProgressBar(m_busyRow);
    busyBar->setObjectName(QStringLiteral("busyIndicator"));
    busyBar->setRange(0, 0);
    busyBar->setMaximumWidth(120);
    busyBar->setTextVisible(false);
    auto* busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(busyBar);
    busyLayout->addWidget(m_busyText, 1);
    m_busyRow->hide();

    m_failure->setObjectName(QStringLiteral("failureLabel"));
    m_failure->setWordWrap(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette failurePalette = m_failure->palette();
    failurePalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_failure->setPalette(failurePalette);
    m_failure->hide();

    m_panel->setObjectName(QStringLiteral("enrollPanel"));
    m_codesView->setObjectName(QStringLiteral("backupCodesView"));
    m_pages->insertWidget(kEnrollPage, m_panel);
    m_pages->insertWidget(kCodesPage, m_codesView);

    m_confirm = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);
    // Not the standard Cancel: after a failure it reads "Close", which the box
    // would turn back into "Cancel" on a language change.
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_done = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->hide();
    connect(m_confirm, &QPushButton::clicked, this, &TotpEnrollDialog::confirmCode);
    connect(m_cancel, &QPushButton::clicked, this, &TotpEnrollDialog::reject);
    connect(m_done, &QPushButton::clicked, this, &TotpEnrollDialog::finish);
    connect(m_panel, &TotpEnrollPanel::codeCompleteChanged, this, &TotpEnrollDialog::updateButtons);
    connect(m_codesView, &BackupCodesView::codesKept, this, [this] { m_codesKept = true; });

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_failure);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    retranslate();
    updateButtons();
    startEnrollment();
}

void TotpEnrollDialog::setConcealTimeout(int milliseconds)
{
    m_panel->setConcealTimeout(milliseconds);
}

bool TotpEnrollDialog::isSelf() const
{
    return m_session.isSignedIn() && m_session.claims().userId == m_userId;
}

void TotpEnrollDialog::startEnrollment()
{
    if (!m_session.isSignedIn()) {
        showFailure(tr("Sign in first."));
        return;
    }
    setBusy(true, QT_TR_NOOP("Creating a secret key…"));
    whenFinished(m_session.executor().run([&hub = m_session.hub(), actor = m_session.actor(),
                                           userId = m_userId]() -> Result<TotpEnrollment> {
        if (const Status allowed = authorizeFor(hub, actor, userId, QStringLiteral("desktop/2fa-enroll"));
            !allowed)
            return allowed.error();
        return hub.twoFactor().enroll(userId, actor);
    }),
                 this, [this](const Result<TotpEnrollment>& enrollment) {
                     setBusy(false);
                     if (!enrollment) {
                         showFailure(enrollment.errorMessage());
                         return;
                     }
                     showEnrollment(*enrollment);
                 });
}

void TotpEnrollDialog::showEnrollment(const TotpEnrollment& enrollment)
{
    m_panel->setEnrollment(enrollment, m_session.hub().twoFactor().options().otp.digits);
    m_panel->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void TotpEnrollDialog::confirmCode()
{
    if (m_busy || !m_panel->isCodeComplete())
        return;
    m_confirming = true;
    setBusy(true, QT_TR_NOOP("Checking the code…"));
    whenFinished(
        m_session.executor().run([&hub = m_session.hub(), actor = m_session.actor(),
                                  context = m_session.accessContext(QStringLiteral("desktop/2fa-confirm")),
                                  userId = m_userId, code = m_panel->code()]() -> Result<QStringList> {
            if (const Status allowed = authorizeFor(hub, actor, userId, context.endpoint); !allowed)
                return allowed.error();
            return hub.twoFactor().confirm(userId, code, context);
        }),
        this, [this](const Result<QStringList>& codes) {
            m_confirming = false;
            setBusy(false);
            if (!codes) {
                m_panel->showCodeError(codes.errorMessage());
                return;
            }
            showBackupCodes(*codes);
        });
}

void TotpEnrollDialog::showBackupCodes(const QStringList& codes)
{
    m_confirmed = true;
    m_panel->clearEnrollment();
    m_codesView->setCodes(codes, m_username);
    m_pages->setCurrentIndex(kCodesPage);
    retranslate();
    updateButtons();
    m_done->setFocus(Qt::OtherFocusReason);
    Q_EMIT twoFactorEnabled(m_userId);
}

void TotpEnrollDialog::showFailure(const QString& message)
{
    m_failure->setText(message);
    m_failure->show();
    m_pages->hide();
    retranslate();
    updateButtons();
    adjustSize();
}

void TotpEnrollDialog::setBusy(bool busy, const char* what)
{
    m_busy = busy;
    m_busyWhat = what;
    m_busyText->setText(what ? tr(what) : QString());
    m_busyRow->setVisible(busy);
    m_panel->setBusy(busy);
    updateButtons();
}

void TotpEnrollDialog::updateButtons()
{
    m_confirm->setVisible(!m_confirmed && m_failure->text().isEmpty());
    m_confirm->setEnabled(!m_busy && m_panel->isCodeComplete());
    m_cancel->setVisible(!m_confirmed);
    m_cancel->setEnabled(!m_confirming);
    m_done->setVisible(m_confirmed);
    m_done->setDefault(m_confirmed);
    m_confirm->setDefault(!m_confirmed);
}

void TotpEnrollDialog::finish()
{
    if (!m_codesKept) {
        QMessageBox box(QMessageBox::Warning, tr("Backup Codes Not Kept"),
                        tr("You have not copied, saved or printed the backup codes. They will not be shown "
                           "again. Close anyway?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmDialog"));
        QPushButton* close = box.addButton(tr("Close Without Keeping"), QMessageBox::DestructiveRole);
        box.addButton(tr("Go Back"), QMessageBox::RejectRole);
        box.setDefaultButton(qobject_cast<QPushButton*>(box.buttons().constLast()));
        box.exec();
        if (box.clickedButton() != close)
            return;
    }
    QDialog::accept();
}

void TotpEnrollDialog::reject()
{
    // Closing while the code is checked could turn 2FA on with nobody left
    // to see the backup codes.
    if (m_confirming)
        return;
    if (m_confirmed) {
        finish();
        return;
    }
    QDialog::reject();
}

void TotpEnrollDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TotpEnrollDialog::retranslate()
{
    setWindowTitle(tr("Two-Factor Sign-In"));
    if (m_confirmed)
        m_heading->setText(isSelf() ? tr("Two-factor sign-in is now on for your account.")
                                    : tr("Two-factor sign-in is now on for %1.").arg(isolated(m_username)));
    else
        m_heading->setText(isSelf() ? tr("Turn on two-factor sign-in for your account")
                                    : tr("Turn on two-factor sign-in for %1").arg(isolated(m_username)));
    m_confirm->setText(tr("&Confirm"));
    m_confirm->setToolTip(tr("Check the code and turn two-factor sign-in on"));
    m_cancel->setText(m_failure->text().isEmpty() ? tr("Cancel") : tr("Close"));
    m_cancel->setToolTip(tr("Close without turning two-factor sign-in on"));
    if (m_busyWhat)
        m_busyText->setText(tr(m_busyWhat));
    m_done->setText(tr("&Done"));
    m_done->setToolTip(tr("Close this window; the backup codes are not shown again"));
}

} // namespace nova::ui
