#include "UiSession.h"

#include "ServiceHub.h"
#include "auth/SessionTokenService.h"
#include "auth/SignInService.h"
#include "rbac/PermissionService.h"

#include <QCoreApplication>
#include <QTimer>

namespace nova::ui {

namespace {
// Renew this long before the token expires, so a slow database never lets
// the alert connection see an expired token.
constexpr qint64 kRenewMarginMs = 60 * 1000;
} // namespace

UiSession::UiSession(ServiceHub& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_renewTimer(new QTimer(this))
{
    m_renewTimer->setSingleShot(true);
    connect(m_renewTimer, &QTimer::timeout, this, &UiSession::renewToken);
}

UiSession::~UiSession() = default;

ServiceExecutor& UiSession::executor()
{
    return m_hub.executor();
}

Actor UiSession::actor() const
{
    QMutexLocker lock(&m_mutex);
    Actor actor;
    if (!m_token.isEmpty())
        actor.userId = m_claims.userId;
    actor.username = m_claims.username;
    actor.ip = QStringLiteral("127.0.0.1");
    actor.userAgent = QStringLiteral("nova-admin/") + QCoreApplication::applicationVersion();
    return actor;
}

AccessContext UiSession::accessContext(const QString& endpoint) const
{
    AccessContext context;
    context.ip = QStringLiteral("127.0.0.1");
    context.userAgent = QStringLiteral("nova-admin/") + QCoreApplication::applicationVersion();
    context.endpoint = endpoint;
    return context;
}

bool UiSession::can(const QString& feature, const QString& action) const
{
    const Permission wanted{feature, action};
    for (const Permission& held : m_permissions) {
        if (held.covers(wanted))
            return true;
    }
    return false;
}

Status UiSession::authorize(const Permission& permission, const QString& endpoint) const
{
    const Actor who = actor();
    if (!who.userId)
        return Error{QStringLiteral("session.none"), tr("Sign in first.")};
    return m_hub.permissions().authorize(who, permission, endpoint);
}

void UiSession::begin(const IssuedToken& issued)
{
    {
        QMutexLocker lock(&m_mutex);
        m_claims = issued.claims;
        m_token = issued.token;
    }
    refreshPermissions();
    scheduleRenewal();
    Q_EMIT signedIn();
}

void UiSession::end()
{
    if (!isSignedIn())
        return;
    m_renewTimer->stop();
    // Revoking is one quick row; doing it here keeps a closed session closed
    // even when the program exits right after.
    (void)m_hub.signIn().signOut(m_token, accessContext(QStringLiteral("desktop/sign-out")));
    {
        QMutexLocker lock(&m_mutex);
        m_token.clear();
        m_claims = {};
    }
    m_permissions.clear();
    Q_EMIT permissionsChanged();
    Q_EMIT signedOut();
}

void UiSession::refreshPermissions()
{
    if (!isSignedIn())
        return;
    auto permissions = m_hub.permissions().effectivePermissions(m_claims.userId);
    m_permissions = permissions ? permissions.value() : QList<Permission>{};
    Q_EMIT permissionsChanged();
}

void UiSession::requestNavigation(const QString& pageId, const QVariantMap& args)
{
    Q_EMIT navigationRequested(pageId, args);
}

void UiSession::renewToken()
{
    if (!isSignedIn())
        return;
    // validateSession also answers "is this account still allowed in?": a
    // disabled or deleted user gets no new token and is signed out.
    auto current = m_hub.signIn().validateSession(m_token);
    if (!current) {
        end();
        return;
    }
    auto issued = m_hub.tokens().issue(current->userId, current->username, current->role);
    if (!issued) {
        // Try again shortly; the old token is still good for the margin.
        m_renewTimer->start(5000);
        return;
    }
    (void)m_hub.tokens().revoke(m_token);
    const bool roleChanged = m_claims.role != issued->claims.role;
    {
        QMutexLocker lock(&m_mutex);
        m_token = issued->token;
        m_claims = issued->claims;
    }
    if (roleChanged)
        refreshPermissions();
    scheduleRenewal();
    Q_EMIT tokenRenewed(m_token);
}

void UiSession::scheduleRenewal()
{
    const qint64 remaining = m_claims.expiresAtMs - m_hub.clock().nowMSecs() - kRenewMarginMs;
    m_renewTimer->start(static_cast<int>(std::clamp<qint64>(remaining, 1000, 24LL * 3600 * 1000)));
}

} // namespace nova::ui
