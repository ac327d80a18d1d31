#pragma once

#include "Page.h"
#include "Result.h"
#include "dashboard/DashboardFigures.h"
#include "dashboard/DashboardRange.h"

#include <memory>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace nova {
class DashboardQuery;
}

namespace nova::ui {

class LiveAlertConnection;
class LogMessageBar;
class RankedList;
class SeverityChart;
class TimeSeriesChart;
class TwoFactorPanel;

// The first page after sign-in: the security situation at a glance for the
// last 24 hours, 7 or 30 days. Sign-ins (successful and failed) and blocked
// addresses over time, alerts by severity, the most offending addresses and
// the most targeted accounts (each a jump into the filtered security log),
// and two-factor adoption with the accounts still without it.
//
// Available with security_log:read; alerts by severity needs alerts:read
// and the two-factor section users:read, otherwise they are hidden and not
// read. Loads off the GUI thread when activated, when the range changes,
// and after live alerts arrive (at most once per liveRefreshDelay()).
class DashboardPage : public Page {
    Q_OBJECT
public:
    static constexpr int kLiveRefreshDelayMs = 5000;

    DashboardPage(UiSession& session, LiveAlertConnection& alerts, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override;
    QIcon icon() const override;
    bool isAvailable() const override;
    void activated() override;
    // {"range": "24h" | "7d" | "30d"}.
    void navigate(const QVariantMap& args) override;

    DashboardRange range() const { return m_range; }
    void setRange(DashboardRange range);
    bool isLoading() const { return m_loading; }
    // Reads everything again now (a load in progress is followed by another).
    void reload();
    void setLiveRefreshDelay(int ms);

    TimeSeriesChart* signInChart() const { return m_signIns; }
    TimeSeriesChart* blockedChart() const { return m_blocked; }
    SeverityChart* severityChart() const { return m_severity; }
    RankedList* topIps() const { return m_topIps; }
    RankedList* topAccounts() const { return m_topAccounts; }
    TwoFactorPanel* twoFactorPanel() const { return m_twoFactor; }

Q_SIGNALS:
    // A load finished and its figures are shown (or its error is).
    void loaded();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildSections();
    QGroupBox* section(const char* objectName, QWidget* content);
    void updateSections();
    void onAlertsArrived();
    void onLoaded(DashboardRange range, const Result<DashboardSnapshot>& result);
    void showSnapshot(const DashboardSnapshot& snapshot);
    void clearFigures();
    void updateStatus();
    void updateSeries();

    LiveAlertConnection& m_alerts;
    std::shared_ptr<const DashboardQuery> m_query;
    DashboardRange m_range = DashboardRange::Last24Hours;
    bool m_loading = false;
    bool m_reloadWhenDone = false;
    // Alerts arrived while the page was hidden (another page, the lock screen).
    bool m_stale = false;
    qint64 m_updatedAtMs = 0;
    QString m_error;

    QButtonGroup* m_rangeGroup = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_refresh = nullptr;
    LogMessageBar* m_message = nullptr;
    QGridLayout* m_grid = nullptr;
    QTimer* m_liveTimer = nullptr;

    QGroupBox* m_signInBox = nullptr;
    QGroupBox* m_alertsBox = nullptr;
    QGroupBox* m_blockedBox = nullptr;
    QGroupBox* m_ipsBox = nullptr;
    QGroupBox* m_accountsBox = nullptr;
    QGroupBox* m_twoFactorBox = nullptr;
    TimeSeriesChart* m_signIns = nullptr;
    TimeSeriesChart* m_blocked = nullptr;
    SeverityChart* m_severity = nullptr;
    RankedList* m_topIps = nullptr;
    RankedList* m_topAccounts = nullptr;
    TwoFactorPanel* m_twoFactor = nullptr;
};

} // namespace nova::ui
