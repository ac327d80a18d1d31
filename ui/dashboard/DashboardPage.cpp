#include "DashboardPage.h"

#include "Bidi.h"
#include "DashboardLoader.h"
#include "RankedList.h"
#include "ServiceHub.h"
#include "SeverityChart.h"
#include "TimeSeriesChart.h"
#include "TwoFactorPanel.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "alerts/LiveAlertConnection.h"
#include "dashboard/DashboardQuery.h"
#include "securitylog/LogMessageBar.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

const QString kSecurityLog = QStringLiteral("security_log");
const QColor kSuccessColor(0x2e, 0x7d, 0x32);
const QColor kFailureColor(0xd0, 0x2b, 0x2b);
const QColor kBlockedColor(0xe6, 0x6a, 0x10);

struct RangeChoice {
    DashboardRange range;
    const char* id; // for navigate() and objectNames
};
constexpr RangeChoice kRanges[] = {{DashboardRange::Last24Hours, "24h"},
                                   {DashboardRange::Last7Days, "7d"},
                                   {DashboardRange::Last30Days, "30d"}};

// Three bars in the charts' own colours, which stay visible on the
// sidebar's selection highlight.
QIcon chartIcon()
{
    QIcon icon;
    for (const int size : {16, 20, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 20.0, size / 20.0);
        painter.setPen(QPen(QColor(0, 0, 0, 60), 0.8));
        painter.setBrush(kSuccessColor);
        painter.drawRoundedRect(QRectF(2, 9, 4.5, 9), 1, 1);
        painter.setBrush(kBlockedColor);
        painter.drawRoundedRect(QRectF(7.75, 3, 4.5, 15), 1, 1);
        painter.setBrush(kFailureColor);
        painter.drawRoundedRect(QRectF(13.5, 12, 4.5, 6), 1, 1);
        icon.addPixmap(pixmap);
    }
    return icon;
}

qint64 localUtcOffsetMs(qint64 nowMs)
{
    return qint64(QDateTime::fromMSecsSinceEpoch(nowMs).offsetFromUtc()) * 1000;
}

} // namespace

DashboardPage::DashboardPage(UiSession& session, LiveAlertConnection& alerts, QWidget* parent)
    : Page(session, parent)
    , m_alerts(alerts)
    , m_query(std::make_shared<DashboardQuery>(session.hub().database(), session.hub().clock()))
{
    m_liveTimer = new QTimer(this);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(kLiveRefreshDelayMs);
    connect(m_liveTimer, &QTimer::timeout, this, &DashboardPage::reload);

    m_message = new LogMessageBar(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    connect(m_message, &LogMessageBar::actionTriggered, this, [this] {
        m_message->dismiss();
        reload();
    });

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildSections());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(&m_alerts, &LiveAlertConnection::alertsReceived, this, &DashboardPage::onAlertsArrived);
    connect(&session, &UiSession::permissionsChanged, this, [this] {
        updateSections();
        if (isVisible())
            reload();
    });
    connect(&session, &UiSession::signedOut, this, [this] {
        m_liveTimer->stop();
        clearFigures();
    });

    retranslate();
    updateSections();
    clearFigures();
}

DashboardPage::~DashboardPage() = default;

QWidget* DashboardPage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rangeLabel = new QLabel(header);
    layout->addWidget(m_rangeLabel);
    m_rangeGroup = new QButtonGroup(header);
    m_rangeGroup->setExclusive(true);
    for (const RangeChoice& choice : kRanges) {
        auto* button = new QToolButton(header);
        button->setObjectName(QStringLiteral("range") + QLatin1String(choice.id));
        button->setCheckable(true);
        button->setChecked(choice.range == m_range);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        m_rangeGroup->addButton(button, static_cast<int>(choice.range));
        layout->addWidget(button);
    }
    m_rangeLabel->setBuddy(m_rangeGroup->buttons().constFirst());
    connect(m_rangeGroup, &QButtonGroup::idClicked, this,
            [this](int id) { setRange(static_cast<DashboardRange>(id)); });
    layout->addStretch(1);

    m_busy = new QProgressBar(header);
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(10);
    // Keeps its place while hidden, so the header does not jump at every load.
    QSizePolicy keep = m_busy->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keep);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    layout->addWidget(m_status);
    m_refresh = new QToolButton(header);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QToolButton::clicked, this, &DashboardPage::reload);
    layout->addWidget(m_refresh);
    return header;
}

QGroupBox* DashboardPage::section(const char* objectName, QWidget* content)
{
    auto* box = new QGroupBox;
    box->setObjectName(QLatin1String(objectName));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

QWidget* DashboardPage::buildSections()
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardSections"));

    m_signIns = new TimeSeriesChart;
    m_signIns->setObjectName(QStringLiteral("signInChart"));
    m_signIns->setStyle(TimeSeriesChart::Style::Lines);
    m_blocked = new TimeSeriesChart;
    m_blocked->setObjectName(QStringLiteral("blockedChart"));
    m_blocked->setStyle(TimeSeriesChart::Style::Bars);
    m_severity = new SeverityChart;
    m_severity->setObjectName(QStringLiteral("severityChart"));
    connect(m_severity, &SeverityChart::severityActivated, this, [this](Severity severity) {
        session().requestNavigation(QStringLiteral("alerts"),
                                    {{QStringLiteral("severity"), severityName(severity)}});
    });
    m_topIps = new RankedList(RankedList::Kind::Addresses);
    m_topIps->setObjectName(QStringLiteral("topIps"));
    connect(m_topIps, &RankedList::keyActivated, this, [this](const QString& ip) {
        session().requestNavigation(QStringLiteral("log"), {{QStringLiteral("ip"), ip}});
    });
    m_topAccounts = new RankedList(RankedList::Kind::UserNames);
    m_topAccounts->setObjectName(QStringLiteral("topAccounts"));
    connect(m_topAccounts, &RankedList::keyActivated, this, [this](const QString& username) {
        session().requestNavigation(QStringLiteral("log"), {{QStringLiteral("user"), username}});
    });
    m_twoFactor = new TwoFactorPanel;
    m_twoFactor->setObjectName(QStringLiteral("twoFactorPanel"));
    connect(m_twoFactor, &TwoFactorPanel::userActivated, this, [this](const QString& username) {
        session().requestNavigation(QStringLiteral("users"), {{QStringLiteral("user"), username}});
    });

    m_signInBox = section("signInSection", m_signIns);
    m_alertsBox = section("alertsSection", m_severity);
    m_blockedBox = section("blockedSection", m_blocked);
    m_ipsBox = section("topIpsSection", m_topIps);
    m_accountsBox = section("topAccountsSection", m_topAccounts);
    m_twoFactorBox = section("twoFactorSection", m_twoFactor);

    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    m_grid->addWidget(m_signInBox, 0, 0, 1, 2);
    m_grid->addWidget(m_alertsBox, 0, 2);
    m_grid->addWidget(m_blockedBox, 1, 0);
    m_grid->addWidget(m_ipsBox, 1, 1);
    m_grid->addWidget(m_accountsBox, 1, 2);
    m_grid->addWidget(m_twoFactorBox, 2, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        m_grid->setColumnStretch(column, 1);
    m_grid->setRowStretch(0, 3);
    m_grid->setRowStretch(1, 3);
    m_grid->setRowStretch(2, 2);
    return content;
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return chartIcon();
}

bool DashboardPage::isAvailable() const
{
    return session().can(kSecurityLog, Permission::kRead);
}

void DashboardPage::activated()
{
    reload();
}

void DashboardPage::navigate(const QVariantMap& args)
{
    const QString wanted = args.value(QStringLiteral("range")).toString();
    for (const RangeChoice& choice : kRanges)
        if (wanted == QLatin1String(choice.id))
            setRange(choice.range);
}

void DashboardPage::setRange(DashboardRange range)
{
    if (QAbstractButton* button = m_rangeGroup->button(static_cast<int>(range)))
        button->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    reload();
}

void DashboardPage::setLiveRefreshDelay(int ms)
{
    m_liveTimer->setInterval(ms);
}

// Whatever the user may not see is hidden and never asked for.
void DashboardPage::updateSections()
{
    const bool alerts = session().can(QStringLiteral("alerts"), Permission::kRead);
    m_alertsBox->setVisible(alerts);
    m_grid->removeWidget(m_signInBox);
    m_grid->addWidget(m_signInBox, 0, 0, 1, alerts ? 2 : 3);
    m_twoFactorBox->setVisible(session().can(QStringLiteral("users"), Permission::kRead));
}

void DashboardPage::reload()
{
    if (!session().isSignedIn() || !isAvailable())
        return;
    if (m_loading) {
        m_reloadWhenDone = true;
        return;
    }
    m_liveTimer->stop();
    m_stale = false;
    m_loading = true;
    m_reloadWhenDone = false;
    updateStatus();
    const DashboardRequest request{m_range, localUtcOffsetMs(session().hub().clock().nowMSecs()),
                                   !m_alertsBox->isHidden(), !m_twoFactorBox->isHidden()};
    const UiSession* who = &session();
    whenFinished(
        session().executor().run(
            [who, query = m_query, request] { return DashboardLoader::load(*who, *query, request); }),
        this, [this, range = m_range](const Result<DashboardSnapshot>& result) { onLoaded(range, result); });
}

void DashboardPage::onLoaded(DashboardRange range, const Result<DashboardSnapshot>& result)
{
    m_loading = false;
    // Another range was chosen meanwhile, or something asked to read again.
    if (m_reloadWhenDone || range != m_range) {
        reload();
        return;
    }
    if (!result) {
        m_error = result.errorMessage();
        //: %1 is the reason, a sentence from the service
        m_message->showMessage(LogMessageBar::Level::Error,
                               tr("The dashboard could not be read: %1").arg(m_error), tr("&Retry"));
    } else {
        m_error.clear();
        m_message->dismiss();
        m_updatedAtMs = session().hub().clock().nowMSecs();
        showSnapshot(*result);
    }
    updateStatus();
    Q_EMIT loaded();
}

void DashboardPage::showSnapshot(const DashboardSnapshot& snapshot)
{
    m_signIns->setData(snapshot.buckets, {snapshot.signIns.successes, snapshot.signIns.failures});
    m_blocked->setData(snapshot.buckets, {snapshot.blockedIps});
    m_topIps->setEntries(snapshot.topIps);
    m_topAccounts->setEntries(snapshot.topAccounts);
    m_severity->setCounts(snapshot.alerts.value_or(SeverityCounts{}));
    if (snapshot.adoption)
        m_twoFactor->setData(*snapshot.adoption, snapshot.withoutTwoFactor);
    else
        m_twoFactor->clear();
}

void DashboardPage::clearFigures()
{
    m_signIns->clearData();
    m_blocked->clearData();
    m_topIps->setEntries({});
    m_topAccounts->setEntries({});
    m_severity->setCounts({});
    m_twoFactor->clear();
    m_updatedAtMs = 0;
    updateStatus();
}

void DashboardPage::onAlertsArrived()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_liveTimer->isActive())
        m_liveTimer->start();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    // Later: when the sidebar shows the page, activated() follows at once
    // and reads already.
    QTimer::singleShot(0, this, [this] {
        if (m_stale && !m_loading)
            reload();
    });
}

void DashboardPage::updateStatus()
{
    m_busy->setVisible(m_loading);
    if (m_loading)
        m_status->setText(tr("Reading…"));
    else if (m_updatedAtMs > 0)
        //: %1 is a time of day
        m_status->setText(tr("Updated %1")
                              .arg(locale().toString(QDateTime::fromMSecsSinceEpoch(m_updatedAtMs).time(),
                                                     QLocale::ShortFormat)));
    else
        m_status->clear();
}

void DashboardPage::updateSeries()
{
    m_signIns->setSeries({{tr("Successful"), kSuccessColor}, {tr("Failed"), kFailureColor}});
    m_blocked->setSeries({{tr("Blocks"), kBlockedColor}});
}

void DashboardPage::retranslate()
{
    m_rangeLabel->setText(tr("&Period:"));
    m_rangeGroup->button(static_cast<int>(DashboardRange::Last24Hours))
        ->setText(tr("Last %Ln hours", nullptr, 24));
    m_rangeGroup->button(static_cast<int>(DashboardRange::Last7Days))
        ->setText(tr("Last %Ln days", nullptr, 7));
    m_rangeGroup->button(static_cast<int>(DashboardRange::Last30Days))
        ->setText(tr("Last %Ln days", nullptr, 30));
    m_refresh->setToolTip(tr("Read the figures again (%1)")
                              .arg(leftToRight(m_refresh->shortcut().toString(QKeySequence::NativeText))));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_busy->setAccessibleName(tr("Reading the figures"));

    m_signInBox->setTitle(tr("Sign-ins"));
    m_signIns->setAccessibleName(tr("Successful and failed sign-ins over time"));
    m_signIns->setEmptyText(tr("No sign-ins in this period"));
    m_alertsBox->setTitle(tr("Alerts by severity"));
    m_severity->setAccessibleName(tr("Alerts by severity"));
    m_blockedBox->setTitle(tr("Blocked addresses"));
    m_blocked->setAccessibleName(tr("Addresses blocked over time"));
    m_blocked->setEmptyText(tr("No address was blocked in this period"));
    m_ipsBox->setTitle(tr("Top offending IP addresses"));
    m_topIps->setAccessibleName(tr("Top offending IP addresses"));
    m_topIps->setToolTip(
        tr("Failed sign-ins, requests from blocked addresses, injection and XSS attempts and "
           "suspicious activity per address"));
    m_topIps->setEmptyText(tr("No offences in this period"));
    m_accountsBox->setTitle(tr("Most-targeted accounts"));
    m_topAccounts->setAccessibleName(tr("Most-targeted accounts"));
    m_topAccounts->setToolTip(tr("Failed sign-ins per user name, including names that match no account"));
    m_topAccounts->setEmptyText(tr("No failed sign-ins in this period"));
    m_twoFactorBox->setTitle(tr("Two-factor authentication"));
    updateSeries();
    updateStatus();
    if (!m_error.isEmpty())
        m_message->showMessage(LogMessageBar::Level::Error,
                               tr("The dashboard could not be read: %1").arg(m_error), tr("&Retry"));
}

} // namespace nova::ui
