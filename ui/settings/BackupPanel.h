#pragma once

#include "Result.h"
#include "backup/BackupHistory.h"
#include "backup/BackupKey.h"
#include "settings/BackupRunner.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace nova::ui {

class PasswordStrengthMeter;
class UiSession;

// Settings › Backups: when the last backup ran (a warning when none in the
// last 7 days), and Create, Verify and Restore through DatabaseBackup, with
// either the backup key in the secret store or a passphrase (confirmed and
// judged by the password policy when creating). The work runs off the GUI
// thread behind a cancellable progress dialog; the service authorises
// settings:update again and logs. After a restore the client signs out and
// restarts (restartRequested), so nothing cached from the old data survives.
// On PostgreSQL the panel only shows the last recorded backup and points to
// pg_dump and `nova-ctl backup mark`.
class BackupPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit BackupPanel(UiSession& session, QWidget* parent = nullptr);

    bool isBusy() const;
    // The key the options describe; an error when the passphrase is missing,
    // or (for a new backup) too weak or not confirmed.
    Result<BackupKey> chosenKey(bool forNewBackup) const;

public Q_SLOTS:
    // Reads when the last backup ran (off the GUI thread).
    void refresh();
    // Ask for a file, then run.
    void createBackup();
    void verifyBackup();
    void restoreBackup();
    // Run on the given file without asking for one (restore still confirms).
    void createBackupTo(const QString& file);
    void verifyBackupFile(const QString& file);
    void restoreBackupFile(const QString& file);

Q_SIGNALS:
    // An operation ended; `message` is what the panel shows.
    void finished(bool ok, const QString& message);
    // A restore replaced the database: sign out and start again.
    void restartRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void showLast();
    void showResult(bool ok, const QString& message);
    // Worded again after a language change.
    void showResult(bool ok, std::function<QString()> wording);
    QString explain(const Error& error) const;
    // The chosen key when the panel is free to start; otherwise nothing,
    // with the reason shown.
    std::optional<BackupKey> startingKey(bool forNewBackup);
    // Runs `work` with progress; a failure is shown, a result goes to `onSuccess`.
    void runAndReport(const QString& title, BackupRunner::Work work,
                      std::function<void(const RestoreResult&)> onSuccess);
    bool canBackUp() const;

    UiSession& m_session;
    BackupRunner* m_runner = nullptr;
    std::optional<BackupRecord> m_last;
    bool m_loaded = false;
    QString m_loadError;
    QLabel* m_lastLabel = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_note = nullptr;
    QWidget* m_actions = nullptr;
    QRadioButton* m_useStoredKey = nullptr;
    QRadioButton* m_usePassphrase = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirm = nullptr;
    PasswordStrengthMeter* m_strength = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_status = nullptr;
    std::function<QString()> m_statusWording;
};

} // namespace nova::ui
