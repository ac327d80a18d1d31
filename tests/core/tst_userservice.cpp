#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"
#include "crypto/PasswordHasher.h"
#include "rbac/AdminAudit.h"
#include "rbac/DefaultRoles.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogRow.h"
#include "users/PasswordPolicy.h"
#include "users/UserService.h"

#include <QSignalSpy>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("Sunrise-Over-Dubai-42");

} // namespace

class TestUserService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void createStoresAndLogs();
    void createRefusesBadInput_data();
    void createRefusesBadInput();
    void duplicateUsernameIgnoresCase();
    void arabicUsername();
    void updateChangesOnlyGivenFields();
    void roleChangeIsAPermissionChange();
    void disableAndEnable();
    void nobodyDisablesOrDeletesThemselves();
    void lastAdminIsProtected();
    void removeIsSensitive();
    void resetPassword();
    void unlockAndLockout();
    void lockReleasesItself();
    void successfulLoginResetsFailures();
    void listFilters();
    void twoFactorFlagComesFromTotpSecrets();
    void replacePasswordHashForRehash();

private:
    Result<User> make(const QString& name, const QString& role);
    QList<SecurityLogEntry> logEntries() const;

    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
    PasswordHasher m_hasher{PasswordHashParams{1, 8 * 1024, 1}};
    PasswordPolicy m_policy;
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<AlertBus> m_alerts;
    std::unique_ptr<AdminAudit> m_audit;
    std::unique_ptr<UserService> m_users;
    Actor m_root = Actor::localOperator(QStringLiteral("root"));
};

void TestUserService::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_log = std::make_unique<SecurityLog>(m_db->db(), m_clock);
    m_alerts = std::make_unique<AlertBus>(m_db->db(), m_clock);
    m_audit = std::make_unique<AdminAudit>(*m_log, *m_alerts);
    m_users = std::make_unique<UserService>(m_db->db(), m_hasher, m_policy, *m_audit, m_clock);
}

void TestUserService::cleanup()
{
    m_users.reset();
    m_audit.reset();
    m_alerts.reset();
    m_log.reset();
    m_db.reset();
}

Result<User> TestUserService::make(const QString& name, const QString& role)
{
    NewUser user;
    user.username = name;
    user.password = kPassword;
    user.role = role;
    return m_users->create(user, m_root);
}

QList<SecurityLogEntry> TestUserService::logEntries() const
{
    QList<SecurityLogEntry> entries;
    auto q = m_db->db().exec(QStringLiteral("SELECT ") + SecurityLogRow::columns() +
                             QStringLiteral(" FROM security_log ORDER BY id"));
    while (q && q->next())
        entries.append(SecurityLogRow::entryFromRow(*q));
    return entries;
}

void TestUserService::createStoresAndLogs()
{
    QSignalSpy changed(m_users.get(), &UserService::usersChanged);
    NewUser input;
    input.username = QStringLiteral("  omar.k ");
    input.password = kPassword;
    input.email = QStringLiteral("omar@example.com");
    input.displayName = QStringLiteral("Omar Kassem");
    input.phone = QStringLiteral("+971 50 123 4567");
    input.role = DefaultRoles::kBroker;
    auto user = m_users->create(input, m_root);
    QVERIFY2(user.ok(), qPrintable(user.errorMessage()));
    QCOMPARE(user->username, QStringLiteral("omar.k"));
    QCOMPARE(user->email, input.email);
    QCOMPARE(user->displayName, input.displayName);
    QCOMPARE(user->phone, input.phone);
    QCOMPARE(user->role, DefaultRoles::kBroker);
    QCOMPARE(user->status, UserStatus::Active);
    QCOMPARE(user->createdAtMs, m_clock.nowMSecs());
    QVERIFY(!user->twoFactorEnabled);
    QVERIFY(!user->lastLoginAtMs);
    QCOMPARE(changed.size(), 1);

    auto hash = m_users->repository().passwordHash(user->id);
    QVERIFY(hash.ok());
    QVERIFY(PasswordHasher::isArgon2id(*hash));
    QVERIFY(m_hasher.verify(kPassword, *hash));

    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).event.event, EventType::CreateUser);
    QVERIFY(entries.at(0).event.success);
    QCOMPARE(entries.at(0).event.username, QStringLiteral("root"));
    QCOMPARE(entries.at(0).event.metadata.value(QStringLiteral("target")).toString(),
             QStringLiteral("omar.k"));
    QVERIFY(!entries.at(0).event.metadata.value(QStringLiteral("password")).isString());
}

void TestUserService::createRefusesBadInput_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    const QString broker = DefaultRoles::kBroker;
    const QString none;
    QTest::newRow("short username") << QStringLiteral("om") << none << none << broker << kPassword
                                    << QStringLiteral("user.invalid_username");
    QTest::newRow("long username") << QStringLiteral("o").repeated(65) << none << none << broker << kPassword
                                   << QStringLiteral("user.invalid_username");
    QTest::newRow("space in username") << QStringLiteral("omar k") << none << none << broker << kPassword
                                       << QStringLiteral("user.invalid_username");
    QTest::newRow("quote in username") << QStringLiteral("omar'--") << none << none << broker << kPassword
                                       << QStringLiteral("user.invalid_username");
    QTest::newRow("at in username") << QStringLiteral("omar@x") << none << none << broker << kPassword
                                    << QStringLiteral("user.invalid_username");
    QTest::newRow("bad email") << QStringLiteral("omar") << QStringLiteral("omar.example.com") << none
                               << broker << kPassword << QStringLiteral("user.invalid_email");
    QTest::newRow("email no tld") << QStringLiteral("omar") << QStringLiteral("omar@example") << none
                                  << broker << kPassword << QStringLiteral("user.invalid_email");
    QTest::newRow("bad phone") << QStringLiteral("omar") << none << QStringLiteral("call me") << broker
                               << kPassword << QStringLiteral("user.invalid_phone");
    QTest::newRow("no role") << QStringLiteral("omar") << none << none << none << kPassword
                             << QStringLiteral("user.no_role");
    QTest::newRow("unknown role") << QStringLiteral("omar") << none << none << QStringLiteral("superuser")
                                  << kPassword << QStringLiteral("role.not_found");
    QTest::newRow("weak password") << QStringLiteral("omar") << none << none << broker
                                   << QStringLiteral("password123!") << QStringLiteral("password.weak");
    QTest::newRow("password is username") << QStringLiteral("Sunrise-Over-Dubai-42") << none << none << broker
                                          << kPassword << QStringLiteral("password.weak");
}

void TestUserService::createRefusesBadInput()
{
    QFETCH(QString, username);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, role);
    QFETCH(QString, password);
    QFETCH(QString, code);
    NewUser input{username, password, email, {}, phone, role};
    auto user = m_users->create(input, m_root);
    QVERIFY(!user.ok());
    QCOMPARE(user.error().code, code);
    QVERIFY(!user.errorMessage().isEmpty());
    QCOMPARE(m_users->list()->size(), 0);
    QVERIFY(logEntries().isEmpty());
}

void TestUserService::duplicateUsernameIgnoresCase()
{
    QVERIFY(make(QStringLiteral("Omar"), DefaultRoles::kBroker).ok());
    auto again = make(QStringLiteral("oMAR"), DefaultRoles::kManager);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("user.duplicate"));
    QCOMPARE(m_users->byName(QStringLiteral("OMAR"))->username, QStringLiteral("Omar"));
}

void TestUserService::arabicUsername()
{
    auto user = make(QStringLiteral("سارة_أحمد"), DefaultRoles::kManager);
    QVERIFY2(user.ok(), qPrintable(user.errorMessage()));
    QCOMPARE(m_users->byName(QStringLiteral("سارة_أحمد"))->id, user->id);
}

void TestUserService::updateChangesOnlyGivenFields()
{
    NewUser input{QStringLiteral("omar"),
                  kPassword,
                  QStringLiteral("omar@example.com"),
                  QStringLiteral("Omar"),
                  QStringLiteral("+97150000000"),
                  DefaultRoles::kBroker};
    const User created = m_users->create(input, m_root).value();
    m_clock.advanceSecs(60);
    UserChanges changes;
    changes.email = QStringLiteral("omar@novacrm.example");
    auto updated = m_users->update(created.id, changes, m_root);
    QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
    QCOMPARE(updated->email, QStringLiteral("omar@novacrm.example"));
    QCOMPARE(updated->displayName, QStringLiteral("Omar"));
    QCOMPARE(updated->phone, QStringLiteral("+97150000000"));
    QCOMPARE(updated->updatedAtMs, m_clock.nowMSecs());

    changes = UserChanges{};
    changes.email = QStringLiteral("nope");
    QCOMPARE(m_users->update(created.id, changes, m_root).error().code, QStringLiteral("user.invalid_email"));
    changes = UserChanges{};
    changes.role = QStringLiteral("superuser");
    QCOMPARE(m_users->update(created.id, changes, m_root).error().code, QStringLiteral("role.not_found"));
    QCOMPARE(m_users->update(999999, changes, m_root).error().code, QStringLiteral("user.not_found"));

    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).event.event, EventType::UpdateUser);
    QCOMPARE(entries.at(1).event.metadata.value(QStringLiteral("fields")).toArray(),
             QJsonArray{QStringLiteral("email")});
}

void TestUserService::roleChangeIsAPermissionChange()
{
    const User user = make(QStringLiteral("omar"), DefaultRoles::kBroker).value();
    UserChanges changes;
    changes.role = DefaultRoles::kManager;
    QVERIFY(m_users->update(user.id, changes, m_root).ok());
    QCOMPARE(m_users->byId(user.id)->role, DefaultRoles::kManager);
    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).event.event, EventType::ModifyPermissions);
    QCOMPARE(entries.at(2).event.metadata.value(QStringLiteral("from")).toString(), DefaultRoles::kBroker);
    QCOMPARE(entries.at(2).event.metadata.value(QStringLiteral("to")).toString(), DefaultRoles::kManager);
    QCOMPARE(m_alerts->since(0)->size(), 1);
}

void TestUserService::disableAndEnable()
{
    const User user = make(QStringLiteral("omar"), DefaultRoles::kBroker).value();
    QVERIFY(m_users->disable(user.id, m_root).ok());
    QCOMPARE(m_users->byId(user.id)->status, UserStatus::Disabled);
    QVERIFY(m_users->disable(user.id, m_root).ok()); // already disabled: nothing to log
    QVERIFY(m_users->enable(user.id, m_root).ok());
    QCOMPARE(m_users->byId(user.id)->status, UserStatus::Active);
    QCOMPARE(m_users->disable(424242, m_root).error().code, QStringLiteral("user.not_found"));
    QStringList events;
    for (const SecurityLogEntry& entry : logEntries())
        events.append(entry.event.event);
    QCOMPARE(events, (QStringList{EventType::CreateUser, EventType::DisableUser, EventType::EnableUser}));
}

void TestUserService::nobodyDisablesOrDeletesThemselves()
{
    QVERIFY(make(QStringLiteral("amal"), DefaultRoles::kAdmin).ok());
    const User second = make(QStringLiteral("adel"), DefaultRoles::kAdmin).value();
    Actor self;
    self.userId = second.id;
    self.username = second.username;
    self.ip = QStringLiteral("192.0.2.44");
    Status status = m_users->disable(second.id, self);
    QCOMPARE(status.error().code, QStringLiteral("user.self"));
    status = m_users->remove(second.id, self);
    QCOMPARE(status.error().code, QStringLiteral("user.self"));
    QCOMPARE(m_users->byId(second.id)->status, UserStatus::Active);
    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(2).event.event, EventType::DisableUser);
    QVERIFY(!entries.at(2).event.success);
    QCOMPARE(entries.at(2).event.ip, self.ip);
    QCOMPARE(entries.at(2).event.metadata.value(QStringLiteral("refused")).toString(),
             QStringLiteral("user.self"));
    QCOMPARE(entries.at(3).event.event, EventType::DeleteUser);
    QVERIFY(!entries.at(3).event.success);
    QCOMPARE(m_alerts->since(0)->size(), 0);
}

void TestUserService::lastAdminIsProtected()
{
    const User admin = make(QStringLiteral("amal"), DefaultRoles::kAdmin).value();
    QCOMPARE(m_users->disable(admin.id, m_root).error().code, QStringLiteral("user.last_admin"));
    QCOMPARE(m_users->remove(admin.id, m_root).error().code, QStringLiteral("user.last_admin"));
    UserChanges demote;
    demote.role = DefaultRoles::kBroker;
    QCOMPARE(m_users->update(admin.id, demote, m_root).error().code, QStringLiteral("user.last_admin"));
    QCOMPARE(m_users->byId(admin.id)->role, DefaultRoles::kAdmin);
    int refusals = 0;
    for (const SecurityLogEntry& entry : logEntries())
        refusals += entry.event.success ? 0 : 1;
    QCOMPARE(refusals, 3);

    // With a second admin, the first may go.
    QVERIFY(make(QStringLiteral("adel"), DefaultRoles::kAdmin).ok());
    QVERIFY(m_users->update(admin.id, demote, m_root).ok());
    const User adel = m_users->byName(QStringLiteral("adel")).value();
    QCOMPARE(m_users->disable(adel.id, m_root).error().code, QStringLiteral("user.last_admin"));
}

void TestUserService::removeIsSensitive()
{
    QVERIFY(make(QStringLiteral("amal"), DefaultRoles::kAdmin).ok());
    const User user = make(QStringLiteral("omar"), DefaultRoles::kBroker).value();
    QVERIFY(m_users->remove(user.id, m_root).ok());
    QCOMPARE(m_users->byId(user.id).error().code, QStringLiteral("user.not_found"));
    QCOMPARE(m_users->remove(user.id, m_root).error().code, QStringLiteral("user.not_found"));
    const QList<SecurityLogEntry> entries = logEntries();
    QCOMPARE(entries.last().event.event, EventType::DeleteUser);
    QVERIFY(entries.last().event.success);
    QCOMPARE(entries.last().event.metadata.value(QStringLiteral("target")).toString(),
             QStringLiteral("omar"));
    auto alerts = m_alerts->since(0);
    QCOMPARE(alerts->size(), 1);
    QCOMPARE(alerts->at(0).logId, std::optional<qint64>(entries.last().id));
    // A disabled admin is not the last active one.
    const User old = make(QStringLiteral("adel"), DefaultRoles::kAdmin).value();
    QVERIFY(m_users->disable(old.id, m_root).ok());
    QVERIFY(m_users->remove(old.id, m_root).ok());
}

void TestUserService::resetPassword()
{
    const User user = make(QStringLiteral("omar"), DefaultRoles::kBroker).value();
    QCOMPARE(m_users->resetPassword(user.id, QStringLiteral("qwerty123456"), m_root).error().code,
             QStringLiteral("password.weak"));
    QCOMPARE(m_users->resetPassword(user.id, QStringLiteral("Omar-Was-Here-2024"), m_root).error().code,
             QStringLiteral("password.weak"));
    const QString fresh = QStringLiteral("Cedar-Lantern-Harbor-8");
    QVERIFY(m_users->resetPassword(user.id, fresh, m_root).ok());
    const QString hash = m_users->repository().passwordHash(user.id).value();
    QVERIFY(m_hasher.verify(fresh, hash));
    QVERIFY(!m_hasher.verify(kPassword, hash));
    QCOMPARE(logEntries().last().event.event, EventType::ResetPassword);
}

void TestUserService::unlockAndLockout()
{
    const User user = make(QStringLiteral("omar"), DefaultRoles::kBroker).value();
    UserRepository& repo = m_users->repository();
    QCOMPARE(*repo.recordFailedLogin(user.id, 3, 600'000), UserStatus::Active);
    QCOMPARE(*repo.recordFailedLogin(user.id, 3, 600'000), UserStatus::Active);
    QCOMPARE(*repo.recordFailedLogin(user.id, 3, 600'000), UserStatus::Locked);
    User locked = m_users->byId(user.id).value();
    QCOMPARE(locked.status, UserStatus::Locked);
    QCOMPARE(locked.lockedUntilMs, std::optional<qint64>(m_clock.nowMSecs() + 600'000));
    QCOMPARE(locked.failedLogins, 3);
    // Further failures while locked do not extend the lock.
    QCOMPARE(*repo.recordFailedLogin(user.id, 3, 600'000), UserStatus::Locked);
    QCOMPARE(m_users->byId(user.id)->lockedUntilMs, locked.lockedUntilMs);
    auto list = m_users->list(UserFilter{{}, {}, UserStatus::Locked, 100});
    QCOMPARE(list->size(), 1);

    QVERIFY(m_users->unlock(user.id, m_root).ok());
    const User unlocked = m_users->byId(user.id).value();
    QCOMPARE(unlocked.status, UserStatus::Active);
    QCOMPARE(unlocked.failedLogins, 0);
    QVERIFY(!unlocked.lockedUntilMs);
    QCOMPARE(logEntries().last().event.event, EventType::UnlockUser);
    QCOMPARE(logEntries().last().event.metadata.value(QStringLiteral("failed_logins")).toInt(), 4);
    QCOMPARE(repo.recordFailedLogin(999999, 3, 1000).error().code, QStringLiteral("user.not_found"));
}

void TestUserService::lockReleasesItself()
{
    const User user = make(QStringLiteral("omar"), DefaultRoles::kBroker).value();
    UserRepository& repo = m_users->repository();
    QCOMPARE(*repo.recordFailedLogin(user.id, 2, 60'000), UserStatus::Active);
    QCOMPARE(*repo.recordFailedLogin(user.id, 2, 60'000), UserStatus::Locked);
    m_clock.advanceSecs(59);
    QCOMPARE(m_users->byId(user.id)->status, UserStatus::Locked);
    m_clock.advanceSecs(1);
    QCOMPARE(m_users->byId(user.id)->status, UserStatus::Active);
    QCOMPARE(m_users->list(UserFilter{{}, {}, UserStatus::Active, 100})->size(), 1);
    QCOMPARE(m_users->list(UserFilter{{}, {}, UserStatus::Locked, 100})->size(), 0);
    // After the release the count starts afresh: one failure does not lock again.
    QCOMPARE(*repo.recordFailedLogin(user.id, 2, 60'000), UserStatus::Active);
    QCOMPARE(m_users->byId(user.id)->failedLogins, 1);
}

void TestUserService::successfulLoginResetsFailures()
{
    const User user = make(QStringLiteral("omar"), DefaultRoles::kBroker).value();
    UserRepository& repo = m_users->repository();
    QVERIFY(repo.recordFailedLogin(user.id, 5, 60'000).ok());
    m_clock.advanceSecs(10);
    QVERIFY(repo.recordSuccessfulLogin(user.id).ok());
    const User after = m_users->byId(user.id).value();
    QCOMPARE(after.failedLogins, 0);
    QCOMPARE(after.lastLoginAtMs, std::optional<qint64>(m_clock.nowMSecs()));
    // A disabled account stays disabled whatever the login bookkeeping does.
    QVERIFY(m_users->disable(user.id, m_root).ok());
    QCOMPARE(*repo.recordFailedLogin(user.id, 1, 60'000), UserStatus::Disabled);
    QVERIFY(repo.recordSuccessfulLogin(user.id).ok());
    QCOMPARE(m_users->byId(user.id)->status, UserStatus::Disabled);
}

void TestUserService::listFilters()
{
    NewUser a{QStringLiteral("omar"),   kPassword, QStringLiteral("omar@example.com"),
              QStringLiteral("Omar K"), {},        DefaultRoles::kBroker};
    NewUser b{QStringLiteral("sara_100"), kPassword, QStringLiteral("sara@novacrm.example"),
              QStringLiteral("سارة"),     {},        DefaultRoles::kManager};
    NewUser c{QStringLiteral("sara1000"), kPassword, {}, {}, {}, DefaultRoles::kBroker};
    for (const NewUser& u : {a, b, c})
        QVERIFY(m_users->create(u, m_root).ok());
    QVERIFY(m_users->disable(m_users->byName(QStringLiteral("sara1000"))->id, m_root).ok());

    const auto names = [&](const UserFilter& filter) {
        QStringList list;
        const QList<User> users = m_users->list(filter).value();
        for (const User& u : users)
            list.append(u.username);
        // The server's collation decides how '_' sorts against digits.
        list.sort();
        return list;
    };
    QCOMPARE(names({}),
             (QStringList{QStringLiteral("omar"), QStringLiteral("sara1000"), QStringLiteral("sara_100")}));
    QCOMPARE(names(UserFilter{QStringLiteral("SARA"), {}, {}, 100}),
             (QStringList{QStringLiteral("sara1000"), QStringLiteral("sara_100")}));
    // '_' is a literal underscore, not a LIKE wildcard.
    QCOMPARE(names(UserFilter{QStringLiteral("a_1"), {}, {}, 100}), QStringList{QStringLiteral("sara_100")});
    QCOMPARE(names(UserFilter{QStringLiteral("novacrm"), {}, {}, 100}),
             QStringList{QStringLiteral("sara_100")});
    QCOMPARE(names(UserFilter{QStringLiteral("سارة"), {}, {}, 100}), QStringList{QStringLiteral("sara_100")});
    QCOMPARE(names(UserFilter{{}, DefaultRoles::kBroker, {}, 100}),
             (QStringList{QStringLiteral("omar"), QStringLiteral("sara1000")}));
    QCOMPARE(names(UserFilter{{}, {}, UserStatus::Disabled, 100}), QStringList{QStringLiteral("sara1000")});
    QCOMPARE(names(UserFilter{{}, {}, UserStatus::Active, 1}), QStringList{QStringLiteral("omar")});
    QCOMPARE(names(UserFilter{QStringLiteral("%"), {}, {}, 100}), QStringList());
}

void TestUserService::twoFactorFlagComesFromTotpSecrets()
{
    const User user = make(QStringLiteral("omar"), DefaultRoles::kBroker).value();
    QVERIFY(m_db->db()
                .exec(QStringLiteral(
                          "INSERT INTO totp_secrets (user_id, sealed_secret, key_id, enabled, created_at)"
                          " VALUES (?, ?, 'k1', 0, 0)"),
                      {user.id, QByteArray("sealed")})
                .ok());
    QVERIFY(!m_users->byId(user.id)->twoFactorEnabled);
    QVERIFY(m_db->db()
                .exec(QStringLiteral("UPDATE totp_secrets SET enabled = 1 WHERE user_id = ?"), {user.id})
                .ok());
    QVERIFY(m_users->byId(user.id)->twoFactorEnabled);
    QVERIFY(m_users->list()->at(0).twoFactorEnabled);
}

void TestUserService::replacePasswordHashForRehash()
{
    const User user = make(QStringLiteral("omar"), DefaultRoles::kBroker).value();
    const QString newHash = m_hasher.hash(kPassword).value();
    QVERIFY(m_users->repository().replacePasswordHash(user.id, newHash).ok());
    QCOMPARE(m_users->repository().passwordHash(user.id).value(), newHash);
    QCOMPARE(m_users->repository().replacePasswordHash(999999, newHash).error().code,
             QStringLiteral("user.not_found"));
}

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
