#include "SetupBackupCodesPage.h"

#include "SetupTotpPage.h"
#include "SetupWizard.h"
#include "twofactor/BackupCodesView.h"

#include <QCheckBox>
#include <QEvent>
#include <QVBoxLayout>

namespace nova::ui {

SetupBackupCodesPage::SetupBackupCodesPage(const SetupWizard& wizard, const SetupTotpPage& totpPage,
                                           QWidget* parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_totpPage(totpPage)
    , m_view(new BackupCodesView(this))
    , m_stored(new QCheckBox(this))
{
    setObjectName(QStringLiteral("backupCodesPage"));
    setFinalPage(true);
    m_view->setObjectName(QStringLiteral("backupCodesView"));
    m_stored->setObjectName(QStringLiteral("storedCheck"));
    connect(m_stored, &QCheckBox::toggled, this, &SetupBackupCodesPage::completeChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addSpacing(6);
    layout->addWidget(m_stored);
    layout->addStretch(1);
    retranslate();
}

void SetupBackupCodesPage::initializePage()
{
    const auto& user = m_wizard.createdUser();
    m_view->setCodes(m_totpPage.backupCodes(), user ? user->username : QString());
    m_stored->setChecked(false);
}

bool SetupBackupCodesPage::isComplete() const
{
    return m_stored->isChecked();
}

void SetupBackupCodesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SetupBackupCodesPage::retranslate()
{
    setTitle(tr("Backup Codes"));
    setSubTitle(tr("Two-factor sign-in is on. If the phone with the authenticator app is lost, these codes "
                   "are the way back in."));
    m_stored->setText(tr("I have &stored these codes somewhere safe"));
    m_stored->setToolTip(tr("Finish is available once the codes are kept: they are not shown again"));
}

} // namespace nova::ui
