#pragma once

#include "securitylog/LogRetention.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace nova::ui {

class UiSession;

// Settings → Log retention: how long the live security log keeps entries,
// where archives go, when the last archive ran, and archiving on demand.
// Reading needs settings:read, changing and archiving settings:update; both
// are authorised again in the worker, and the service layer logs them.
class RetentionPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit RetentionPanel(UiSession& session, QWidget* parent = nullptr);

    void load();
    void save();
    void archiveNow();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // After a load, save or archive run finished (for tests and the page).
    void finished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct State {
        RetentionPolicy policy;
        QString folder;
        std::optional<qint64> lastRunMs;
    };
    void retranslate();
    void updatePermissions();
    void updateButtons();
    void setBusy(bool busy);
    void showState(const State& state);
    void showMessage(const QString& text, bool error);
    void browse();
    RetentionPolicy shownPolicy() const;

    UiSession& m_session;
    std::optional<State> m_loaded;
    bool m_busy = false;
    QLabel* m_note = nullptr;
    QLabel* m_daysLabel = nullptr;
    QSpinBox* m_days = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_lastRunLabel = nullptr;
    QLabel* m_lastRun = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_archive = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace nova::ui
