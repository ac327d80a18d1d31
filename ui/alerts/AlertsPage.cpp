#include "AlertsPage.h"

#include "AlertAcknowledgement.h"
#include "AlertFilterBar.h"
#include "AlertFilterProxy.h"
#include "AlertListModel.h"
#include "AlertPresentation.h"
#include "AlertTableView.h"
#include "Bidi.h"
#include "LiveAlertConnection.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "alerts/AlertBus.h"
#include "rbac/PermissionService.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QToolBar>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

// History scans this many stored alerts back from the live start: seq
// counts every channel, so some of them are other users' alerts.
constexpr int kHistoryScan = 5000;

const QString kAlerts = QStringLiteral("alerts");

// Shortcuts read left to right inside an Arabic tooltip too.
QString shortcutText(const QAction* action)
{
    return leftToRight(action->shortcut().toString(QKeySequence::NativeText));
}

QAction* makeAction(QWidget* owner, const char* objectName, const QKeySequence& shortcut = {})
{
    auto* action = new QAction(owner);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    // Pages share the window: a page's shortcuts work while it has focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

AlertsPage::AlertsPage(UiSession& session, LiveAlertConnection& connection, QWidget* parent)
    : Page(session, parent)
    , m_connection(connection)
    , m_model(new AlertListModel(this))
    , m_proxy(new AlertFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildLayout();

    connect(&m_connection, &LiveAlertConnection::alertsReceived, this, &AlertsPage::onAlerts);
    connect(&m_connection, &LiveAlertConnection::started, this, &AlertsPage::onStarted);
    connect(&m_connection, &LiveAlertConnection::stateChanged, this, [this](AlertClient::State state) {
        if (state == AlertClient::State::Connected)
            m_lastError.clear();
        updateBanner();
    });
    connect(&m_connection, &LiveAlertConnection::errorReceived, this, [this](const QString& message) {
        m_lastError = message;
        updateBanner();
    });
    connect(&session, &UiSession::permissionsChanged, this, &AlertsPage::updateActions);
    connect(&session, &UiSession::signedOut, this, [this]() {
        ++m_historyGeneration;
        m_historyLoading = false;
        m_historyError.clear();
        m_held.clear();
        m_model->clear();
        m_pauseAction->setChecked(false);
        updateStatus();
    });
    connect(m_model, &AlertListModel::unacknowledgedCountChanged, this, &AlertsPage::updateTitle);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AlertsPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AlertsPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlertsPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AlertsPage::updateActions);

    retranslate();
    updateActions();
    updateBanner();
    if (m_connection.isRunning())
        onStarted();
}

QString AlertsPage::title() const
{
    const int open = m_model->unacknowledgedCount();
    if (open == 0)
        return tr("Live alerts");
    return tr("Live alerts (%1)", "the number of unacknowledged alerts").arg(QLocale().toString(open));
}

QIcon AlertsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                            style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

bool AlertsPage::isAvailable() const
{
    return session().can(kAlerts, Permission::kRead);
}

void AlertsPage::activated()
{
    m_view->setFocus();
}

void AlertsPage::navigate(const QVariantMap& args)
{
    if (args.contains(QStringLiteral("severity")))
        m_filterBar->setMinimumSeverity(severityFromName(args.value(QStringLiteral("severity")).toString()));
    if (args.contains(QStringLiteral("text")))
        m_filterBar->setText(args.value(QStringLiteral("text")).toString());
}

void AlertsPage::buildActions()
{
    m_acknowledgeAction = makeAction(this, "actionAcknowledge", QKeySequence(Qt::CTRL | Qt::Key_K));
    m_acknowledgeAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    connect(m_acknowledgeAction, &QAction::triggered, this, &AlertsPage::acknowledgeSelected);

    m_jumpToLogAction = makeAction(this, "actionJumpToLog", QKeySequence(Qt::CTRL | Qt::Key_J));
    m_jumpToLogAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    connect(m_jumpToLogAction, &QAction::triggered, this, &AlertsPage::jumpToLog);

    m_jumpToUserAction = makeAction(this, "actionJumpToUser", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_jumpToUserAction->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    connect(m_jumpToUserAction, &QAction::triggered, this, &AlertsPage::jumpToUser);

    m_jumpToIpAction = makeAction(this, "actionJumpToIp", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_jumpToIpAction->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    connect(m_jumpToIpAction, &QAction::triggered, this, &AlertsPage::jumpToIp);

    m_pauseAction = makeAction(this, "actionPause", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, this, &AlertsPage::setPaused);

    m_copyAction = makeAction(this, "actionCopy", QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, &AlertsPage::copySelected);

    m_findAction = makeAction(this, "actionFind", QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this]() { m_filterBar->focusText(); });
}

void AlertsPage::buildLayout()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("alertsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_acknowledgeAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_jumpToLogAction);
    m_toolBar->addAction(m_jumpToUserAction);
    m_toolBar->addAction(m_jumpToIpAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_pauseAction);

    m_filterBar = new AlertFilterBar(this);
    m_filterBar->setFindShortcut(m_findAction->shortcut());
    connect(m_filterBar, &AlertFilterBar::minimumSeverityChanged, this, [this](Severity minimum) {
        m_proxy->setMinimumSeverity(minimum);
        updateStatus();
    });
    connect(m_filterBar, &AlertFilterBar::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateStatus();
    });

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("alertsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(8, 6, 8, 6);
    m_banner->setAutoFillBackground(true);
    QPalette warning = m_banner->palette();
    QColor wash = AlertPresentation::severityColor(Severity::High);
    wash.setAlpha(50);
    warning.setColor(QPalette::Window, wash);
    m_banner->setPalette(warning);

    m_view = new AlertTableView(this);
    m_view->setModel(m_proxy);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AlertsPage::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, &AlertsPage::jumpToLog);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlertsPage::updateActions);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
}

void AlertsPage::retranslate()
{
    m_acknowledgeAction->setText(tr("&Acknowledge"));
    //: %1 is the keyboard shortcut
    m_acknowledgeAction->setToolTip(
        tr("Mark the selected alerts as dealt with (%1)").arg(shortcutText(m_acknowledgeAction)));
    m_jumpToLogAction->setText(tr("Jump to &log"));
    //: %1 is the keyboard shortcut
    m_jumpToLogAction->setToolTip(tr("Show the security log entries of this alert's address (%1)")
                                      .arg(shortcutText(m_jumpToLogAction)));
    m_jumpToUserAction->setText(tr("Jump to &user"));
    //: %1 is the keyboard shortcut
    m_jumpToUserAction->setToolTip(
        tr("Show the account this alert is about (%1)").arg(shortcutText(m_jumpToUserAction)));
    m_jumpToIpAction->setText(tr("Jump to &IP"));
    //: %1 is the keyboard shortcut
    m_jumpToIpAction->setToolTip(
        tr("Show this alert's address among the blocked addresses (%1)").arg(shortcutText(m_jumpToIpAction)));
    updatePauseAction();
    m_copyAction->setText(tr("&Copy"));
    m_copyAction->setToolTip(tr("Copy the selected alerts as text"));
    m_findAction->setText(tr("&Find"));
    m_findAction->setToolTip(tr("Filter the alerts by text"));

    m_model->refreshTexts();
    // A late December evening: the widest date and time of most locales.
    m_view->adjustColumns(
        m_model->formatTime(QDateTime(QDate(2026, 12, 28), QTime(22, 58, 58)).toMSecsSinceEpoch()));
    updateStatus();
    updateBanner();
    Q_EMIT titleChanged();
}

void AlertsPage::onStarted()
{
    m_held.clear();
    m_model->clear();
    loadHistory();
}

void AlertsPage::loadHistory()
{
    const qint64 upTo = m_connection.liveFromSeq();
    const QStringList channels = m_connection.channels();
    const int generation = ++m_historyGeneration;
    m_historyLoading = true;
    m_historyError.clear();
    updateStatus();
    whenFinished(session().executor().run([&hub = session().hub(), actor = session().actor(), upTo,
                                           channels]() -> Result<QList<Alert>> {
        if (auto allowed = hub.permissions().authorize(actor, Permission{kAlerts, Permission::kRead},
                                                       QStringLiteral("alerts:history"));
            !allowed)
            return allowed.error();
        auto stored = hub.alerts().since(qMax<qint64>(0, upTo - kHistoryScan), kHistoryScan);
        if (!stored)
            return stored.error();
        const QSet<QString> readable(channels.begin(), channels.end());
        QList<Alert> visible;
        for (const Alert& alert : *stored) {
            if (alert.seq <= upTo && readable.contains(alert.channel))
                visible.append(alert);
        }
        if (visible.size() > kHistoryLimit)
            visible.remove(0, visible.size() - kHistoryLimit);
        return visible;
    }),
                 this, [this, generation](const Result<QList<Alert>>& history) {
                     if (generation != m_historyGeneration)
                         return;
                     m_historyLoading = false;
                     if (history)
                         m_model->appendHistory(*history);
                     else
                         m_historyError = history.errorMessage();
                     updateBanner();
                     updateStatus();
                 });
}

void AlertsPage::onAlerts(const QList<Alert>& batch)
{
    if (m_pauseAction->isChecked()) {
        m_held.append(batch);
        // Only what the model could show is worth holding.
        if (m_held.size() > m_model->capacity())
            m_held.remove(0, m_held.size() - m_model->capacity());
        updateStatus();
        return;
    }
    m_model->appendBatch(batch);
}

void AlertsPage::setPaused(bool paused)
{
    updatePauseAction();
    if (!paused && !m_held.isEmpty())
        m_model->appendBatch(std::exchange(m_held, {}));
    updateStatus();
}

void AlertsPage::updatePauseAction()
{
    const QString shortcut = shortcutText(m_pauseAction);
    if (m_pauseAction->isChecked()) {
        m_pauseAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        m_pauseAction->setText(tr("&Resume"));
        //: %1 is the keyboard shortcut
        m_pauseAction->setToolTip(
            tr("Add the alerts held back while paused and follow the feed again (%1)").arg(shortcut));
    } else {
        m_pauseAction->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
        m_pauseAction->setText(tr("&Pause"));
        //: %1 is the keyboard shortcut
        m_pauseAction->setToolTip(
            tr("Hold new alerts back while you read; they are added when you resume (%1)").arg(shortcut));
    }
}

QList<int> AlertsPage::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

int AlertsPage::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void AlertsPage::updateActions()
{
    const QString ownChannel = QStringLiteral("user:%1").arg(session().claims().userId);
    const bool mayUpdate = session().can(kAlerts, Permission::kUpdate);
    bool anyOpen = false;
    bool allowed = true;
    for (int row : selectedSourceRows()) {
        const Alert& alert = m_model->alertAt(row);
        if (!alert.ackedBy.isEmpty())
            continue;
        anyOpen = true;
        allowed = allowed && (mayUpdate || alert.channel == ownChannel);
    }
    m_acknowledgeAction->setEnabled(anyOpen && allowed && !m_acknowledging);

    const int row = currentSourceRow();
    const Alert* alert = row >= 0 ? &m_model->alertAt(row) : nullptr;
    m_jumpToLogAction->setEnabled(alert && (!alert->ip.isEmpty() || alert->logId) &&
                                  session().can(QStringLiteral("security_log"), Permission::kRead));
    m_jumpToUserAction->setEnabled(alert && !alert->username.isEmpty() &&
                                   session().can(QStringLiteral("users"), Permission::kRead));
    m_jumpToIpAction->setEnabled(alert && !alert->ip.isEmpty() &&
                                 session().can(QStringLiteral("blocked_ips"), Permission::kRead));
    m_copyAction->setEnabled(m_view->selectionModel()->hasSelection());
}

void AlertsPage::updateBanner()
{
    QString text;
    switch (m_connection.state()) {
    case AlertClient::State::Connected:
        break;
    case AlertClient::State::Connecting:
    case AlertClient::State::Authenticating:
        text = tr("Connecting to the alert server…");
        break;
    case AlertClient::State::Reconnecting:
        text = tr("The connection to the alert server was lost; reconnecting. Missed alerts will be shown "
                  "when it is back.");
        break;
    case AlertClient::State::Refused:
        text =
            tr("The alert server refused this session. New alerts appear again once the session is renewed.");
        break;
    case AlertClient::State::Disconnected:
        if (session().isSignedIn())
            text = tr("Live alerts are off: not connected to an alert server.");
        break;
    }
    if (!m_historyError.isEmpty()) {
        //: %1 is the reason the alert store gave
        const QString history = tr("The recent alerts could not be loaded: %1").arg(m_historyError);
        text = text.isEmpty() ? history
                              : tr("%1\n%2", "connection state, then the last error").arg(text, history);
    }
    if (!m_lastError.isEmpty())
        text = text.isEmpty() ? m_lastError
                              : tr("%1\n%2", "connection state, then the last error").arg(text, m_lastError);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void AlertsPage::updateStatus()
{
    QString text;
    if (m_historyLoading) {
        text = tr("Loading recent alerts…");
    } else if (m_proxy->rowCount() == m_model->rowCount()) {
        text = tr("%Ln alert(s)", nullptr, m_model->rowCount());
    } else {
        //: %1 is how many alerts the filters let through, %Ln how many there are
        text = tr("Showing %1 of %Ln alert(s)", nullptr, m_model->rowCount())
                   .arg(QLocale().toString(m_proxy->rowCount()));
    }
    if (m_pauseAction->isChecked())
        text = tr("Paused, %Ln new alert(s) held", nullptr, static_cast<int>(m_held.size()));
    m_filterBar->setStatus(text);
}

void AlertsPage::updateTitle()
{
    Q_EMIT titleChanged();
}

void AlertsPage::acknowledgeSelected()
{
    if (!m_acknowledgeAction->isEnabled())
        return;
    QList<AlertAcknowledgement::Item> items;
    for (int row : selectedSourceRows()) {
        const Alert& alert = m_model->alertAt(row);
        if (alert.ackedBy.isEmpty())
            items.append({alert.seq, alert.channel, alert.type});
    }
    if (items.isEmpty())
        return;
    m_acknowledging = true;
    m_view->setCursor(Qt::BusyCursor);
    updateActions();
    whenFinished(session().executor().run([&hub = session().hub(), actor = session().actor(), items]() {
        return AlertAcknowledgement::run(hub, actor, items);
    }),
                 this, [this](const Result<AlertAcknowledgement::Outcome>& outcome) {
                     m_acknowledging = false;
                     m_view->unsetCursor();
                     QString failure;
                     if (outcome) {
                         for (qint64 seq : outcome->acknowledged)
                             m_model->markAcknowledged(seq, outcome->by, outcome->atMs);
                         failure = outcome->failure;
                     } else {
                         failure = outcome.errorMessage();
                     }
                     updateActions();
                     if (failure.isEmpty())
                         return;
                     auto* box = new QMessageBox(QMessageBox::Warning, tr("Acknowledge alerts"),
                                                 tr("Not every alert could be acknowledged: %1").arg(failure),
                                                 QMessageBox::Ok, this);
                     box->setObjectName(QStringLiteral("errorDialog"));
                     box->setAttribute(Qt::WA_DeleteOnClose);
                     box->open();
                 });
}

void AlertsPage::jumpToLog()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_jumpToLogAction->isEnabled())
        return;
    const Alert& alert = m_model->alertAt(row);
    // The address finds every attempt behind the alert, not only the entry
    // that tipped it over.
    if (!alert.ip.isEmpty())
        session().requestNavigation(QStringLiteral("log"), {{QStringLiteral("ip"), alert.ip}});
    else
        session().requestNavigation(QStringLiteral("log"), {{QStringLiteral("logId"), *alert.logId}});
}

void AlertsPage::jumpToUser()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_jumpToUserAction->isEnabled())
        return;
    session().requestNavigation(QStringLiteral("users"),
                                {{QStringLiteral("user"), m_model->alertAt(row).username}});
}

void AlertsPage::jumpToIp()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_jumpToIpAction->isEnabled())
        return;
    session().requestNavigation(QStringLiteral("blocked-ips"),
                                {{QStringLiteral("ip"), m_model->alertAt(row).ip}});
}

void AlertsPage::copySelected()
{
    // The isolates that keep addresses and names in place on screen would
    // travel into a shell or a ticket and break what is pasted there.
    static const QRegularExpression kIsolates(QStringLiteral("[\\x{2066}-\\x{2069}]"));
    QStringList lines;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        QStringList cells;
        for (int column = 0; column < AlertListModel::ColumnCount; ++column)
            cells.append(m_proxy->index(index.row(), column).data().toString().remove(kIsolates));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void AlertsPage::showContextMenu(const QPoint& position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_acknowledgeAction);
    menu.addSeparator();
    menu.addAction(m_jumpToLogAction);
    menu.addAction(m_jumpToUserAction);
    menu.addAction(m_jumpToIpAction);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace nova::ui
