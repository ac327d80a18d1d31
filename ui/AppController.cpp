#include "AppController.h"

#include "Bidi.h"
#include "MainWindow.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "alerts/AlertBus.h"
#include "alerts/AlertTrayNotifier.h"
#include "alerts/AlertsPage.h"
#include "alerts/LiveAlertConnection.h"
#include "auth/SessionTokenService.h"
#include "blocklist/BlockedIpsPage.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoAlertGenerator.h"
#include "demo/DemoSeeder.h"
#include "i18n/LanguageSwitcher.h"
#include "lock/IdleWatcher.h"
#include "lock/LockScreen.h"
#include "roles/RolesPage.h"
#include "securitylog/SecurityLogPage.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"
#include "setup/SetupWizard.h"
#include "signin/SignInDialog.h"
#include "twofactor/TotpEnrollDialog.h"
#include "users/UserService.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTimer>

namespace nova::ui {

namespace {
constexpr int kExitBadSettings = 2;
constexpr int kExitStartFailure = 3;
// Long enough for every page's first off-thread load on a demo database.
constexpr int kScreenshotDelayMs = 2500;
} // namespace

AppController::AppController(LaunchOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    // Closing the main window quits; dialogs between sessions (sign-in after
    // sign-out) must not.
    QApplication::setQuitOnLastWindowClosed(false);
    // Before any window: the sign-in dialog already speaks the user's language.
    m_language = new LanguageSwitcher(this);
    LanguageSwitcher::ensureArabicFont();
    const AppSettings settings = AppSettings::load();
    applyLanguage(m_options.language.isEmpty() ? settings.language : m_options.language, settings.digits);
}

void AppController::applyLanguage(const QString& setting, DigitStyle digits)
{
    if (Status applied = m_language->apply(setting, digits); !applied)
        QMessageBox::warning(m_window.get(), tr("Language"), applied.errorMessage());
}

AppController::~AppController()
{
    closeMainWindow();
    m_session.reset();
}

void AppController::closeMainWindow()
{
    if (m_demoAlerts)
        m_demoAlerts->stop();
    if (m_alerts)
        m_alerts->stop();
    // Pages' continuations are bound to the pages: let their workers finish
    // before the pages go (Qt 6.4 asserts on a continuation whose context died).
    if (m_hub)
        m_hub->executor().waitForDone();
    m_window.reset();
    m_alerts.reset();
    m_tray = nullptr;
    m_idle = nullptr;
    m_lockScreen = nullptr;
}

bool AppController::start()
{
    if (Status opened = openServices(); !opened) {
        fail(opened.errorMessage(), m_exitCode ? m_exitCode : kExitStartFailure);
        return false;
    }
    m_session = std::make_unique<UiSession>(*m_hub);
    connect(m_session.get(), &UiSession::signedOut, this, [this] {
        // Signed out by the session itself (account disabled meanwhile).
        if (m_window)
            QTimer::singleShot(0, this, &AppController::signOut);
    });
    if (m_options.demo) {
        startDemo();
        return true;
    }
    if (!signInInteractively()) {
        m_exitCode = 0;
        return false;
    }
    showMainWindow();
    return true;
}

Status AppController::openServices()
{
    ServiceConfig config;
    if (m_options.demo) {
        m_demoFolder = std::make_unique<QTemporaryDir>();
        if (!m_demoFolder->isValid())
            return Error{QStringLiteral("demo.folder"),
                         tr("Could not create a folder for the demo database.")};
        config.database = m_demoFolder->filePath(QStringLiteral("demo.sqlite"));
        config.secrets = QStringLiteral("file:") + m_demoFolder->filePath(QStringLiteral("secrets"));
        config.smsOutbox = m_demoFolder->filePath(QStringLiteral("sms-outbox.jsonl"));
        // A throw-away database: cheap hashing keeps seeding quick.
        config.passwordHashing = PasswordHashParams{1, 8 * 1024, 1};
    } else {
        const AppSettings settings = AppSettings::load();
        config.database = m_options.database.isEmpty() ? settings.databaseUrl : m_options.database;
    }
    auto hub = ServiceHub::open(config);
    if (!hub)
        return hub.error();
    m_hub = std::move(hub.value());
    // Alerts from other processes on the same database (nova-ctl, a daemon).
    (void)m_hub->alerts().startWatching();
    return {};
}

bool AppController::signInInteractively()
{
    if (SetupWizard::isNeeded(*m_hub)) {
        SetupWizard wizard(*m_hub);
        if (wizard.exec() != QDialog::Accepted || !wizard.createdUser())
            return false;
        // The wizard has just checked the password and the first TOTP code.
        const User& admin = *wizard.createdUser();
        auto issued = m_hub->tokens().issue(admin.id, admin.username, admin.role);
        if (!issued) {
            fail(issued.errorMessage(), kExitStartFailure);
            return false;
        }
        m_session->begin(issued.value());
        return true;
    }
    SignInDialog dialog(*m_hub);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_session->begin(dialog.issuedToken());
    return true;
}

void AppController::startDemo()
{
    auto* progress = new QProgressDialog(
        tr("Preparing the demo: users, blocked addresses and a security log…"), QString(), 0, 100);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowTitle(tr("Nova Admin demo"));
    progress->setMinimumDuration(0);
    progress->setCancelButton(nullptr);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->show();
    QPointer<QProgressDialog> guard(progress);
    whenFinished(m_hub->executor().run([hub = m_hub.get(), guard] {
        return DemoSeeder(*hub).seed([guard](int done, int total) {
            QMetaObject::invokeMethod(
                guard,
                [guard, done, total] {
                    if (guard)
                        guard->setValue(done * 100 / total);
                },
                Qt::QueuedConnection);
        });
    }),
                 this, [this, guard](Status seeded) {
                     if (guard)
                         guard->close();
                     if (!seeded) {
                         fail(seeded.errorMessage(), kExitStartFailure);
                         QApplication::exit(m_exitCode);
                         return;
                     }
                     auto admin = m_hub->users().byName(DemoSeeder::adminUsername());
                     auto issued = admin ? m_hub->tokens().issue(admin->id, admin->username, admin->role)
                                         : Result<IssuedToken>(admin.error());
                     if (!issued) {
                         fail(issued.errorMessage(), kExitStartFailure);
                         QApplication::exit(m_exitCode);
                         return;
                     }
                     m_session->begin(issued.value());
                     showMainWindow();
                     m_demoAlerts = new DemoAlertGenerator(*m_hub, this);
                     m_demoAlerts->start();
                 });
}

void AppController::showMainWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session);
    if (m_options.demo) {
        m_window->setDemoCredentials(DemoSeeder::adminUsername(), DemoSeeder::password());
    }
    buildPages();

    m_lockScreen = new LockScreen(*m_session);
    m_window->setLockScreen(m_lockScreen);
    connect(m_lockScreen, &LockScreen::unlocked, this, [this] {
        m_window->setLocked(false);
        m_idle->reset();
    });
    // Queued: signing out destroys the widget that asked.
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &AppController::signOut, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::ownTwoFactorRequested, this, &AppController::enrollOwnTwoFactor);
    connect(m_window.get(), &MainWindow::closed, this, [] { QApplication::quit(); });

    const AppSettings settings = AppSettings::load();
    m_idle = new IdleWatcher(m_window.get());
    m_idle->setTimeoutMs(m_options.screenshotPath.isEmpty() ? settings.lockTimeoutMinutes * 60 * 1000 : 0);
    connect(m_idle, &IdleWatcher::idle, this, &AppController::lock);

    if (Status started = m_alerts->start(QUrl(settings.alertServerUrl)); !started) {
        QMessageBox::warning(m_window.get(), tr("Live alerts"),
                             tr("The live alert connection could not start: %1").arg(started.errorMessage()));
    }
    m_tray = new AlertTrayNotifier(*m_session, *m_alerts, m_window.get(), m_window.get());

    if (!m_options.page.isEmpty() && !m_window->showPage(m_options.page)) {
        QMessageBox::warning(m_window.get(), tr("Nova Admin"),
                             tr("There is no page \"%1\" you may open.").arg(leftToRight(m_options.page)));
    }
    if (!m_options.screenshotPath.isEmpty()) {
        m_window->resize(m_options.screenshotSize);
        scheduleScreenshot();
    }
    m_window->show();
}

void AppController::buildPages()
{
    m_alerts = std::make_unique<LiveAlertConnection>(*m_session);
    // First: the page a user with security_log:read lands on after signing in.
    m_window->addPage(new DashboardPage(*m_session, *m_alerts));
    auto* users = new UsersPage(*m_session);
    connect(users, &UsersPage::twoFactorEnrollmentRequested, this, &AppController::enrollTwoFactor);
    m_window->addPage(users);
    m_window->addPage(new RolesPage(*m_session));
    m_window->addPage(new SecurityLogPage(*m_session));
    m_window->addPage(new BlockedIpsPage(*m_session));
    m_window->addPage(new AlertsPage(*m_session, *m_alerts));
    auto* settings = new SettingsPage(*m_session);
    connect(settings, &SettingsPage::appSettingsChanged, this, [this](const AppSettings& changed) {
        if (m_idle && m_options.screenshotPath.isEmpty())
            m_idle->setTimeoutMs(changed.lockTimeoutMinutes * 60 * 1000);
        applyLanguage(changed.language, changed.digits);
    });
    // Queued: the page that asked is destroyed with the window.
    connect(settings, &SettingsPage::restartRequested, this, &AppController::restart, Qt::QueuedConnection);
    m_window->addPage(settings);
    connect(m_alerts.get(), &LiveAlertConnection::stateChanged, m_window.get(), &MainWindow::setAlertState);
    m_window->setAlertState(m_alerts->state());
}

void AppController::lock()
{
    if (!m_window || m_window->isLocked())
        return;
    m_lockScreen->lock();
    m_window->setLocked(true);
}

void AppController::signOut()
{
    // The window first: the session's signedOut must find no window left
    // to sign out of.
    closeMainWindow();
    if (m_session->isSignedIn())
        m_session->end();
    if (m_options.demo) {
        QApplication::quit();
        return;
    }
    if (!signInInteractively()) {
        QApplication::quit();
        return;
    }
    showMainWindow();
}

void AppController::restart()
{
    // Every page, cache and connection of this process still holds the data
    // from before the restore; a new process starts from the restored file.
    closeMainWindow();
    if (m_session->isSignedIn())
        m_session->end();
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    QApplication::quit();
}

void AppController::enrollOwnTwoFactor()
{
    enrollTwoFactor(m_session->claims().userId, m_session->claims().username);
}

void AppController::enrollTwoFactor(qint64 userId, const QString& username)
{
    TotpEnrollDialog dialog(*m_session, userId, username, m_window.get());
    dialog.exec();
}

void AppController::scheduleScreenshot()
{
    QTimer::singleShot(kScreenshotDelayMs, this, [this] {
        const QString path = m_options.screenshotPath;
        if (!m_window->grab().save(path, "PNG")) {
            fail(tr("Could not write the screenshot to %1.").arg(leftToRight(path)), kExitBadSettings);
            QApplication::exit(m_exitCode);
            return;
        }
        QApplication::quit();
    });
}

void AppController::fail(const QString& message, int exitCode)
{
    m_exitCode = exitCode;
    if (m_options.screenshotPath.isEmpty())
        QMessageBox::critical(nullptr, tr("Nova Admin"), message);
    qWarning("nova-admin: %s", qPrintable(message));
}

} // namespace nova::ui
