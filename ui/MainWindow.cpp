#include "MainWindow.h"

#include "Bidi.h"
#include "Page.h"
#include "UiSession.h"
#include "roles/PermissionText.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace nova::ui {

namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(UiSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));

    m_lockStack = new QStackedWidget(this);
    m_lockStack->setObjectName(QStringLiteral("lockStack"));
    auto* central = new QWidget(m_lockStack);
    m_content = central;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(210);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A sidebar is navigation, not content: the same window colour as the
    // frame around it, with the selected page highlighted.
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onSidebarRowChanged);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pages"));

    auto* separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    layout->addWidget(m_sidebar);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    m_lockStack->addWidget(central);
    setCentralWidget(m_lockStack);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_alertLabel = new QLabel(this);
    m_alertLabel->setObjectName(QStringLiteral("statusAlerts"));
    statusBar()->addWidget(m_userLabel, 1);
    statusBar()->addPermanentWidget(m_alertLabel);

    buildMenus();

    connect(&m_session, &UiSession::permissionsChanged, this, &MainWindow::updateAvailability);
    connect(&m_session, &UiSession::signedIn, this, &MainWindow::updateUserStatus);
    connect(&m_session, &UiSession::signedOut, this, &MainWindow::updateUserStatus);
    connect(&m_session, &UiSession::navigationRequested, this,
            [this](const QString& pageId, const QVariantMap& args) {
                if (showPage(pageId))
                    page(pageId)->navigate(args);
            });

    retranslate();
    resize(kDefaultSize);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lockRequested);
    m_lockAction->setObjectName(QStringLiteral("actionLock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_signOutAction->setObjectName(QStringLiteral("actionSignOut"));
    m_twoFactorAction = m_fileMenu->addAction(QString(), this, &MainWindow::ownTwoFactorRequested);
    m_twoFactorAction->setObjectName(QStringLiteral("actionOwnTwoFactor"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_goMenu = menuBar()->addMenu(QString());
}

void MainWindow::addPage(Page* page)
{
    page->setParent(m_stack);
    page->setObjectName(QStringLiteral("page_") + page->pageId());
    m_pages.append(page);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(kPageIdRole, page->pageId());
    item->setSizeHint(QSize(0, 34));
    connect(page, &Page::titleChanged, this, [this, page] {
        const int index = static_cast<int>(m_pages.indexOf(page));
        if (auto* row = m_sidebar->item(index))
            row->setText(page->title());
        retranslate();
    });
    updateAvailability();
}

Page* MainWindow::page(const QString& pageId) const
{
    for (Page* candidate : m_pages) {
        if (candidate->pageId() == pageId)
            return candidate;
    }
    return nullptr;
}

QString MainWindow::currentPageId() const
{
    auto* current = qobject_cast<Page*>(m_stack->currentWidget());
    return current ? current->pageId() : QString();
}

bool MainWindow::showPage(const QString& pageId)
{
    Page* target = page(pageId);
    if (!target || !target->isAvailable())
        return false;
    m_sidebar->setCurrentRow(static_cast<int>(m_pages.indexOf(target)));
    return true;
}

void MainWindow::setLockScreen(QWidget* lockScreen)
{
    m_lockScreen = lockScreen;
    m_lockStack->addWidget(lockScreen);
}

void MainWindow::setLocked(bool locked)
{
    if (!m_lockScreen)
        return;
    m_lockStack->setCurrentWidget(locked ? m_lockScreen : m_content);
    // Shortcuts must not reach pages hidden behind the lock.
    menuBar()->setEnabled(!locked);
    m_content->setEnabled(!locked);
}

bool MainWindow::isLocked() const
{
    return m_lockScreen && m_lockStack->currentWidget() == m_lockScreen;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT closed();
}

void MainWindow::onSidebarRowChanged(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    Page* target = m_pages.at(row);
    m_stack->setCurrentWidget(target);
    target->activated();
}

void MainWindow::updateAvailability()
{
    m_goMenu->clear();
    int shortcut = 1;
    Page* firstAvailable = nullptr;
    for (int row = 0; row < m_pages.size(); ++row) {
        Page* each = m_pages.at(row);
        const bool available = each->isAvailable();
        m_sidebar->item(row)->setHidden(!available);
        if (!available)
            continue;
        if (!firstAvailable)
            firstAvailable = each;
        QAction* go = m_goMenu->addAction(each->icon(), each->title());
        if (shortcut <= 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut++)));
        const QString id = each->pageId();
        connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
    }
    auto* current = qobject_cast<Page*>(m_stack->currentWidget());
    Page* shown = current && current->isAvailable() ? current : firstAvailable;
    // The stack opens on its first page by itself; selecting the page in the
    // sidebar activates it, so it reads its data without waiting for a click.
    if (shown && m_sidebar->currentRow() != m_pages.indexOf(shown))
        showPage(shown->pageId());
    updateUserStatus();
}

void MainWindow::updateUserStatus()
{
    if (!m_session.isSignedIn()) {
        m_userLabel->setText(tr("Not signed in"));
        return;
    }
    m_userLabel->setText(tr("Signed in as %1 · role %2")
                             .arg(isolated(m_session.claims().username),
                                  isolated(PermissionText::roleName(m_session.claims().role))));
}

void MainWindow::setAlertState(AlertClient::State state)
{
    m_alertState = state;
    QString text;
    QString colour;
    switch (state) {
    case AlertClient::State::Connected:
        text = tr("Live alerts: connected");
        colour = QStringLiteral("#2e7d32");
        break;
    case AlertClient::State::Connecting:
    case AlertClient::State::Authenticating:
        text = tr("Live alerts: connecting…");
        colour = QStringLiteral("#f9a825");
        break;
    case AlertClient::State::Reconnecting:
        text = tr("Live alerts: reconnecting…");
        colour = QStringLiteral("#f9a825");
        break;
    case AlertClient::State::Refused:
        text = tr("Live alerts: refused");
        colour = QStringLiteral("#c62828");
        break;
    case AlertClient::State::Disconnected:
        text = tr("Live alerts: disconnected");
        colour = QStringLiteral("#757575");
        break;
    }
    m_alertLabel->setText(
        QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2").arg(colour, text.toHtmlEscaped()));
    m_alertLabel->setToolTip(tr("State of the connection to the live alert endpoint"));
}

void MainWindow::setDemoCredentials(const QString& username, const QString& password)
{
    m_demoUsername = username;
    m_demoPassword = password;
    retranslate();
}

void MainWindow::retranslate()
{
    if (m_demoUsername.isEmpty())
        setWindowTitle(tr("Nova Admin"));
    else
        setWindowTitle(tr("Nova Admin — demo (user %1, password %2)")
                           .arg(leftToRight(m_demoUsername), leftToRight(m_demoPassword)));
    m_fileMenu->setTitle(tr("&Session"));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setToolTip(tr("Lock the window until you enter your password again"));
    m_signOutAction->setText(tr("Sign &out"));
    m_twoFactorAction->setText(tr("&Two-factor authentication…"));
    m_twoFactorAction->setToolTip(tr("Set up an authenticator app for your own account"));
    m_quitAction->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    for (int row = 0; row < m_pages.size(); ++row)
        m_sidebar->item(row)->setText(m_pages.at(row)->title());
    updateAvailability();
    setAlertState(m_alertState);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace nova::ui
