#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace nova {
class PasswordPolicy;
}

namespace nova::ui {

// A password's strength as a coloured bar with a word (very weak … strong)
// and the policy's rules, each ticked or crossed for the password typed so
// far (labels "passwordRule<n>" under "passwordRules", with a bool property
// "satisfied", unset while the field is empty). The policy decides what is
// acceptable; the meter only shows it, so the dialog around it can enable
// its OK button on acceptableChanged().
class PasswordStrengthMeter : public QWidget {
    Q_OBJECT
public:
    explicit PasswordStrengthMeter(const nova::PasswordPolicy& policy, QWidget* parent = nullptr);

    // The username is passed to the policy (a password must not contain it).
    void setPassword(const QString& password, const QString& username = {});
    // Whether the policy finds no problem with the current password.
    bool isAcceptable() const { return m_acceptable; }

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    const nova::PasswordPolicy& m_policy;
    QString m_password;
    QString m_username;
    bool m_acceptable = false;
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    QLabel* m_rulesTitle = nullptr;
    QWidget* m_rules = nullptr;
    QList<QLabel*> m_ruleIcons;
    QList<QLabel*> m_ruleTexts;
};

} // namespace nova::ui
