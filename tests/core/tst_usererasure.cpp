#include "ManualClock.h"
#include "TestHub.h"
#include "alerts/AlertBus.h"
#include "rbac/DefaultRoles.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogRow.h"
#include "twofactor/TwoFactorService.h"
#include "users/UserService.h"

#include <QSignalSpy>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {
const QString kPassword = QStringLiteral("Quite-Long-Passphrase-2026");
const QString kName = QStringLiteral("layla.broker");
const QString kEmail = QStringLiteral("layla@nova.example");
} // namespace

// A data-protection erasure: the account goes, the log keeps its records
// under a pseudonym, and the chain still verifies (and still catches edits).
class TestUserErasure : public QObject, public nova::test::HubFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void accountAndSecretsAreDeleted();
    void noRecordNamesThePersonAfterwards();
    void logStillVerifies();
    void tamperingAfterErasureIsCaught_data();
    void tamperingAfterErasureIsCaught();
    void erasureIsRecordedWithoutTheName();
    void refusalsAreLogged();

private:
    qint64 seedPerson();
    qint64 countWhere(const QString& sql, const QVariantList& values = {});

    ManualClock m_clock{1'760'000'000'000};
    Actor m_root = Actor::localOperator(QStringLiteral("root"));
    qint64 m_adminId = 0;
    qint64 m_personId = 0;
};

void TestUserErasure::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString failed = openHub(backend, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto admin = m_hub->users().create(NewUser{QStringLiteral("sara.admin"),
                                               kPassword,
                                               QStringLiteral("sara@nova.example"),
                                               QStringLiteral("Sara"),
                                               {},
                                               DefaultRoles::kAdmin},
                                       m_root);
    QVERIFY2(admin.ok(), qPrintable(admin.errorMessage()));
    m_adminId = admin->id;
    m_personId = seedPerson();
    QVERIFY(m_personId > 0);
}

void TestUserErasure::cleanup()
{
    closeHub();
}

// The person signs in, fails once, enrolls 2FA and is edited by an admin; an
// alert names them; someone else's entries are around them.
qint64 TestUserErasure::seedPerson()
{
    auto person = m_hub->users().create(NewUser{kName, kPassword, kEmail, QStringLiteral("ليلى حداد"),
                                                QStringLiteral("+971 50 123 4567"), DefaultRoles::kBroker},
                                        m_root);
    if (!person)
        return 0;
    const qint64 id = person->id;
    SecurityLog& log = m_hub->securityLog();
    (void)log.append(SecurityEvent::about(EventType::Login, true, id, kName, QStringLiteral("198.51.100.4"),
                                          QStringLiteral("Firefox")));
    (void)log.append(SecurityEvent::about(EventType::Login, false, std::nullopt, kName.toUpper(),
                                          QStringLiteral("198.51.100.4"), QStringLiteral("Firefox"),
                                          {{QStringLiteral("reason"), QStringLiteral("wrong_password")}}));
    (void)log.append(SecurityEvent::about(EventType::Login, true, m_adminId, QStringLiteral("sara.admin"),
                                          QStringLiteral("192.0.2.1"), QStringLiteral("Nova Admin")));
    (void)log.append(SecurityEvent::about(
        EventType::SmsCodeSent, true, m_adminId, QStringLiteral("sara.admin"), QStringLiteral("192.0.2.1"),
        QStringLiteral("Nova Admin"),
        QJsonObject{{QStringLiteral("note"), QString(QStringLiteral("copy sent to ") + kEmail)}}));
    Actor admin;
    admin.userId = m_adminId;
    admin.username = QStringLiteral("sara.admin");
    (void)m_hub->users().update(id, UserChanges{QStringLiteral("layla.h@nova.example"), {}, {}, {}}, admin);
    (void)m_hub->users().update(id, UserChanges{kEmail, {}, {}, {}}, admin);
    (void)m_hub->twoFactor().enroll(id, admin);
    Alert alert;
    alert.severity = Severity::High;
    alert.type = QStringLiteral("brute_force");
    alert.messageEn = QStringLiteral("Repeated failed sign-ins for ") + kName;
    alert.messageAr = QStringLiteral("محاولات دخول فاشلة متكررة للحساب ") + kName;
    alert.userId = id;
    alert.username = kName;
    (void)m_hub->alerts().publish(alert);
    return id;
}

qint64 TestUserErasure::countWhere(const QString& sql, const QVariantList& values)
{
    auto q = m_db->db().exec(sql, values);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

void TestUserErasure::accountAndSecretsAreDeleted()
{
    QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM totp_secrets WHERE user_id = ?"), {m_personId}),
             1);
    auto report = m_hub->users().erase(m_personId, m_root);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(!m_hub->users().byId(m_personId).ok());
    QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ?"), {m_personId}), 0);
    QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM totp_secrets WHERE user_id = ?"), {m_personId}),
             0);
    QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM backup_codes WHERE user_id = ?"), {m_personId}),
             0);
    QVERIFY(m_hub->users().byId(m_adminId).ok());
}

void TestUserErasure::noRecordNamesThePersonAfterwards()
{
    const qint64 before = countWhere(QStringLiteral("SELECT COUNT(*) FROM security_log"));
    auto report = m_hub->users().erase(m_personId, m_root);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->pseudonym.startsWith(QStringLiteral("erased-")));
    // Their sign-ins (one under another spelling), creation, two edits, the
    // enrollment and the admin's entry quoting the e-mail.
    QCOMPARE(report->logEntries, 7);
    QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM security_log")), before + 1);
    for (const QString& identifier :
         {kName, kEmail, QStringLiteral("ليلى حداد"), QStringLiteral("+971 50 123 4567")}) {
        const QString like = QLatin1Char('%') + identifier.toLower() + QLatin1Char('%');
        QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM security_log WHERE lower(username) LIKE ?"
                                           " OR lower(metadata) LIKE ?"),
                            {like, like}),
                 0);
        QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE lower(username) LIKE ? OR "
                                           "lower(message_en) LIKE ? OR lower(message_ar) LIKE ?"),
                            {like, like, like}),
                 0);
    }
    QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM security_log WHERE username = ?"),
                        {report->pseudonym}),
             2);
    QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM security_log WHERE redacted_by = ?"),
                        {report->recordId}),
             7);
    // The admin's own sign-in is not about the person and is untouched.
    QCOMPARE(countWhere(QStringLiteral("SELECT COUNT(*) FROM security_log WHERE username = 'sara.admin' AND "
                                       "redacted_by IS NULL AND event = 'login'")),
             1);
    QCOMPARE(
        countWhere(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE username = ?"), {report->pseudonym}), 1);
}

void TestUserErasure::logStillVerifies()
{
    QVERIFY(!m_hub->securityLog().verify()->firstBrokenId);
    auto report = m_hub->users().erase(m_personId, m_root);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    const auto verified = m_hub->securityLog().verify();
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    QVERIFY2(!verified->firstBrokenId, qPrintable(verified->reason));
    QCOMPARE(verified->entriesChecked, countWhere(QStringLiteral("SELECT COUNT(*) FROM security_log")));
    // More entries after the erasure chain on as usual.
    (void)m_hub->securityLog().append(
        SecurityEvent::about(EventType::Logout, true, m_adminId, QStringLiteral("sara.admin"),
                             QStringLiteral("192.0.2.1"), QStringLiteral("Nova Admin")));
    QVERIFY(!m_hub->securityLog().verify()->firstBrokenId);
}

void TestUserErasure::tamperingAfterErasureIsCaught_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("brokenAtRecord"); // else at the first redacted entry
    // {R} is the erase_user entry's id, {P} its pseudonym.
    QTest::newRow("pseudonymised name changed")
        << QStringLiteral("UPDATE security_log SET username = 'someone.else' WHERE redacted_by = {R}")
        << true;
    QTest::newRow("pseudonymised metadata changed")
        << QStringLiteral("UPDATE security_log SET metadata = '{}' WHERE redacted_by = {R}") << true;
    QTest::newRow("claim dropped from an entry")
        << QStringLiteral("UPDATE security_log SET redacted_by = NULL WHERE redacted_by = {R}") << false;
    QTest::newRow("ordinary entry edited and claimed")
        << QStringLiteral(
               "UPDATE security_log SET username = 'x', redacted_by = {R} WHERE username = 'sara.admin'"
               " AND event = 'login'")
        << true;
    QTest::newRow("erasure record edited")
        << QStringLiteral("UPDATE security_log SET metadata = replace(metadata, '{P}', 'erased-0000000000') "
                          "WHERE id = {R}")
        << true;
    QTest::newRow("erasure record deleted")
        << QStringLiteral("DELETE FROM security_log WHERE id = {R}") << false;
}

void TestUserErasure::tamperingAfterErasureIsCaught()
{
    QFETCH(QString, sql);
    QFETCH(bool, brokenAtRecord);
    auto report = m_hub->users().erase(m_personId, m_root);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    sql.replace(QStringLiteral("{R}"), QString::number(report->recordId));
    sql.replace(QStringLiteral("{P}"), report->pseudonym);
    auto changed = m_db->db().exec(sql);
    QVERIFY2(changed.ok(), qPrintable(changed.errorMessage()));
    QVERIFY(changed->numRowsAffected() > 0);
    const auto verified = m_hub->securityLog().verify();
    QVERIFY(verified.ok());
    QVERIFY(verified->firstBrokenId.has_value());
    QVERIFY(!verified->reason.isEmpty());
    if (brokenAtRecord) {
        QCOMPARE(*verified->firstBrokenId, report->recordId);
    } else {
        QVERIFY(*verified->firstBrokenId <= report->recordId);
    }
}

void TestUserErasure::erasureIsRecordedWithoutTheName()
{
    QSignalSpy alerts(&m_hub->alerts(), &AlertBus::published);
    auto report = m_hub->users().erase(m_personId, m_root);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    auto q = m_db->db().exec(QStringLiteral("SELECT ") + SecurityLogRow::columns() +
                                 QStringLiteral(" FROM security_log WHERE id = ?"),
                             {report->recordId});
    QVERIFY(q.ok() && q->next());
    const SecurityLogEntry record = SecurityLogRow::entryFromRow(*q);
    QCOMPARE(record.event.event, EventType::EraseUser);
    QCOMPARE(record.event.username, QStringLiteral("root"));
    QCOMPARE(record.event.metadata.value(QStringLiteral("user_id")).toInteger(), m_personId);
    QCOMPARE(record.event.metadata.value(QStringLiteral("pseudonym")).toString(), report->pseudonym);
    QCOMPARE(record.event.metadata.value(QStringLiteral("redacted")).toInteger(), report->logEntries);
    QVERIFY(!SecurityLogRow::metadataText(record.event.metadata).contains(kName));
    // A sensitive action: an alert, which does not name the person either.
    QCOMPARE(alerts.count(), 1);
    const Alert alert = alerts.constFirst().constFirst().value<Alert>();
    QVERIFY(!alert.messageEn.contains(kName));
}

void TestUserErasure::refusalsAreLogged()
{
    Actor self;
    self.userId = m_adminId;
    self.username = QStringLiteral("sara.admin");
    auto own = m_hub->users().erase(m_adminId, self);
    QVERIFY(!own.ok());
    QVERIFY(!own.errorMessage().isEmpty());
    // The only admin cannot be erased by anyone.
    auto last = m_hub->users().erase(m_adminId, m_root);
    QVERIFY(!last.ok());
    QVERIFY(m_hub->users().byId(m_adminId).ok());
    QCOMPARE(countWhere(QStringLiteral(
                 "SELECT COUNT(*) FROM security_log WHERE event = 'erase_user' AND success = 0")),
             2);
    QVERIFY(!m_hub->securityLog().verify()->firstBrokenId);
}

QTEST_GUILESS_MAIN(TestUserErasure)
#include "tst_usererasure.moc"
