#pragma once

#include "auth/SessionClaims.h"
#include "users/User.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace nova {
class ServiceHub;
}

namespace nova::ui {

class SignInForm;

// "Sign in to Nova Admin": the user name and password, then the second
// factor when the account has one, in one dialog. Accepted once a session
// token is issued; issuedToken() and user() are valid from then on. Escape
// or Cancel rejects it (a pending second factor is simply abandoned: the
// challenge expires on its own).
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(ServiceHub& hub, QWidget* parent = nullptr);

    // Prefills the user name and puts the focus on the password.
    void setUsername(const QString& username);

    IssuedToken issuedToken() const { return m_token; }
    User user() const { return m_user; }

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void retranslate();
    void updateButtons();
    void onSignedIn(const IssuedToken& token, const User& user);

    ServiceHub& m_hub;
    SignInForm* m_form = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_subheading = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_cancel = nullptr;
    IssuedToken m_token;
    User m_user;
};

} // namespace nova::ui
