#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"
#include "rbac/AdminAudit.h"
#include "rbac/DefaultRoles.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogRow.h"
#include "users/UserRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

Permission perm(const char* feature, const char* action)
{
    return Permission{QString::fromLatin1(feature), QString::fromLatin1(action)};
}

const Permission kAdminGrant{QStringLiteral("*"), QStringLiteral("manage")};

} // namespace

class TestRoleService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void seedsDefaultsOnFirstUse();
    void ensureDefaultsIsIdempotentAndKeepsEdits();
    void createGrantRevoke();
    void everyChangeIsLoggedAndAnnounced();
    void invalidInput_data();
    void invalidInput();
    void adminCannotBeLockedOut();
    void setGrantsReplacesInOneTransaction();
    void deleteRole();
    void userGrants();
    void ownership();

private:
    QList<SecurityLogEntry> logEntries() const;
    qint64 addUser(const QString& name, const QString& role);

    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<AlertBus> m_alerts;
    std::unique_ptr<AdminAudit> m_audit;
    std::unique_ptr<RoleService> m_roles;
    Actor m_actor;
};

void TestRoleService::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_log = std::make_unique<SecurityLog>(m_db->db(), m_clock);
    m_alerts = std::make_unique<AlertBus>(m_db->db(), m_clock);
    m_audit = std::make_unique<AdminAudit>(*m_log, *m_alerts);
    m_roles = std::make_unique<RoleService>(m_db->db(), *m_audit, m_clock);
    m_actor = Actor{};
    m_actor.userId = 7;
    m_actor.username = QStringLiteral("amal");
    m_actor.ip = QStringLiteral("192.0.2.10");
    m_actor.userAgent = QStringLiteral("NovaAdmin/0.1");
}

void TestRoleService::cleanup()
{
    m_roles.reset();
    m_audit.reset();
    m_alerts.reset();
    m_log.reset();
    m_db.reset();
}

QList<SecurityLogEntry> TestRoleService::logEntries() const
{
    QList<SecurityLogEntry> entries;
    auto q = m_db->db().exec(QStringLiteral("SELECT ") + SecurityLogRow::columns() +
                             QStringLiteral(" FROM security_log ORDER BY id"));
    while (q && q->next())
        entries.append(SecurityLogRow::entryFromRow(*q));
    return entries;
}

qint64 TestRoleService::addUser(const QString& name, const QString& role)
{
    UserRepository users(m_db->db(), m_clock);
    auto id = users.insert(UserRecord{name, {}, {}, {}, role, UserStatus::Active, QStringLiteral("x")});
    return id ? *id : 0;
}

void TestRoleService::seedsDefaultsOnFirstUse()
{
    auto roles = m_roles->roles();
    QVERIFY2(roles.ok(), qPrintable(roles.errorMessage()));
    QCOMPARE(roles->size(), DefaultRoles::all().size());
    for (qsizetype i = 0; i < roles->size(); ++i) {
        const Role& stored = roles->at(i);
        const Role& expected = DefaultRoles::all().at(i);
        QCOMPARE(stored.name, expected.name);
        QVERIFY(stored.builtin);
        QCOMPARE(stored.grants.size(), expected.grants.size());
        for (const Permission& p : expected.grants)
            QVERIFY(stored.grants.contains(p));
    }
    // Seeding is not an administrative action.
    QVERIFY(logEntries().isEmpty());
}

void TestRoleService::ensureDefaultsIsIdempotentAndKeepsEdits()
{
    QVERIFY(m_roles->ensureDefaults().ok());
    QVERIFY(m_roles->revoke(DefaultRoles::kBroker, perm("crm", "delete"), m_actor).ok());
    QVERIFY(m_db->db().exec(QStringLiteral("DELETE FROM role_grants WHERE role = 'admin'")).ok());
    RoleService again(m_db->db(), *m_audit, m_clock);
    QVERIFY(again.ensureDefaults().ok());
    QVERIFY(again.ensureDefaults().ok());
    auto broker = again.role(DefaultRoles::kBroker);
    QVERIFY(broker.ok());
    QVERIFY(!broker->grants.contains(perm("crm", "delete")));
    QCOMPARE(broker->grants.size(), 18);
    auto admin = again.role(DefaultRoles::kAdmin);
    QVERIFY(admin.ok());
    QCOMPARE(admin->grants, QList<Permission>{kAdminGrant});
    auto count = m_db->db().exec(QStringLiteral("SELECT COUNT(*) FROM roles"));
    QVERIFY(count.ok() && count->next());
    QCOMPARE(count->value(0).toInt(), 4);
}

void TestRoleService::createGrantRevoke()
{
    QVERIFY(m_roles->createRole(QStringLiteral("auditor"), QStringLiteral("Reads the log"), m_actor).ok());
    QVERIFY(m_roles->grant(QStringLiteral("auditor"), perm("security_log", "read"), m_actor).ok());
    QVERIFY(m_roles->grant(QStringLiteral("auditor"), perm("reports", "read"), m_actor).ok());
    QVERIFY(m_roles->grant(QStringLiteral("auditor"), perm("reports", "read"), m_actor).ok()); // no-op
    auto role = m_roles->role(QStringLiteral("auditor"));
    QVERIFY(role.ok());
    QVERIFY(!role->builtin);
    QCOMPARE(role->description, QStringLiteral("Reads the log"));
    QCOMPARE(role->grants, (QList<Permission>{perm("reports", "read"), perm("security_log", "read")}));
    QVERIFY(m_roles->revoke(QStringLiteral("auditor"), perm("reports", "read"), m_actor).ok());
    role = m_roles->role(QStringLiteral("auditor"));
    QCOMPARE(role->grants, QList<Permission>{perm("security_log", "read")});
    auto roles = m_roles->roles();
    QCOMPARE(roles->size(), 5);
    QCOMPARE(roles->last().name, QStringLiteral("auditor"));
    QCOMPARE(m_roles->role(QStringLiteral("nobody")).error().code, QStringLiteral("role.not_found"));
    QCOMPARE(m_roles->grant(QStringLiteral("nobody"), perm("crm", "read"), m_actor).error().code,
             QStringLiteral("role.not_found"));
}

void TestRoleService::everyChangeIsLoggedAndAnnounced()
{
    QVERIFY(m_roles->createRole(QStringLiteral("auditor"), {}, m_actor).ok());
    QVERIFY(m_roles->grant(QStringLiteral("auditor"), perm("alerts", "read"), m_actor).ok());
    QVERIFY(m_roles->grant(QStringLiteral("auditor"), perm("alerts", "read"), m_actor).ok()); // unchanged
    QVERIFY(m_roles->revoke(QStringLiteral("auditor"), perm("alerts", "read"), m_actor).ok());
    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 3);
    QStringList operations;
    for (const SecurityLogEntry& entry : entries) {
        QCOMPARE(entry.event.event, EventType::ModifyPermissions);
        QVERIFY(entry.event.success);
        QCOMPARE(entry.event.userId, m_actor.userId);
        QCOMPARE(entry.event.ip, m_actor.ip);
        QCOMPARE(entry.event.userAgent, m_actor.userAgent);
        operations.append(entry.event.metadata.value(QStringLiteral("operation")).toString());
    }
    QCOMPARE(operations,
             (QStringList{QStringLiteral("create_role"), QStringLiteral("grant"), QStringLiteral("revoke")}));
    QCOMPARE(entries.at(1).event.metadata.value(QStringLiteral("permission")).toString(),
             QStringLiteral("alerts:read"));
    // modify_permissions is sensitive: one alert per committed change.
    auto alerts = m_alerts->since(0);
    QVERIFY(alerts.ok());
    QCOMPARE(alerts->size(), 3);
    for (const Alert& alert : *alerts) {
        QCOMPARE(alert.type, QStringLiteral("sensitive_action"));
        QVERIFY(alert.logId.has_value());
    }
}

void TestRoleService::invalidInput_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("code");
    const QString crm = QStringLiteral("crm");
    const QString read = QStringLiteral("read");
    const QString create = QStringLiteral("create");
    const QString grant = QStringLiteral("grant");
    QTest::newRow("upper-case name") << create << QStringLiteral("Auditor") << crm << read
                                     << QStringLiteral("role.invalid_name");
    QTest::newRow("one letter") << create << QStringLiteral("a") << crm << read
                                << QStringLiteral("role.invalid_name");
    QTest::newRow("spaces") << create << QStringLiteral("my role") << crm << read
                            << QStringLiteral("role.invalid_name");
    QTest::newRow("quote") << create << QStringLiteral("x';drop table roles;--") << crm << read
                           << QStringLiteral("role.invalid_name");
    QTest::newRow("existing builtin")
        << create << QStringLiteral("broker") << crm << read << QStringLiteral("role.exists");
    QTest::newRow("unknown feature") << grant << QStringLiteral("broker") << QStringLiteral("payroll") << read
                                     << QStringLiteral("rbac.unknown_feature");
    QTest::newRow("unknown action") << grant << QStringLiteral("broker") << crm << QStringLiteral("approve")
                                    << QStringLiteral("rbac.unknown_action");
    QTest::newRow("revoke unknown feature")
        << QStringLiteral("revoke") << QStringLiteral("broker") << QStringLiteral("*x") << read
        << QStringLiteral("rbac.unknown_feature");
}

void TestRoleService::invalidInput()
{
    QFETCH(QString, operation);
    QFETCH(QString, name);
    QFETCH(QString, feature);
    QFETCH(QString, action);
    QFETCH(QString, code);
    Status status;
    if (operation == QLatin1String("create"))
        status = m_roles->createRole(name, {}, m_actor);
    else if (operation == QLatin1String("grant"))
        status = m_roles->grant(name, Permission{feature, action}, m_actor);
    else
        status = m_roles->revoke(name, Permission{feature, action}, m_actor);
    QVERIFY(!status);
    QCOMPARE(status.error().code, code);
    QVERIFY(!status.errorMessage().isEmpty());
    auto roles = m_roles->roles();
    QCOMPARE(roles->size(), 4);
}

void TestRoleService::adminCannotBeLockedOut()
{
    Status status = m_roles->revoke(DefaultRoles::kAdmin, kAdminGrant, m_actor);
    QVERIFY(!status);
    QCOMPARE(status.error().code, QStringLiteral("rbac.lockout"));
    status = m_roles->setGrants(DefaultRoles::kAdmin, {perm("crm", "read")}, m_actor);
    QCOMPARE(status.error().code, QStringLiteral("rbac.lockout"));
    status = m_roles->setGrants(DefaultRoles::kAdmin, {}, m_actor);
    QCOMPARE(status.error().code, QStringLiteral("rbac.lockout"));
    auto admin = m_roles->role(DefaultRoles::kAdmin);
    QCOMPARE(admin->grants, QList<Permission>{kAdminGrant});

    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 3);
    for (const SecurityLogEntry& entry : entries) {
        QCOMPARE(entry.event.event, EventType::ModifyPermissions);
        QVERIFY(!entry.event.success);
        QCOMPARE(entry.event.metadata.value(QStringLiteral("refused")).toString(),
                 QStringLiteral("rbac.lockout"));
    }
    QCOMPARE(m_alerts->since(0)->size(), 0);

    // More than *:manage is allowed.
    QVERIFY(m_roles->setGrants(DefaultRoles::kAdmin, {kAdminGrant, perm("crm", "read")}, m_actor).ok());
}

void TestRoleService::setGrantsReplacesInOneTransaction()
{
    const QString broker = DefaultRoles::kBroker;
    const QList<Permission> before = m_roles->role(broker)->grants;
    // One invalid entry: nothing changes.
    Status status = m_roles->setGrants(broker, {perm("crm", "read"), perm("crm", "approve")}, m_actor);
    QCOMPARE(status.error().code, QStringLiteral("rbac.unknown_action"));
    QCOMPARE(m_roles->role(broker)->grants, before);

    QVERIFY(m_roles
                ->setGrants(broker, {perm("crm", "manage"), perm("reports", "read"), perm("crm", "manage")},
                            m_actor)
                .ok());
    QCOMPARE(m_roles->role(broker)->grants,
             (QList<Permission>{perm("crm", "manage"), perm("reports", "read")}));
    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 1);
    const QJsonObject metadata = entries.at(0).event.metadata;
    QCOMPARE(metadata.value(QStringLiteral("operation")).toString(), QStringLiteral("set_grants"));
    QCOMPARE(metadata.value(QStringLiteral("added")).toArray(), QJsonArray{QStringLiteral("crm:manage")});
    QCOMPARE(metadata.value(QStringLiteral("removed")).toArray().size(), before.size() - 1);
    // Saving the same set again changes and logs nothing.
    QVERIFY(m_roles->setGrants(broker, {perm("reports", "read"), perm("crm", "manage")}, m_actor).ok());
    QCOMPARE(logEntries().size(), 1);
}

void TestRoleService::deleteRole()
{
    Status status = m_roles->deleteRole(DefaultRoles::kManager, m_actor);
    QCOMPARE(status.error().code, QStringLiteral("role.builtin"));
    QVERIFY(m_roles->createRole(QStringLiteral("intern"), {}, m_actor).ok());
    QVERIFY(m_roles->grant(QStringLiteral("intern"), perm("calendar", "read"), m_actor).ok());
    const qint64 user = addUser(QStringLiteral("ines"), QStringLiteral("intern"));
    QVERIFY(user > 0);
    status = m_roles->deleteRole(QStringLiteral("intern"), m_actor);
    QCOMPARE(status.error().code, QStringLiteral("role.in_use"));
    QVERIFY(m_db->db().exec(QStringLiteral("UPDATE users SET role = 'broker' WHERE id = ?"), {user}).ok());
    QVERIFY(m_roles->deleteRole(QStringLiteral("intern"), m_actor).ok());
    QCOMPARE(m_roles->role(QStringLiteral("intern")).error().code, QStringLiteral("role.not_found"));
    auto grants = m_db->db().exec(QStringLiteral("SELECT COUNT(*) FROM role_grants WHERE role = 'intern'"));
    QVERIFY(grants.ok() && grants->next());
    QCOMPARE(grants->value(0).toInt(), 0);
    QCOMPARE(m_roles->deleteRole(QStringLiteral("intern"), m_actor).error().code,
             QStringLiteral("role.not_found"));

    int refusals = 0;
    for (const SecurityLogEntry& entry : logEntries()) {
        if (!entry.event.success)
            ++refusals;
    }
    QCOMPARE(refusals, 2);
}

void TestRoleService::userGrants()
{
    const qint64 user = addUser(QStringLiteral("basma"), DefaultRoles::kBroker);
    auto past = m_roles->grantUser(user, perm("finance", "delete"), m_clock.nowMSecs() - 1, m_actor);
    QCOMPARE(past.error().code, QStringLiteral("rbac.expiry_past"));
    QCOMPARE(m_roles->grantUser(user, perm("finance", "erase"), std::nullopt, m_actor).error().code,
             QStringLiteral("rbac.unknown_action"));
    QCOMPARE(m_roles->grantUser(999999, perm("finance", "read"), std::nullopt, m_actor).error().code,
             QStringLiteral("user.not_found"));

    const qint64 expiry = m_clock.nowMSecs() + 86'400'000;
    auto first = m_roles->grantUser(user, perm("finance", "delete"), expiry, m_actor);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    auto second = m_roles->grantUser(user, perm("users", "read"), std::nullopt, m_actor);
    QVERIFY(second.ok());
    auto grants = m_roles->userGrants(user);
    QVERIFY(grants.ok());
    QCOMPARE(grants->size(), 2);
    QCOMPARE(grants->at(0).id, first->id);
    QCOMPARE(grants->at(0).permission, perm("finance", "delete"));
    QCOMPARE(grants->at(0).expiresAtMs, std::optional<qint64>(expiry));
    QCOMPARE(grants->at(0).grantedBy, m_actor.userId);
    QCOMPARE(grants->at(1).expiresAtMs, std::optional<qint64>());

    QVERIFY(m_roles->revokeUserGrant(first->id, m_actor).ok());
    QCOMPARE(m_roles->revokeUserGrant(first->id, m_actor).error().code,
             QStringLiteral("rbac.grant_not_found"));
    QCOMPARE(m_roles->userGrants(user)->size(), 1);
    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).event.metadata.value(QStringLiteral("operation")).toString(),
             QStringLiteral("revoke_user_grant"));
    QCOMPARE(entries.at(2).event.metadata.value(QStringLiteral("permission")).toString(),
             QStringLiteral("finance:delete"));
}

void TestRoleService::ownership()
{
    const qint64 a = addUser(QStringLiteral("basma"), DefaultRoles::kBroker);
    const qint64 b = addUser(QStringLiteral("bilal"), DefaultRoles::kBroker);
    QCOMPARE(m_roles->setOwner(QStringLiteral("invoice"), QStringLiteral("1"), a, m_actor).error().code,
             QStringLiteral("rbac.unknown_resource_type"));
    QCOMPARE(m_roles->setOwner(QStringLiteral("sale"), QString(), a, m_actor).error().code,
             QStringLiteral("rbac.invalid_resource_id"));
    QCOMPARE(m_roles->setOwner(QStringLiteral("sale"), QStringLiteral("1"), 999999, m_actor).error().code,
             QStringLiteral("user.not_found"));
    QVERIFY(m_roles->setOwner(QStringLiteral("sale"), QStringLiteral("s-1"), a, m_actor).ok());
    QCOMPARE(*m_roles->owner(QStringLiteral("sale"), QStringLiteral("s-1")), std::optional<qint64>(a));
    QVERIFY(m_roles->setOwner(QStringLiteral("sale"), QStringLiteral("s-1"), b, m_actor).ok());
    QCOMPARE(*m_roles->owner(QStringLiteral("sale"), QStringLiteral("s-1")), std::optional<qint64>(b));
    QCOMPARE(*m_roles->owner(QStringLiteral("customer"), QStringLiteral("s-1")), std::optional<qint64>());
    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).event.metadata.value(QStringLiteral("previous_owner")).toInteger(), a);
}

QTEST_GUILESS_MAIN(TestRoleService)
#include "tst_roleservice.moc"
