#pragma once

#include "Result.h"
#include "i18n/Translations.h"

#include <QObject>
#include <QSize>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace nova {
class ServiceHub;
}

namespace nova::ui {

class AlertTrayNotifier;
class DemoAlertGenerator;
class IdleWatcher;
class LiveAlertConnection;
class LanguageSwitcher;
class LockScreen;
class MainWindow;
class UiSession;

// What nova-admin was started with.
struct LaunchOptions {
    // A DatabaseUrl; empty: the one in the settings, else the embedded SQLite file.
    QString database;
    bool demo = false;
    // Render the main window to this PNG once the page has loaded, then quit.
    QString screenshotPath;
    QString page;
    // "en" or "ar" for this run only; empty: the one in the settings.
    QString language;
    QSize screenshotSize{1280, 800};
};

// The desktop's flow from start to quit: opens the service layer, runs the
// first-start wizard or the sign-in dialog, builds the main window with its
// pages for the signed-in user, and handles locking and signing out (which
// throws the window away, so nothing of one user's session survives into the
// next). The only class that knows every page.
class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(LaunchOptions options, QObject* parent = nullptr);
    ~AppController() override;

    // False when there is nothing to show; exitCode() says why.
    bool start();
    int exitCode() const { return m_exitCode; }

private:
    Status openServices();
    bool signInInteractively();
    void startDemo();
    void showMainWindow();
    void buildPages();
    void lock();
    void signOut();
    // After a restore: sign out, start the same program again, quit.
    void restart();
    void enrollOwnTwoFactor();
    void enrollTwoFactor(qint64 userId, const QString& username);
    void scheduleScreenshot();
    void fail(const QString& message, int exitCode);
    void closeMainWindow();
    void applyLanguage(const QString& setting, DigitStyle digits);

    LaunchOptions m_options;
    int m_exitCode = 0;
    LanguageSwitcher* m_language = nullptr;
    std::unique_ptr<QTemporaryDir> m_demoFolder;
    std::unique_ptr<ServiceHub> m_hub;
    std::unique_ptr<UiSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    // Outlives the window: its pages and the tray hold references to it.
    std::unique_ptr<LiveAlertConnection> m_alerts;
    AlertTrayNotifier* m_tray = nullptr;
    IdleWatcher* m_idle = nullptr;
    LockScreen* m_lockScreen = nullptr;
    DemoAlertGenerator* m_demoAlerts = nullptr;
};

} // namespace nova::ui
