#pragma once

#include "twofactor/TwoFactorService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace nova::ui {

class QrCodeWidget;

// What the enrollment dialog and the setup wizard share: the QR code, issuer
// and account, the secret in groups of four with a copy button, and the
// field for the first code with live validation. It does not call services;
// its owner enrolls, confirms and reports errors back with showCodeError().
//
// The QR code and the secret are concealed (a "Show" button takes their
// place) when the window loses focus, when the application goes to the
// background, and after a timeout.
class TotpEnrollPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDefaultConcealTimeoutMs = 120 * 1000;

    explicit TotpEnrollPanel(QWidget* parent = nullptr);

    // Shows the enrollment and empties the code field; `digits` is the
    // length of a code.
    void setEnrollment(const TotpEnrollment& enrollment, int digits);
    void clearEnrollment();
    bool hasEnrollment() const { return !m_enrollment.otpauthUri.isEmpty(); }

    QString code() const;
    bool isCodeComplete() const;
    // An inline error under the code field; the field is selected and keeps
    // the focus so the next code can be typed at once.
    void showCodeError(const QString& message);
    void clearCodeError();
    // While a code is being checked the field is read-only.
    void setBusy(bool busy);

    bool isConcealed() const { return m_concealed; }
    void setConcealTimeout(int milliseconds);
    int concealTimeout() const;

    QrCodeWidget* qrWidget() const { return m_qr; }

public Q_SLOTS:
    void conceal();
    void reveal();

Q_SIGNALS:
    void codeCompleteChanged(bool complete);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void copySecret();
    void codeEdited();

    TotpEnrollment m_enrollment;
    int m_digits = 6;
    bool m_concealed = false;
    bool m_lastComplete = false;
    QObject* m_watchedWindow = nullptr;

    QLabel* m_scanHint = nullptr;
    QStackedWidget* m_secretStack = nullptr;
    QrCodeWidget* m_qr = nullptr;
    QLabel* m_issuerCaption = nullptr;
    QLabel* m_issuer = nullptr;
    QLabel* m_accountCaption = nullptr;
    QLabel* m_account = nullptr;
    QLabel* m_secretCaption = nullptr;
    QLabel* m_secret = nullptr;
    QPushButton* m_copySecret = nullptr;
    QLabel* m_concealedNote = nullptr;
    QPushButton* m_reveal = nullptr;
    QLabel* m_codeCaption = nullptr;
    QLineEdit* m_codeEdit = nullptr;
    QLabel* m_codeError = nullptr;
    QTimer* m_concealTimer = nullptr;
};

} // namespace nova::ui
