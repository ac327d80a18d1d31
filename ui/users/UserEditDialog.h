#pragma once

#include "Result.h"
#include "users/User.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace nova::ui {

class NewPasswordFields;
class UiSession;

// Creates a user or edits one: username (new users only), display name,
// e-mail, phone, role and, for a new user, the first password with the
// strength meter. Every field is validated as it is typed with the
// service's own rules, the message next to the field; OK stays disabled
// until the form is valid. Saving runs in the executor (hashing takes a
// noticeable moment) with the form disabled and a busy indicator; a refusal
// from the service is shown in the dialog, which stays open to fix it.
class UserEditDialog : public QDialog {
    Q_OBJECT
public:
    // A new user.
    explicit UserEditDialog(UiSession& session, QWidget* parent = nullptr);
    // Edits `user`.
    UserEditDialog(UiSession& session, const nova::User& user, QWidget* parent = nullptr);

    bool isNewUser() const { return m_original.id == 0; }
    // After accept(): the user as saved.
    const nova::User& savedUser() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void build();
    void retranslate();
    void loadRoles();
    void validate();
    void setBusy(bool busy);
    void finishSave(const nova::Result<nova::User>& result);
    QLabel* addErrorLabel(const char* objectName);

    UiSession& m_session;
    nova::User m_original;
    nova::User m_saved;
    bool m_busy = false;
    bool m_rolesLoaded = false;
    QFormLayout* m_form = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLabel* m_displayNameLabel = nullptr;
    QLabel* m_emailLabel = nullptr;
    QLabel* m_phoneLabel = nullptr;
    QLabel* m_roleLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLabel* m_usernameError = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLabel* m_displayNameError = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_emailError = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_phoneError = nullptr;
    QComboBox* m_role = nullptr;
    NewPasswordFields* m_password = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace nova::ui
