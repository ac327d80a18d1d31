#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace nova::ui {

class SetupWizard;
class TotpEnrollPanel;

// Two-factor enrollment of the new administrator: the secret is created
// when the page is shown, and Next confirms the first code (off the GUI
// thread). There is no way past this page without a valid code.
class SetupTotpPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SetupTotpPage(SetupWizard& wizard, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // A service call is under way.
    bool isBusy() const { return m_busy; }

    const QStringList& backupCodes() const { return m_backupCodes; }
    TotpEnrollPanel* panel() const { return m_panel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void enroll();
    void confirmCode();
    void setBusy(bool busy);

    SetupWizard& m_wizard;
    bool m_busy = false;
    bool m_confirmed = false;
    QStringList m_backupCodes;
    TotpEnrollPanel* m_panel = nullptr;
    QLabel* m_failure = nullptr;
    QPushButton* m_retry = nullptr;
    QProgressBar* m_busyBar = nullptr;
};

} // namespace nova::ui
