#pragma once

#include <QWizardPage>

class QCheckBox;

namespace nova::ui {

class BackupCodesView;
class SetupTotpPage;
class SetupWizard;

// The administrator's backup codes, shown once; Finish stays disabled until
// "I have stored these codes" is ticked.
class SetupBackupCodesPage : public QWizardPage {
    Q_OBJECT
public:
    SetupBackupCodesPage(const SetupWizard& wizard, const SetupTotpPage& totpPage, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const SetupWizard& m_wizard;
    const SetupTotpPage& m_totpPage;
    BackupCodesView* m_view = nullptr;
    QCheckBox* m_stored = nullptr;
};

} // namespace nova::ui
