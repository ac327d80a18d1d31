#pragma once

#include "alerts/AlertClient.h"

#include <QList>
#include <QMainWindow>
#include <QSize>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace nova::ui {

class Page;
class UiSession;

// The frame around the pages: a sidebar listing them, the page stack, a menu
// and a status bar with the signed-in user, their role and the state of the
// live-alert connection. It wires pages in and shows them; it does no work
// of its own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Every page's toolbar fits this size in English and in Arabic.
    static constexpr QSize kDefaultSize{1200, 760};

    explicit MainWindow(UiSession& session, QWidget* parent = nullptr);

    // Takes ownership.
    void addPage(Page* page);
    Page* page(const QString& pageId) const;
    QString currentPageId() const;
    // False when there is no such page or the user may not see it.
    bool showPage(const QString& pageId);
    // Shown instead of every page while the session is locked, so nothing
    // on a page stays readable. Takes ownership.
    void setLockScreen(QWidget* lockScreen);
    // A demo window says in its title how to unlock it.
    void setDemoCredentials(const QString& username, const QString& password);
    void setLocked(bool locked);
    bool isLocked() const;

public Q_SLOTS:
    void setAlertState(nova::AlertClient::State state);

Q_SIGNALS:
    void lockRequested();
    void signOutRequested();
    // "Set up two-factor authentication" for the signed-in user themself.
    void ownTwoFactorRequested();
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void retranslate();
    void updateAvailability();
    void updateUserStatus();
    void onSidebarRowChanged(int row);

    UiSession& m_session;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QStackedWidget* m_lockStack = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_lockScreen = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_alertLabel = nullptr;
    QList<Page*> m_pages;
    AlertClient::State m_alertState = AlertClient::State::Disconnected;
    QString m_demoUsername;
    QString m_demoPassword;
    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_twoFactorAction = nullptr;
    QAction* m_quitAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_goMenu = nullptr;
};

} // namespace nova::ui
