#pragma once

#include "auth/SignInResult.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace nova::ui {

// The second step of signing in: one code field per method (the TOTP code
// from the authenticator app, a backup code, or a code sent by SMS) and the
// links that switch between them. It only collects the code; SignInForm
// talks to the service.
class SecondFactorPanel : public QWidget {
    Q_OBJECT
public:
    explicit SecondFactorPanel(QWidget* parent = nullptr);

    // The methods the account offers; starts on the authenticator code.
    void setMethods(const QList<SecondFactor>& methods, const QString& username);
    SecondFactor method() const { return m_method; }
    void setMethod(SecondFactor method);
    // The typed code, spaces and dashes removed.
    QString code() const;
    // Enough characters for the current method.
    bool hasCompleteCode() const;
    void clear();
    void setBusy(bool busy);
    // After sendSmsRequested: where the code went.
    void setSmsSent(const QString& maskedPhone);
    void focusCodeField();

Q_SIGNALS:
    void codeChanged();
    void methodChanged(nova::SecondFactor method);
    void sendSmsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateLinks();
    QLineEdit* currentField() const;

    QList<SecondFactor> m_methods;
    SecondFactor m_method = SecondFactor::Totp;
    QString m_username;
    QString m_maskedPhone;
    bool m_busy = false;
    QLabel* m_intro = nullptr;
    QStackedWidget* m_fields = nullptr;
    QLabel* m_totpLabel = nullptr;
    QLineEdit* m_totpCode = nullptr;
    QLabel* m_backupLabel = nullptr;
    QLineEdit* m_backupCode = nullptr;
    QLabel* m_smsLabel = nullptr;
    QLineEdit* m_smsCode = nullptr;
    QLabel* m_smsStatus = nullptr;
    QPushButton* m_sendSms = nullptr;
    QPushButton* m_useTotp = nullptr;
    QPushButton* m_useBackup = nullptr;
    QPushButton* m_useSms = nullptr;
};

} // namespace nova::ui
