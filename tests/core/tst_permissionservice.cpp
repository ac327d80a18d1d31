#include "Bidi.h"
#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"
#include "rbac/AdminAudit.h"
#include "rbac/DefaultRoles.h"
#include "rbac/PermissionService.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogRow.h"
#include "users/UserRepository.h"

#include <QJsonDocument>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

Permission perm(const char* feature, const char* action)
{
    return Permission{QString::fromLatin1(feature), QString::fromLatin1(action)};
}

const AccessContext kContext{QStringLiteral("203.0.113.9"), QStringLiteral("NovaTest/1.0"),
                             QStringLiteral("/api/finance")};

} // namespace

class TestPermissionService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void allowedChecksAreNotLogged();
    void refusalIsLoggedWithContext();
    void unknownUserIsRefused();
    void unknownNamesAreRefused_data();
    void unknownNamesAreRefused();
    void manageImpliesTheOtherActions();
    void wildcardCoversEveryFeature();
    void disabledAndLockedUsersAreRefused();
    void userGrantsCountUntilTheyExpire();
    void customRoleAndUnknownRole();
    void ownership();
    void effectivePermissions();
    void authorizeForActors();
    void refusalMessagesInBothLanguages();

private:
    qint64 addUser(const QString& name, const QString& role, UserStatus status = UserStatus::Active);
    QList<SecurityLogEntry> logEntries() const;

    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<AlertBus> m_alerts;
    std::unique_ptr<AdminAudit> m_audit;
    std::unique_ptr<RoleService> m_roles;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<PermissionService> m_permissions;
};

void TestPermissionService::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_log = std::make_unique<SecurityLog>(m_db->db(), m_clock);
    m_alerts = std::make_unique<AlertBus>(m_db->db(), m_clock);
    m_audit = std::make_unique<AdminAudit>(*m_log, *m_alerts);
    m_roles = std::make_unique<RoleService>(m_db->db(), *m_audit, m_clock);
    m_users = std::make_unique<UserRepository>(m_db->db(), m_clock);
    m_permissions = std::make_unique<PermissionService>(m_db->db(), *m_log, m_clock);
}

void TestPermissionService::cleanup()
{
    m_permissions.reset();
    m_users.reset();
    m_roles.reset();
    m_audit.reset();
    m_alerts.reset();
    m_log.reset();
    m_db.reset();
}

qint64 TestPermissionService::addUser(const QString& name, const QString& role, UserStatus status)
{
    auto id = m_users->insert(UserRecord{name, {}, {}, {}, role, status, QStringLiteral("x")});
    if (!id) {
        qWarning("%s", qPrintable(id.errorMessage()));
        return 0;
    }
    return *id;
}

QList<SecurityLogEntry> TestPermissionService::logEntries() const
{
    QList<SecurityLogEntry> entries;
    auto q = m_db->db().exec(QStringLiteral("SELECT ") + SecurityLogRow::columns() +
                             QStringLiteral(" FROM security_log ORDER BY id"));
    while (q && q->next())
        entries.append(SecurityLogRow::entryFromRow(*q));
    return entries;
}

void TestPermissionService::allowedChecksAreNotLogged()
{
    const qint64 broker = addUser(QStringLiteral("basma"), DefaultRoles::kBroker);
    const AccessDecision decision = m_permissions->check(broker, perm("crm", "read"), kContext);
    QVERIFY(decision.allowed);
    QCOMPARE(decision.reason, QStringLiteral("granted"));
    QVERIFY(logEntries().isEmpty());
}

void TestPermissionService::refusalIsLoggedWithContext()
{
    const qint64 broker = addUser(QStringLiteral("basma"), DefaultRoles::kBroker);
    const AccessDecision decision = m_permissions->check(broker, perm("finance", "delete"), kContext);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.reason, QStringLiteral("not_granted"));
    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 1);
    const SecurityEvent& e = entries.at(0).event;
    QCOMPARE(e.event, EventType::UnauthorizedAccess);
    QCOMPARE(e.success, false);
    QCOMPARE(e.userId, std::optional<qint64>(broker));
    QCOMPARE(e.username, QStringLiteral("basma"));
    QCOMPARE(e.ip, kContext.ip);
    QCOMPARE(e.userAgent, kContext.userAgent);
    QCOMPARE(e.metadata.value(QStringLiteral("feature")).toString(), QStringLiteral("finance"));
    QCOMPARE(e.metadata.value(QStringLiteral("action")).toString(), QStringLiteral("delete"));
    QCOMPARE(e.metadata.value(QStringLiteral("reason")).toString(), QStringLiteral("not_granted"));
    QCOMPARE(e.metadata.value(QStringLiteral("endpoint")).toString(), kContext.endpoint);
}

void TestPermissionService::unknownUserIsRefused()
{
    const AccessDecision decision = m_permissions->check(4242, perm("crm", "read"), kContext);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.reason, QStringLiteral("unknown_user"));
    QCOMPARE(logEntries().size(), 1);
    QCOMPARE(logEntries().at(0).event.metadata.value(QStringLiteral("reason")).toString(),
             QStringLiteral("unknown_user"));
}

void TestPermissionService::unknownNamesAreRefused_data()
{
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    QTest::newRow("feature") << QStringLiteral("payroll") << QStringLiteral("read")
                             << QStringLiteral("unknown_feature");
    QTest::newRow("empty feature") << QString() << QStringLiteral("read")
                                   << QStringLiteral("unknown_feature");
    QTest::newRow("action") << QStringLiteral("crm") << QStringLiteral("approve")
                            << QStringLiteral("unknown_action");
    QTest::newRow("upper-case action")
        << QStringLiteral("crm") << QStringLiteral("READ") << QStringLiteral("unknown_action");
    QTest::newRow("sql in name") << QStringLiteral("crm' OR '1'='1") << QStringLiteral("read")
                                 << QStringLiteral("unknown_feature");
}

void TestPermissionService::unknownNamesAreRefused()
{
    QFETCH(QString, feature);
    QFETCH(QString, action);
    QFETCH(QString, reason);
    // Even the admin, who holds *:manage, gets no answer for names that do not exist.
    const qint64 admin = addUser(QStringLiteral("amal"), DefaultRoles::kAdmin);
    const AccessDecision decision = m_permissions->check(admin, Permission{feature, action}, kContext);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.reason, reason);
    QCOMPARE(logEntries().size(), 1);
}

void TestPermissionService::manageImpliesTheOtherActions()
{
    const qint64 manager = addUser(QStringLiteral("majid"), DefaultRoles::kManager);
    for (const char* action : {"create", "read", "update", "delete", "manage"})
        QVERIFY2(m_permissions->check(manager, perm("team", action), kContext).allowed, action);
    QVERIFY(!m_permissions->check(manager, perm("crm", "update"), kContext).allowed);
    QVERIFY(!m_permissions->check(manager, perm("reports", "manage"), kContext).allowed);
}

void TestPermissionService::wildcardCoversEveryFeature()
{
    const qint64 admin = addUser(QStringLiteral("amal"), DefaultRoles::kAdmin);
    for (const QString& feature : Permission::knownFeatures()) {
        for (const QString& action : Permission::knownActions())
            QVERIFY(m_permissions->check(admin, Permission{feature, action}, kContext).allowed);
    }
    QVERIFY(logEntries().isEmpty());
}

void TestPermissionService::disabledAndLockedUsersAreRefused()
{
    const qint64 disabled = addUser(QStringLiteral("dana"), DefaultRoles::kAdmin, UserStatus::Disabled);
    AccessDecision decision = m_permissions->check(disabled, perm("crm", "read"), kContext);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.reason, QStringLiteral("user_disabled"));

    const qint64 locked = addUser(QStringLiteral("lina"), DefaultRoles::kBroker);
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_users->recordFailedLogin(locked, 3, 15 * 60 * 1000).ok());
    decision = m_permissions->check(locked, perm("crm", "read"), kContext);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.reason, QStringLiteral("user_locked"));
    // The lock releases itself.
    m_clock.advanceSecs(15 * 60);
    QVERIFY(m_permissions->check(locked, perm("crm", "read"), kContext).allowed);
    QCOMPARE(logEntries().size(), 2);
}

void TestPermissionService::userGrantsCountUntilTheyExpire()
{
    const qint64 broker = addUser(QStringLiteral("basma"), DefaultRoles::kBroker);
    const Actor admin = Actor::localOperator(QStringLiteral("root"));
    QVERIFY(!m_permissions->check(broker, perm("finance", "delete"), kContext).allowed);
    auto grant =
        m_roles->grantUser(broker, perm("finance", "delete"), m_clock.nowMSecs() + 3600 * 1000, admin);
    QVERIFY2(grant.ok(), qPrintable(grant.errorMessage()));
    QVERIFY(m_permissions->check(broker, perm("finance", "delete"), kContext).allowed);
    // A personal grant does not widen to other actions.
    QVERIFY(!m_permissions->check(broker, perm("finance", "manage"), kContext).allowed);
    m_clock.advanceSecs(3600);
    QVERIFY(!m_permissions->check(broker, perm("finance", "delete"), kContext).allowed);

    auto forever = m_roles->grantUser(broker, perm("users", "manage"), std::nullopt, admin);
    QVERIFY(forever.ok());
    QVERIFY(m_permissions->check(broker, perm("users", "delete"), kContext).allowed);
    QVERIFY(m_roles->revokeUserGrant(forever->id, admin).ok());
    QVERIFY(!m_permissions->check(broker, perm("users", "delete"), kContext).allowed);
}

void TestPermissionService::customRoleAndUnknownRole()
{
    const Actor admin = Actor::localOperator(QStringLiteral("root"));
    QVERIFY(m_roles->createRole(QStringLiteral("auditor"), QStringLiteral("Reads the log"), admin).ok());
    QVERIFY(m_roles->grant(QStringLiteral("auditor"), perm("security_log", "read"), admin).ok());
    const qint64 auditor = addUser(QStringLiteral("aziz"), QStringLiteral("auditor"));
    QVERIFY(m_permissions->check(auditor, perm("security_log", "read"), kContext).allowed);
    QVERIFY(!m_permissions->check(auditor, perm("security_log", "delete"), kContext).allowed);

    // A role name that exists nowhere (e.g. edited in SQL) grants nothing.
    const qint64 ghost = addUser(QStringLiteral("ghost"), QStringLiteral("superuser"));
    const AccessDecision decision = m_permissions->check(ghost, perm("crm", "read"), kContext);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.reason, QStringLiteral("unknown_role"));
}

void TestPermissionService::ownership()
{
    const Actor root = Actor::localOperator(QStringLiteral("root"));
    const qint64 broker = addUser(QStringLiteral("basma"), DefaultRoles::kBroker);
    const qint64 other = addUser(QStringLiteral("bilal"), DefaultRoles::kBroker);
    const qint64 admin = addUser(QStringLiteral("amal"), DefaultRoles::kAdmin);
    QVERIFY(m_roles->setOwner(QStringLiteral("customer"), QStringLiteral("42"), broker, root).ok());
    QVERIFY(m_roles->setOwner(QStringLiteral("appointment"), QStringLiteral("a-7"), other, root).ok());
    const int logged = int(logEntries().size());

    AccessDecision decision =
        m_permissions->checkOwnership(broker, QStringLiteral("customer"), QStringLiteral("42"), kContext);
    QVERIFY(decision.allowed);
    QCOMPARE(decision.reason, QStringLiteral("owner"));
    QVERIFY(
        !m_permissions->checkOwnership(other, QStringLiteral("customer"), QStringLiteral("42"), kContext));
    // Same id, different type: not the same resource.
    decision = m_permissions->checkOwnership(broker, QStringLiteral("sale"), QStringLiteral("42"), kContext);
    QCOMPARE(decision.reason, QStringLiteral("not_owner"));
    QVERIFY(
        m_permissions->checkOwnership(admin, QStringLiteral("appointment"), QStringLiteral("a-7"), kContext));
    QVERIFY(m_permissions->checkOwnership(admin, QStringLiteral("property"), QStringLiteral("nobody's"),
                                          kContext));
    decision = m_permissions->checkOwnership(admin, QStringLiteral("invoice"), QStringLiteral("1"), kContext);
    QCOMPARE(decision.reason, QStringLiteral("unknown_resource_type"));

    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), logged + 3);
    const SecurityEvent& refusal = entries.at(logged).event;
    QCOMPARE(refusal.event, EventType::UnauthorizedAccess);
    QCOMPARE(refusal.userId, std::optional<qint64>(other));
    QCOMPARE(refusal.metadata.value(QStringLiteral("resource_type")).toString(), QStringLiteral("customer"));
    QCOMPARE(refusal.metadata.value(QStringLiteral("resource_id")).toString(), QStringLiteral("42"));
    QCOMPARE(refusal.metadata.value(QStringLiteral("reason")).toString(), QStringLiteral("not_owner"));
    QCOMPARE(refusal.ip, kContext.ip);
}

void TestPermissionService::effectivePermissions()
{
    const qint64 manager = addUser(QStringLiteral("majid"), DefaultRoles::kManager);
    QVERIFY(
        m_roles->grantUser(manager, perm("calendar", "read"), std::nullopt, Actor::localOperator({})).ok());
    auto effective = m_permissions->effectivePermissions(manager);
    QVERIFY(effective.ok());
    QList<Permission> expected;
    for (const Role& role : DefaultRoles::all()) {
        if (role.name == DefaultRoles::kManager)
            expected = role.grants;
    }
    expected.append(perm("calendar", "read"));
    QCOMPARE(effective->size(), expected.size());
    for (const Permission& p : std::as_const(expected))
        QVERIFY2(effective->contains(p), qPrintable(p.toString()));

    const qint64 disabled = addUser(QStringLiteral("dana"), DefaultRoles::kManager, UserStatus::Disabled);
    effective = m_permissions->effectivePermissions(disabled);
    QVERIFY(effective.ok());
    QVERIFY(effective->isEmpty());
    QCOMPARE(m_permissions->effectivePermissions(999999).error().code, QStringLiteral("user.not_found"));
}

void TestPermissionService::authorizeForActors()
{
    QVERIFY(m_permissions
                ->authorize(Actor::localOperator(QStringLiteral("root")), perm("users", "delete"),
                            QStringLiteral("nova-ctl user delete"))
                .ok());
    Actor broker;
    broker.userId = addUser(QStringLiteral("basma"), DefaultRoles::kBroker);
    broker.username = QStringLiteral("basma");
    broker.ip = QStringLiteral("198.51.100.4");
    const Status denied =
        m_permissions->authorize(broker, perm("users", "delete"), QStringLiteral("users page"));
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, QStringLiteral("rbac.denied"));
    QVERIFY(!denied.errorMessage().isEmpty());
    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).event.ip, broker.ip);
    QCOMPARE(entries.at(0).event.metadata.value(QStringLiteral("endpoint")).toString(),
             QStringLiteral("users page"));
    QVERIFY(m_permissions->authorize(broker, perm("crm", "read"), QStringLiteral("customers")).ok());
}

void TestPermissionService::refusalMessagesInBothLanguages()
{
    const qint64 broker = addUser(QStringLiteral("basma"), DefaultRoles::kBroker);
    AccessDecision decision = m_permissions->check(broker, perm("finance", "delete"), kContext);
    QCOMPARE(decision.messageAr, QStringLiteral("ليس لديك صلاحية delete في finance"));
    QCOMPARE(decision.messageEn, QStringLiteral("You do not have permission to delete in finance."));
    // No translator installed: the English text, with the codes isolated for an Arabic screen.
    QCOMPARE(decision.message,
             QStringLiteral("You do not have permission to %1 in %2.")
                 .arg(leftToRight(QStringLiteral("delete")), leftToRight(QStringLiteral("finance"))));
    decision = m_permissions->checkOwnership(broker, QStringLiteral("sale"), QStringLiteral("9"), kContext);
    QCOMPARE(decision.messageAr, QStringLiteral("ليس لديك صلاحية الوصول لهذا المورد"));
}

QTEST_GUILESS_MAIN(TestPermissionService)
#include "tst_permissionservice.moc"
