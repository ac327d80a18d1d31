#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"
#include "rbac/AdminAudit.h"
#include "rbac/DefaultRoles.h"
#include "rbac/PermissionService.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityLog.h"
#include "users/UserRepository.h"

#include <QTest>

#include <optional>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

struct SpecGrant {
    const char* role;
    const char* feature;
    const char* action;
};

// The PERMISSIONS table of the specification's rbac.middleware.ts, row by
// row, plus Nova Admin's own `security` role.
const SpecGrant kSpecTable[] = {
    {"admin", "*", "manage"},

    {"broker", "crm", "create"},
    {"broker", "crm", "read"},
    {"broker", "crm", "update"},
    {"broker", "crm", "delete"},
    {"broker", "finance", "create"},
    {"broker", "finance", "read"},
    {"broker", "finance", "update"},
    {"broker", "owners", "create"},
    {"broker", "owners", "read"},
    {"broker", "owners", "update"},
    {"broker", "publishing", "create"},
    {"broker", "publishing", "read"},
    {"broker", "calendar", "create"},
    {"broker", "calendar", "read"},
    {"broker", "calendar", "update"},
    {"broker", "cards", "create"},
    {"broker", "cards", "read"},
    {"broker", "cards", "update"},
    {"broker", "reports", "read"},

    {"manager", "crm", "read"},
    {"manager", "finance", "read"},
    {"manager", "owners", "read"},
    {"manager", "reports", "read"},
    {"manager", "reports", "create"},
    {"manager", "team", "manage"},

    {"security", "security_log", "read"},
    {"security", "blocked_ips", "manage"},
    {"security", "alerts", "manage"},
};

const char* const kRoles[] = {"admin", "broker", "manager", "security"};

// The specification's hasAccess() for role grants, written out independently
// of Permission::covers().
bool specAllows(const QString& role, const QString& feature, const QString& action)
{
    if (role == QLatin1String("admin"))
        return true;
    for (const SpecGrant& grant : kSpecTable) {
        if (role != QLatin1String(grant.role))
            continue;
        const QString f = QLatin1String(grant.feature);
        const QString a = QLatin1String(grant.action);
        if (f == QLatin1String("*") && a == QLatin1String("manage"))
            return true;
        if ((f == feature || f == QLatin1String("*")) && (a == action || a == QLatin1String("manage")))
            return true;
    }
    return false;
}

QList<Permission> specGrants(const QString& role)
{
    QList<Permission> grants;
    for (const SpecGrant& grant : kSpecTable) {
        if (role == QLatin1String(grant.role))
            grants.append(Permission{QLatin1String(grant.feature), QLatin1String(grant.action)});
    }
    return grants;
}

const Role* builtin(const QString& name)
{
    for (const Role& role : DefaultRoles::all()) {
        if (role.name == name)
            return &role;
    }
    return nullptr;
}

bool sameSet(QList<Permission> a, QList<Permission> b)
{
    if (a.size() != b.size())
        return false;
    for (const Permission& p : std::as_const(a)) {
        if (!b.contains(p))
            return false;
    }
    return true;
}

} // namespace

class TestDefaultRoles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The table checks need no database; only the last test opens one per backend.
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void rolesAreExactlyTheTable();
    void grantsEqualTheTable_data();
    void grantsEqualTheTable();
    void matrix_data();
    void matrix();
    void seededDatabaseDecidesLikeTheTable();

private:
    ManualClock m_clock{1'700'000'000'000};
};

void TestDefaultRoles::rolesAreExactlyTheTable()
{
    QStringList names;
    for (const Role& role : DefaultRoles::all()) {
        names.append(role.name);
        QVERIFY(role.builtin);
        QVERIFY(DefaultRoles::isBuiltin(role.name));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("admin"), QStringLiteral("broker"), QStringLiteral("manager"),
                                 QStringLiteral("security")}));
    QVERIFY(!DefaultRoles::isBuiltin(QStringLiteral("Admin")));
    QVERIFY(!DefaultRoles::isBuiltin(QStringLiteral("auditor")));
}

void TestDefaultRoles::grantsEqualTheTable_data()
{
    QTest::addColumn<QString>("role");
    for (const char* role : kRoles)
        QTest::newRow(role) << QString::fromLatin1(role);
}

void TestDefaultRoles::grantsEqualTheTable()
{
    QFETCH(QString, role);
    const Role* defaults = builtin(role);
    QVERIFY(defaults);
    const QList<Permission> expected = specGrants(role);
    QCOMPARE(defaults->grants.size(), expected.size());
    for (const Permission& p : expected)
        QVERIFY2(defaults->grants.contains(p), qPrintable(p.toString()));
    for (const Permission& p : defaults->grants)
        QVERIFY2(expected.contains(p), qPrintable(p.toString()));
}

void TestDefaultRoles::matrix_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    for (const char* role : kRoles) {
        for (const QString& feature : Permission::knownFeatures()) {
            for (const QString& action : Permission::knownActions()) {
                const QString r = QString::fromLatin1(role);
                QTest::addRow("%s %s:%s", role, qPrintable(feature), qPrintable(action))
                    << r << feature << action << specAllows(r, feature, action);
            }
        }
    }
}

void TestDefaultRoles::matrix()
{
    QFETCH(QString, role);
    QFETCH(QString, feature);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    const Role* defaults = builtin(role);
    QVERIFY(defaults);
    const Permission requested{feature, action};
    const bool granted = std::any_of(defaults->grants.cbegin(), defaults->grants.cend(),
                                     [&](const Permission& p) { return p.covers(requested); });
    QCOMPARE(granted, allowed);
}

void TestDefaultRoles::seededDatabaseDecidesLikeTheTable()
{
    QFETCH_GLOBAL(QString, backend);
    const std::unique_ptr<TestDatabase> db = TestDatabase::create(backend);
    QVERIFY(db);
    SecurityLog log(db->db(), m_clock);
    AlertBus alerts(db->db(), m_clock);
    AdminAudit audit(log, alerts);
    RoleService roles(db->db(), audit, m_clock);
    QVERIFY(roles.ensureDefaults().ok());
    auto seeded = roles.roles();
    QVERIFY2(seeded.ok(), qPrintable(seeded.errorMessage()));
    QCOMPARE(seeded->size(), 4);
    for (const Role& role : *seeded)
        QVERIFY2(sameSet(role.grants, specGrants(role.name)), qPrintable(role.name));

    UserRepository users(db->db(), m_clock);
    PermissionService permissions(db->db(), log, m_clock);
    int checked = 0;
    for (const char* role : kRoles) {
        const QString r = QString::fromLatin1(role);
        auto id = users.insert(
            UserRecord{r + QStringLiteral(".user"), {}, {}, {}, r, UserStatus::Active, QStringLiteral("x")});
        QVERIFY(id.ok());
        for (const QString& feature : Permission::knownFeatures()) {
            for (const QString& action : Permission::knownActions()) {
                const AccessDecision decision = permissions.check(*id, Permission{feature, action}, {});
                QVERIFY2(decision.allowed == specAllows(r, feature, action),
                         qPrintable(QStringLiteral("%1 %2:%3").arg(r, feature, action)));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 4 * int(Permission::knownFeatures().size()) * int(Permission::knownActions().size()));
}

QTEST_GUILESS_MAIN(TestDefaultRoles)
#include "tst_defaultroles.moc"
