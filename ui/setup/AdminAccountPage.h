#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace nova::ui {

class PasswordStrengthMeter;
class SetupWizard;

// The first administrator: user name, display name, e-mail and the password
// twice, checked as typed (the strength meter shows the policy's rules).
// Next creates the account off the GUI thread; after that the wizard cannot
// go back (a commit page).
class AdminAccountPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AdminAccountPage(SetupWizard& wizard, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    // A service call is under way.
    bool isBusy() const { return m_busy; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fieldsChanged();
    // The service's refusal if there is one, else the first problem with the fields.
    void updateProblem();
    void createAccount();
    void setBusy(bool busy);

    SetupWizard& m_wizard;
    bool m_busy = false;
    bool m_created = false;
    // Why the service refused the account; cleared as soon as a field changes.
    QString m_refusal;
    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLabel* m_displayNameLabel = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLabel* m_emailLabel = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_repeat = nullptr;
    PasswordStrengthMeter* m_meter = nullptr;
    QLabel* m_problem = nullptr;
    QProgressBar* m_busyBar = nullptr;
};

} // namespace nova::ui
