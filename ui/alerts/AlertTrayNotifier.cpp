#include "AlertTrayNotifier.h"

#include "AlertPresentation.h"
#include "LiveAlertConnection.h"
#include "UiSession.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace nova::ui {

AlertTrayNotifier::AlertTrayNotifier(UiSession& session, LiveAlertConnection& connection, QWidget* window,
                                     QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_cooldown(new QTimer(this))
{
    m_cooldown->setSingleShot(true);
    m_cooldown->setInterval(kDefaultCooldownMs);
    connect(m_cooldown, &QTimer::timeout, this, &AlertTrayNotifier::onCooldownOver);
    connect(&connection, &LiveAlertConnection::alertsReceived, this, &AlertTrayNotifier::notify);
    connect(&session, &UiSession::signedOut, this, [this]() {
        // Nothing about the previous user's alerts after they left.
        m_cooldown->stop();
        m_heldCount = 0;
        m_heldCritical = false;
    });

    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    QIcon icon = window && !window->windowIcon().isNull() ? window->windowIcon() : QApplication::windowIcon();
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setObjectName(QStringLiteral("alertTrayIcon"));
    m_menu = std::make_unique<QMenu>();
    m_showAction = m_menu->addAction(QString());
    connect(m_showAction, &QAction::triggered, this, &AlertTrayNotifier::raiseWindow);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertTrayNotifier::raiseWindow);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            raiseWindow();
    });
    retranslate();
    if (window)
        window->installEventFilter(this);
    m_tray->show();
}

AlertTrayNotifier::~AlertTrayNotifier() = default;

void AlertTrayNotifier::setCooldownMs(int cooldownMs)
{
    m_cooldown->setInterval(qMax(0, cooldownMs));
}

void AlertTrayNotifier::notify(const QList<Alert>& batch)
{
    QList<const Alert*> important;
    for (const Alert& alert : batch) {
        if (alert.severity >= Severity::High)
            important.append(&alert);
    }
    if (important.isEmpty())
        return;
    const bool critical = std::any_of(important.begin(), important.end(), [](const Alert* alert) {
        return alert->severity == Severity::Critical;
    });
    if (m_cooldown->isActive()) {
        m_heldCount += static_cast<int>(important.size());
        m_heldCritical = m_heldCritical || critical;
        return;
    }
    if (important.size() == 1) {
        const Alert& alert = *important.first();
        show(tr("%1: %2", "severity: alert type")
                 .arg(AlertPresentation::severityText(alert.severity),
                      AlertPresentation::typeName(alert.type)),
             AlertPresentation::message(alert), critical);
    } else {
        show(tr("%Ln high-severity alert(s)", nullptr, static_cast<int>(important.size())),
             //: %1 is the message of the newest of several alerts
             tr("The newest: %1").arg(AlertPresentation::message(*important.last())), critical);
    }
    m_cooldown->start();
}

void AlertTrayNotifier::show(const QString& title, const QString& message, bool critical)
{
    Q_EMIT notification(title, message);
    if (m_tray)
        m_tray->showMessage(title, message, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
}

void AlertTrayNotifier::onCooldownOver()
{
    if (m_heldCount == 0)
        return;
    const int count = std::exchange(m_heldCount, 0);
    const bool critical = std::exchange(m_heldCritical, false);
    show(tr("%Ln more high-severity alert(s)", nullptr, count), tr("Open Live alerts to see them."),
         critical);
    // A storm that goes on gets one summary per period.
    m_cooldown->start();
}

void AlertTrayNotifier::raiseWindow()
{
    if (m_window) {
        if (m_window->isMinimized())
            m_window->showNormal();
        else
            m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    m_session.requestNavigation(QStringLiteral("alerts"));
}

bool AlertTrayNotifier::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AlertTrayNotifier::retranslate()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(tr("Nova Admin: live alerts"));
    m_showAction->setText(tr("Show live alerts"));
}

} // namespace nova::ui
