#pragma once

#include "Result.h"
#include "auth/SessionClaims.h"
#include "auth/SignInResult.h"
#include "users/User.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;

namespace nova {
class ServiceHub;
struct AccessContext;
} // namespace nova

namespace nova::ui {

class SecondFactorPanel;

// The whole sign-in conversation with SignInService, without buttons of its
// own: the password step, then the second-factor step (TOTP, backup code or
// SMS code) for the challenge the password step returned. Every service
// call runs on the hub's executor; while one runs the form is busy (fields
// disabled, progress shown). Used by SignInDialog and by the LockScreen.
class SignInForm : public QWidget {
    Q_OBJECT
public:
    enum class Step { Password, SecondFactor };

    explicit SignInForm(ServiceHub& hub, QWidget* parent = nullptr);

    // editable = false: the user name is fixed (unlocking a session).
    void setUsername(const QString& username, bool editable = true);
    QString username() const;
    // "desktop/sign-in" unless set; names the endpoint in the security log.
    void setEndpoint(const QString& endpoint);

    Step step() const;
    bool isBusy() const { return m_busy; }
    // Whether submit() has something to send.
    bool canSubmit() const;

    // The password step signs in; the second-factor step sends the code.
    void submit();
    // Back to the password step, clearing the password and any code.
    void restart();
    // Clears everything typed and any message (for a fresh lock).
    void clear();
    // Puts the focus where typing should start.
    void focusFirstField();

    QString message() const;

Q_SIGNALS:
    void signedIn(const nova::IssuedToken& token, const nova::User& user);
    void stepChanged(nova::ui::SignInForm::Step step);
    void busyChanged(bool busy);
    void canSubmitChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // `what` is a QT_TR_NOOP text, translated again on a language change.
    void setBusy(bool busy, const char* what = nullptr);
    void showError(const Error& error);
    void showInfo(const QString& text);
    void clearMessage();
    void setStep(Step step);
    AccessContext context() const;
    void handleResult(const Result<SignInResult>& result);
    void sendSmsCode();

    ServiceHub& m_hub;
    QString m_endpoint;
    QStackedWidget* m_steps = nullptr;
    QWidget* m_passwordStep = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    SecondFactorPanel* m_secondFactor = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QString m_challenge;
    bool m_busy = false;
    const char* m_busyWhat = nullptr;
    // The error on show, so a language change can word it again.
    std::optional<Error> m_error;
};

} // namespace nova::ui
