#pragma once

#include "Result.h"
#include "auth/SessionClaims.h"
#include "rbac/AccessContext.h"
#include "rbac/Actor.h"
#include "rbac/Permission.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QVariantMap>

class QTimer;

namespace nova {
class ServiceHub;
class ServiceExecutor;
} // namespace nova

namespace nova::ui {

// The signed-in person as the desktop sees them: the service layer they act
// on, their session token (renewed before it expires), their effective
// permissions for enabling actions, and the Actor every service call is made
// as. Pages receive it through their constructor; nothing reaches for a
// global. Lives on the GUI thread; actor() and accessContext() return values
// that worker threads may keep.
class UiSession : public QObject {
    Q_OBJECT
public:
    explicit UiSession(ServiceHub& hub, QObject* parent = nullptr);
    ~UiSession() override;

    ServiceHub& hub() { return m_hub; }
    ServiceExecutor& executor();

    // GUI thread: isSignedIn(), claims(), token().
    bool isSignedIn() const { return !m_token.isEmpty(); }
    const SessionClaims& claims() const { return m_claims; }
    const QString& token() const { return m_token; }
    // The desktop acts from the local machine; the user agent names the program.
    Actor actor() const;
    AccessContext accessContext(const QString& endpoint) const;

    // Whether the signed-in user's permissions allow it (for enabling
    // actions; the service call itself is authorised again with authorize()).
    bool can(const QString& feature, const QString& action) const;
    const QList<Permission>& permissions() const { return m_permissions; }
    // PermissionService::authorize for this session's actor: a refusal is
    // written to the security log as unauthorized_access. Thread-safe.
    Status authorize(const Permission& permission, const QString& endpoint) const;

    // After a successful sign-in.
    void begin(const IssuedToken& issued);
    // Revokes the token and forgets the user.
    void end();
    // Reloads the permissions (after a role or grant change).
    void refreshPermissions();

    // Asks the main window to show a page, e.g. ("log", {{"ip", "203.0.113.9"}}).
    void requestNavigation(const QString& pageId, const QVariantMap& args = {});

Q_SIGNALS:
    void signedIn();
    void signedOut();
    void permissionsChanged();
    // A fresh token replaced the old one (the alert connection needs it).
    void tokenRenewed(const QString& token);
    void navigationRequested(const QString& pageId, const QVariantMap& args);

private:
    void renewToken();
    void scheduleRenewal();

    ServiceHub& m_hub;
    // Guards the claims for actor() and authorize() on worker threads; only
    // the GUI thread writes them.
    mutable QMutex m_mutex;
    SessionClaims m_claims;
    QString m_token;
    QList<Permission> m_permissions;
    QTimer* m_renewTimer = nullptr;
};

} // namespace nova::ui
