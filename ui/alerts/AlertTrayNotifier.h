#pragma once

#include "alerts/Alert.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace nova::ui {

class LiveAlertConnection;
class UiSession;

// Desktop notifications for high and critical alerts. At most one popup per
// cooldown period: what arrives meanwhile is summed up in one "N alerts"
// notification when the period ends, so a storm never floods the desktop.
// Clicking the notification or the tray icon brings the window forward on
// the Live alerts page. Without a system tray nothing is shown, but the
// notification() signal still reports what would have been.
class AlertTrayNotifier : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultCooldownMs = 10 * 1000;

    AlertTrayNotifier(UiSession& session, LiveAlertConnection& connection, QWidget* window,
                      QObject* parent = nullptr);
    ~AlertTrayNotifier() override;

    void setCooldownMs(int cooldownMs);
    bool hasTrayIcon() const { return m_tray != nullptr; }

    // Considers a batch (the connection's alertsReceived is connected to it).
    void notify(const QList<nova::Alert>& batch);

protected:
    // The window's language changes reach the tray's texts.
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    // A notification was raised (shown in the tray when there is one).
    void notification(const QString& title, const QString& message);

private:
    void show(const QString& title, const QString& message, bool critical);
    void onCooldownOver();
    void raiseWindow();
    void retranslate();

    UiSession& m_session;
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    // The tray does not own its menu; a widget parent would tie it to the window.
    std::unique_ptr<QMenu> m_menu;
    QAction* m_showAction = nullptr;
    QTimer* m_cooldown = nullptr;
    int m_heldCount = 0;
    bool m_heldCritical = false;
};

} // namespace nova::ui
