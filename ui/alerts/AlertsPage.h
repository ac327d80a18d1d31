#pragma once

#include "Page.h"
#include "alerts/Alert.h"

#include <QList>

class QAction;
class QLabel;
class QToolBar;

namespace nova::ui {

class AlertFilterBar;
class AlertFilterProxy;
class AlertListModel;
class AlertTableView;
class LiveAlertConnection;

// Live alerts: the WebSocket feed, newest first, with a minimum-severity
// and a text filter, acknowledge (several at once), jumps to the related
// log entries, user and address, and a pause switch for reading during a
// storm. The recent history is loaded from the alert store when the feed
// starts, so the page is not empty after a restart. The title counts the
// unacknowledged alerts.
class AlertsPage : public Page {
    Q_OBJECT
public:
    AlertsPage(UiSession& session, LiveAlertConnection& connection, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("alerts"); }
    QString title() const override;
    QIcon icon() const override;
    bool isAvailable() const override;
    void activated() override;
    // {"severity": "high"} sets the minimum severity; {"text": …} the filter.
    void navigate(const QVariantMap& args) override;

    AlertListModel& model() const { return *m_model; }
    // How many alerts history loads when the feed starts.
    static constexpr int kHistoryLimit = 1000;

protected:
    void retranslate() override;

private:
    void buildActions();
    void buildLayout();
    void loadHistory();
    void onStarted();
    void copySelected();
    void onAlerts(const QList<nova::Alert>& batch);
    void setPaused(bool paused);
    void updatePauseAction();
    void updateActions();
    void updateBanner();
    void acknowledgeSelected();
    void jumpToLog();
    void jumpToUser();
    void jumpToIp();
    void showContextMenu(const QPoint& position);
    QList<int> selectedSourceRows() const;
    int currentSourceRow() const;
    void updateStatus();
    void updateTitle();

    LiveAlertConnection& m_connection;
    AlertListModel* m_model = nullptr;
    AlertFilterProxy* m_proxy = nullptr;
    AlertTableView* m_view = nullptr;
    AlertFilterBar* m_filterBar = nullptr;
    QLabel* m_banner = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_acknowledgeAction = nullptr;
    QAction* m_jumpToLogAction = nullptr;
    QAction* m_jumpToUserAction = nullptr;
    QAction* m_jumpToIpAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_findAction = nullptr;
    QList<Alert> m_held; // arrived while paused
    QString m_lastError;
    // Why the history could not be loaded, as the alert store said it.
    QString m_historyError;
    bool m_historyLoading = false;
    // A history load answered after a restart of the feed is stale.
    int m_historyGeneration = 0;
    bool m_acknowledging = false;
};

} // namespace nova::ui
