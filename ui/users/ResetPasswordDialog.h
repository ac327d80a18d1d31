#pragma once

#include "users/User.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace nova::ui {

class NewPasswordFields;
class UiSession;

// An administrator sets a new password for `user`: typed twice, judged by
// the policy as it is typed. The reset (Argon2id hashing) runs in the
// executor with the dialog disabled and a busy indicator; the dialog closes
// only when the service has stored and audited the new password.
class ResetPasswordDialog : public QDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(UiSession& session, const nova::User& user, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void retranslate();
    void setBusy(bool busy);
    void updateOk();

    UiSession& m_session;
    nova::User m_user;
    bool m_busy = false;
    QLabel* m_intro = nullptr;
    NewPasswordFields* m_password = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace nova::ui
