#include "rbac/Permission.h"

#include <QTest>

using namespace nova;

class TestPermission : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void covers_data();
    void covers();
    void knownNames_data();
    void knownNames();
    void toStringJoinsWithColon();
};

void TestPermission::covers_data()
{
    QTest::addColumn<QString>("grant");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("expected");
    const auto row = [](const char* grant, const char* requested, bool expected) {
        QTest::addRow("%s covers %s", grant, requested)
            << QString::fromLatin1(grant) << QString::fromLatin1(requested) << expected;
    };
    row("crm:read", "crm:read", true);
    row("crm:read", "crm:update", false);
    row("crm:read", "finance:read", false);
    row("crm:manage", "crm:create", true);
    row("crm:manage", "crm:read", true);
    row("crm:manage", "crm:update", true);
    row("crm:manage", "crm:delete", true);
    row("crm:manage", "crm:manage", true);
    row("crm:manage", "finance:read", false);
    row("crm:delete", "crm:manage", false);
    row("*:manage", "settings:delete", true);
    row("*:manage", "*:manage", true);
    row("*:read", "reports:read", true);
    row("*:read", "reports:create", false);
    row("crm:read", "*:read", false);
    // Unknown names never match, not even through * or manage.
    row("*:manage", "crmx:read", false);
    row("*:manage", "crm:approve", false);
    row("crmx:read", "crmx:read", false);
    row("crm:READ", "crm:READ", false);
}

void TestPermission::covers()
{
    QFETCH(QString, grant);
    QFETCH(QString, requested);
    QFETCH(bool, expected);
    const auto parse = [](const QString& text) {
        const QStringList parts = text.split(QLatin1Char(':'));
        return Permission{parts.at(0), parts.at(1)};
    };
    QCOMPARE(parse(grant).covers(parse(requested)), expected);
}

void TestPermission::knownNames_data()
{
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("valid");
    QTest::newRow("crm read") << QStringLiteral("crm") << QStringLiteral("read") << true;
    QTest::newRow("team manage") << QStringLiteral("team") << QStringLiteral("manage") << true;
    QTest::newRow("admin feature") << QStringLiteral("security_log") << QStringLiteral("read") << true;
    QTest::newRow("wildcard") << QStringLiteral("*") << QStringLiteral("manage") << true;
    QTest::newRow("empty feature") << QString() << QStringLiteral("read") << false;
    QTest::newRow("empty action") << QStringLiteral("crm") << QString() << false;
    QTest::newRow("unknown feature") << QStringLiteral("payroll") << QStringLiteral("read") << false;
    QTest::newRow("unknown action") << QStringLiteral("crm") << QStringLiteral("approve") << false;
    QTest::newRow("case matters") << QStringLiteral("CRM") << QStringLiteral("read") << false;
    QTest::newRow("arabic") << QStringLiteral("العملاء") << QStringLiteral("read") << false;
}

void TestPermission::knownNames()
{
    QFETCH(QString, feature);
    QFETCH(QString, action);
    QFETCH(bool, valid);
    QCOMPARE((Permission{feature, action}.isValid()), valid);
}

void TestPermission::toStringJoinsWithColon()
{
    QCOMPARE((Permission{QStringLiteral("crm"), QStringLiteral("read")}.toString()),
             QStringLiteral("crm:read"));
    QCOMPARE(Permission::knownFeatures().size(),
             Permission::crmFeatures().size() + Permission::adminFeatures().size());
}

QTEST_GUILESS_MAIN(TestPermission)
#include "tst_permission.moc"
