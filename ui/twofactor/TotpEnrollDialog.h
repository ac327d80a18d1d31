#pragma once

#include "twofactor/TwoFactorService.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace nova::ui {

class BackupCodesView;
class TotpEnrollPanel;
class UiSession;

// Two-factor enrollment for the signed-in user (a broker turning on their
// own 2FA) or, by an administrator holding users:update, for another user.
// Page 1: the QR code, the secret and the first code (TotpEnrollPanel);
// page 2: the backup codes, shown once. Enrolling and confirming run off the
// GUI thread. Cancelling before the first code is confirmed leaves 2FA off
// (the pending secret is replaced at the next enrollment).
class TotpEnrollDialog : public QDialog {
    Q_OBJECT
public:
    TotpEnrollDialog(UiSession& session, qint64 userId, const QString& username, QWidget* parent = nullptr);

    // How long the secret stays visible (tests shorten it).
    void setConcealTimeout(int milliseconds);
    bool isConfirmed() const { return m_confirmed; }

    // After the first code is confirmed, closing asks for confirmation when
    // the backup codes were neither copied, saved nor printed.
    void reject() override;

Q_SIGNALS:
    // Confirmed with the first code: 2FA is now on for the user.
    void twoFactorEnabled(qint64 userId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void startEnrollment();
    void confirmCode();
    void showEnrollment(const TotpEnrollment& enrollment);
    void showBackupCodes(const QStringList& codes);
    void showFailure(const QString& message);
    // `what` is a QT_TR_NOOP text, translated again on a language change.
    void setBusy(bool busy, const char* what = nullptr);
    void updateButtons();
    void finish();
    bool isSelf() const;

    UiSession& m_session;
    qint64 m_userId;
    QString m_username;
    bool m_busy = false;
    bool m_confirming = false;
    bool m_confirmed = false;
    bool m_codesKept = false;
    const char* m_busyWhat = nullptr;

    QLabel* m_heading = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_busyRow = nullptr;
    QLabel* m_busyText = nullptr;
    QLabel* m_failure = nullptr;
    TotpEnrollPanel* m_panel = nullptr;
    BackupCodesView* m_codesView = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_done = nullptr;
};

} // namespace nova::ui
