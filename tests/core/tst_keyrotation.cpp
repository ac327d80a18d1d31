#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"
#include "crypto/Base32.h"
#include "rbac/AdminAudit.h"
#include "secrets/FileSecretStore.h"
#include "secrets/KeyRing.h"
#include "securitylog/SecurityLog.h"
#include "totp/Otp.h"
#include "twofactor/TwoFactorService.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

// Rotation of the key that seals TOTP secrets: every row re-encrypted in one
// transaction, or none of them and the old key still current.
class TestKeyRotation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void rotationReencryptsEverySecret();
    void rotationWithNoSecrets();
    void repeatedRotations();
    void corruptRowRollsBackEverything_data();
    void corruptRowRollsBackEverything();
    void missingOldKeyRollsBack();
    void anotherProcessFollowsTheRotation();

private:
    qint64 addUser(const QString& username);
    TwoFactorService& service() { return *m_service; }
    QString enroll(qint64 userId, bool confirm = true);
    QMap<qint64, QString> keyIds() const;
    QMap<qint64, QByteArray> sealedSecrets() const;
    int secretFiles() const;

    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<FileSecretStore> m_store;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<AlertBus> m_alerts;
    std::unique_ptr<AdminAudit> m_audit;
    std::unique_ptr<TwoFactorService> m_service;
    const AccessContext m_ctx{QStringLiteral("198.51.100.4"), QStringLiteral("NovaTest"), QString()};
    const Actor m_admin = Actor::localOperator(QStringLiteral("ops"));
};

void TestKeyRotation::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_tmp = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<FileSecretStore>(m_tmp->filePath(QStringLiteral("secrets")));
    m_keys = std::make_unique<KeyRing>(*m_store);
    m_log = std::make_unique<SecurityLog>(m_db->db(), m_clock);
    m_alerts = std::make_unique<AlertBus>(m_db->db(), m_clock);
    m_audit = std::make_unique<AdminAudit>(*m_log, *m_alerts);
    m_service = std::make_unique<TwoFactorService>(m_db->db(), *m_keys, *m_log, *m_audit, m_clock);
}

void TestKeyRotation::cleanup()
{
    m_service.reset();
    m_audit.reset();
    m_alerts.reset();
    m_log.reset();
    m_keys.reset();
    m_store.reset();
    m_db.reset();
}

qint64 TestKeyRotation::addUser(const QString& username)
{
    auto q = m_db->db().exec(QStringLiteral("INSERT INTO users (username, role, password_hash, created_at,"
                                            " updated_at) VALUES (?, 'broker', 'x', 0, 0) RETURNING id"),
                             {username});
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString TestKeyRotation::enroll(qint64 userId, bool confirm)
{
    const auto enrolled = service().enroll(userId, m_admin);
    if (!enrolled)
        return {};
    if (confirm) {
        const QString code = Otp::totp(Base32::decode(enrolled->secretBase32).value(), m_clock.nowSecs());
        if (!service().confirm(userId, code, m_ctx))
            return {};
    }
    return enrolled->secretBase32;
}

QMap<qint64, QString> TestKeyRotation::keyIds() const
{
    QMap<qint64, QString> ids;
    auto q = m_db->db().exec(QStringLiteral("SELECT user_id, key_id FROM totp_secrets"));
    while (q && q->next())
        ids.insert(q->value(0).toLongLong(), q->value(1).toString());
    return ids;
}

QMap<qint64, QByteArray> TestKeyRotation::sealedSecrets() const
{
    QMap<qint64, QByteArray> sealed;
    auto q = m_db->db().exec(QStringLiteral("SELECT user_id, sealed_secret FROM totp_secrets"));
    while (q && q->next())
        sealed.insert(q->value(0).toLongLong(), q->value(1).toByteArray());
    return sealed;
}

int TestKeyRotation::secretFiles() const
{
    return QDir(m_store->directory()).entryList(QDir::Files).size();
}

void TestKeyRotation::rotationReencryptsEverySecret()
{
    QMap<qint64, QString> secrets;
    for (const QString& name : {QStringLiteral("omar"), QStringLiteral("sara"), QStringLiteral("نورة")}) {
        const qint64 id = addUser(name);
        secrets.insert(id, enroll(id));
        QVERIFY(!secrets.value(id).isEmpty());
    }
    const qint64 pending = addUser(QStringLiteral("pending"));
    const QString pendingSecret = enroll(pending, false);
    const QString oldKey = m_keys->currentKey()->id;
    const auto before = sealedSecrets();

    const auto rotated = service().rotateKey(m_admin);
    QVERIFY2(rotated.ok(), qPrintable(rotated.errorMessage()));
    QCOMPARE(*rotated, 4);

    const QString newKey = KeyRing(*m_store).currentKey()->id;
    QVERIFY(newKey != oldKey);
    const auto ids = keyIds();
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        QCOMPARE(it.value(), newKey);
    const auto after = sealedSecrets();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY(after.value(it.key()) != it.value());

    // Everyone still signs in with the authenticator they already have.
    m_clock.advanceSecs(30);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const QString code = Otp::totp(Base32::decode(it.value()).value(), m_clock.nowSecs());
        const Status verified = service().verify(it.key(), code, m_ctx);
        QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    }
    // And the pending enrollment can still be confirmed.
    QVERIFY(service()
                .confirm(pending, Otp::totp(Base32::decode(pendingSecret).value(), m_clock.nowSecs()), m_ctx)
                .ok());

    auto logged = m_db->db().exec(
        QStringLiteral("SELECT success, metadata FROM security_log WHERE event = ? ORDER BY id"),
        {EventType::KeyRotated});
    QVERIFY(logged->next());
    QCOMPARE(logged->value(0).toInt(), 1);
    const QJsonObject metadata = QJsonDocument::fromJson(logged->value(1).toString().toUtf8()).object();
    QCOMPARE(metadata.value(QStringLiteral("reencrypted")).toInt(), 4);
    QCOMPARE(metadata.value(QStringLiteral("new_key_id")).toString(), newKey);
    QCOMPARE(metadata.value(QStringLiteral("previous_key_id")).toString(), oldKey);
    // Key material never reaches the log.
    const QByteArray keyBytes = m_keys->key(newKey)->bytes;
    QVERIFY(!logged->value(1).toString().toLatin1().contains(keyBytes.toHex()));
}

void TestKeyRotation::rotationWithNoSecrets()
{
    const auto rotated = service().rotateKey(m_admin);
    QVERIFY2(rotated.ok(), qPrintable(rotated.errorMessage()));
    QCOMPARE(*rotated, 0);
    // Then enrolling seals with the new current key.
    const qint64 id = addUser(QStringLiteral("omar"));
    QVERIFY(!enroll(id).isEmpty());
    QCOMPARE(keyIds().value(id), m_keys->currentKey()->id);
}

void TestKeyRotation::repeatedRotations()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const QString secret = enroll(id);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(service().rotateKey(m_admin).value(), 1);
    m_clock.advanceSecs(30);
    QVERIFY(service().verify(id, Otp::totp(Base32::decode(secret).value(), m_clock.nowSecs()), m_ctx).ok());
}

void TestKeyRotation::corruptRowRollsBackEverything_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("flipped byte") << QStringLiteral("flip");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("moved from another user") << QStringLiteral("move");
}

void TestKeyRotation::corruptRowRollsBackEverything()
{
    QFETCH(QString, damage);
    QList<qint64> users;
    QMap<qint64, QString> secrets;
    for (int i = 0; i < 4; ++i) {
        const qint64 id = addUser(QStringLiteral("user%1").arg(i));
        users.append(id);
        secrets.insert(id, enroll(id));
    }
    const qint64 broken = users.at(2);
    QByteArray sealed = sealedSecrets().value(broken);
    if (damage == QLatin1String("flip"))
        sealed[sealed.size() / 2] = static_cast<char>(sealed.at(sealed.size() / 2) ^ 0x01);
    else if (damage == QLatin1String("truncate"))
        sealed.truncate(10);
    else
        sealed = sealedSecrets().value(users.at(0));
    QVERIFY(m_db->db()
                .exec(QStringLiteral("UPDATE totp_secrets SET sealed_secret = ? WHERE user_id = ?"),
                      {sealed, broken})
                .ok());
    const QString oldKey = m_keys->currentKey()->id;
    const auto idsBefore = keyIds();
    const auto sealedBefore = sealedSecrets();
    const int filesBefore = secretFiles();

    const auto rotated = service().rotateKey(m_admin);
    QVERIFY(!rotated.ok());
    QCOMPARE(rotated.error().code, QString::fromLatin1(TwoFactorService::kSecretUnreadable));
    QVERIFY2(rotated.error().message.contains(QString::number(broken)), qPrintable(rotated.errorMessage()));

    // Nothing changed: rows, key ids, the current key, and no stray new key left in the store.
    QCOMPARE(keyIds(), idsBefore);
    QCOMPARE(sealedSecrets(), sealedBefore);
    QCOMPARE(KeyRing(*m_store).currentKey()->id, oldKey);
    QCOMPARE(secretFiles(), filesBefore);

    m_clock.advanceSecs(30);
    for (const qint64 id : users) {
        if (id == broken)
            continue;
        const QString code = Otp::totp(Base32::decode(secrets.value(id)).value(), m_clock.nowSecs());
        QVERIFY(service().verify(id, code, m_ctx).ok());
    }

    auto logged =
        m_db->db().exec(QStringLiteral("SELECT success, metadata FROM security_log WHERE event = ?"),
                        {EventType::KeyRotated});
    QVERIFY(logged->next());
    QCOMPARE(logged->value(0).toInt(), 0);
    QVERIFY(logged->value(1).toString().contains(QString::fromLatin1(TwoFactorService::kSecretUnreadable)));
    QVERIFY(!logged->next());

    // Once the broken user's 2FA is reset, rotation goes through.
    QVERIFY(service().disable(broken, m_admin).ok());
    QCOMPARE(service().rotateKey(m_admin).value(), 3);
}

void TestKeyRotation::missingOldKeyRollsBack()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    QVERIFY(!enroll(id).isEmpty());
    // A row that names a key the store does not have (e.g. a restored database).
    QVERIFY(m_db->db()
                .exec(QStringLiteral("UPDATE totp_secrets SET key_id = ? WHERE user_id = ?"),
                      {QStringLiteral("0123456789abcdef"), id})
                .ok());
    const QString oldKey = m_keys->currentKey()->id;
    const auto rotated = service().rotateKey(m_admin);
    QVERIFY(!rotated.ok());
    QCOMPARE(rotated.error().code, QString::fromLatin1(KeyRing::kUnknownKey));
    QCOMPARE(keyIds().value(id), QStringLiteral("0123456789abcdef"));
    QCOMPARE(KeyRing(*m_store).currentKey()->id, oldKey);
}

void TestKeyRotation::anotherProcessFollowsTheRotation()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const QString secret = enroll(id);
    // A second process with its own key ring (and cache) over the same store.
    KeyRing otherKeys(*m_store);
    TwoFactorService other(m_db->db(), otherKeys, *m_log, *m_audit, m_clock);
    QVERIFY(otherKeys.currentKey().ok());
    QCOMPARE(service().rotateKey(m_admin).value(), 1);
    m_clock.advanceSecs(30);
    QVERIFY(other.verify(id, Otp::totp(Base32::decode(secret).value(), m_clock.nowSecs()), m_ctx).ok());
    const qint64 next = addUser(QStringLiteral("sara"));
    QVERIFY(other.enroll(next, m_admin).ok());
    QCOMPARE(keyIds().value(next), m_keys->currentKey()->id);
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
