#pragma once

#include "auth/SessionClaims.h"
#include "users/User.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace nova::ui {

class SignInForm;
class UiSession;

// What the main window shows instead of its pages while the session is
// locked: "Locked — signed in as X", the password (and the second factor if
// the account has one, through the same SignInService flow as signing in,
// so a wrong password counts as a failed sign-in and is logged), an Unlock
// and a Sign out button.
//
// The owner must take the page contents off the screen, not merely cover
// them: put the lock screen and the main content in one QStackedWidget (or
// hide the central widget) so nothing secret stays painted, focusable or
// readable by accessibility tools. lock() prepares the screen; on success
// the session continues with the freshly issued token (the old one is
// revoked) and unlocked() is emitted; signOutRequested() leaves ending the
// session to the owner.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(UiSession& session, QWidget* parent = nullptr);

    // Clears what was typed, names the signed-in user and focuses the password.
    void lock();
    bool isLocked() const { return m_locked; }

Q_SIGNALS:
    void unlocked();
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void onSignedIn(const IssuedToken& token, const User& user);

    UiSession& m_session;
    SignInForm* m_form = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_signOut = nullptr;
    bool m_locked = false;
};

} // namespace nova::ui
