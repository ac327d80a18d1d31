#pragma once

#include <QObject>

class QAction;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace nova {
class PasswordPolicy;
}

namespace nova::ui {

class PasswordStrengthMeter;

// A new password typed twice, judged by the policy as it is typed: the
// strength meter with the rules, and a note when the two entries differ.
// Adds its rows to the dialog's form, so its labels line up with the
// dialog's other fields. Used where an administrator chooses a password for
// someone (new user, password reset).
class NewPasswordFields : public QObject {
    Q_OBJECT
public:
    // The widgets are children of `parent`, in rows appended to `form`.
    NewPasswordFields(const nova::PasswordPolicy& policy, QFormLayout* form, QWidget* parent);

    QString password() const;
    // The policy is told the username: a password must not contain it.
    void setUsername(const QString& username);
    // Acceptable to the policy and typed the same twice.
    bool isAcceptable() const { return m_acceptable; }
    void setEnabled(bool enabled);
    QLineEdit* passwordEdit() const { return m_password; }
    // The dialog calls this from its own retranslation.
    void retranslate();

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

private:
    void refresh();

    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_mismatch = nullptr;
    PasswordStrengthMeter* m_meter = nullptr;
    QAction* m_reveal = nullptr;
    QString m_username;
    bool m_acceptable = false;
};

} // namespace nova::ui
