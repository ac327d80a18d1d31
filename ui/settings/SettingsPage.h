#pragma once

#include "Page.h"
#include "settings/AppSettings.h"

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace nova::ui {

class BackupPanel;
class PolicyEditor;

// Settings: this desktop's own (database location, alert server, session
// lock timeout, language) kept in QSettings, and the deployment's security
// policy (2FA, lockout, detector thresholds) kept in the database for every
// program to share. Apply stores both (the policy only with settings:update,
// audited); Revert shows the stored values again. Invalid input is named
// next to its field and keeps Apply disabled.
class SettingsPage : public Page {
    Q_OBJECT
public:
    explicit SettingsPage(UiSession& session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    // Loads the stored values (the policy off the GUI thread).
    void reload();
    // Stores what is shown, unless something is invalid (then says what).
    void apply();
    void revert();
    bool hasChanges() const;

Q_SIGNALS:
    // The desktop settings were stored (e.g. a new lock timeout to use now).
    void appSettingsChanged(const nova::ui::AppSettings& settings);
    // A policy save finished (ok or with the error shown on the page).
    void policySaved(bool ok);
    // A backup was restored: the client signs out and starts again.
    void restartRequested();

protected:
    void retranslate() override;

private:
    QWidget* buildDesktopGroup();
    AppSettings shownAppSettings() const;
    void showAppSettings(const AppSettings& settings);
    void validate();
    void updateButtons();
    void browseDatabase();
    void setStatus(const QString& text, bool error);
    void onPolicySaved(bool ok, const QString& error);

    AppSettings m_stored;
    QGroupBox* m_desktopGroup = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLineEdit* m_database = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_databaseError = nullptr;
    QLabel* m_databaseNote = nullptr;
    QLabel* m_alertLabel = nullptr;
    QLineEdit* m_alertServer = nullptr;
    QLabel* m_alertError = nullptr;
    QLabel* m_lockLabel = nullptr;
    QSpinBox* m_lockTimeout = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_digitsLabel = nullptr;
    QComboBox* m_digits = nullptr;
    QLabel* m_themeNote = nullptr;
    PolicyEditor* m_policy = nullptr;
    BackupPanel* m_backups = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
    QAction* m_applyAction = nullptr;
    bool m_saving = false;
};

} // namespace nova::ui
