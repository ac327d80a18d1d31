#include "secrets/FileSecretStore.h"
#include "secrets/KeyRing.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace nova;

class TestKeyRing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();

    void currentKeyIsCreatedOnceAndKept();
    void keyById();
    void rotateKeepsOldKeys();
    void stepwiseRotationCanBeAbandoned();
    void hmacKeysArePerPurposeAndStable();
    void damagedEntriesAreReported_data();
    void damagedEntriesAreReported();
    void unknownIds_data();
    void unknownIds();
    void storeErrorsPassThrough();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<FileSecretStore> m_store;
};

void TestKeyRing::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_store = std::make_unique<FileSecretStore>(m_tmp->filePath(QStringLiteral("secrets")));
}

void TestKeyRing::currentKeyIsCreatedOnceAndKept()
{
    KeyRing ring(*m_store);
    const auto first = ring.currentKey();
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(first->bytes.size(), KeyRing::kKeySize);
    QVERIFY(KeyRing::isValidId(first->id));
    QCOMPARE(m_store->read(QString::fromLatin1(KeyRing::kCurrentName)).value(), first->id.toLatin1());
    QCOMPARE(m_store->read(QString::fromLatin1(KeyRing::kKeyPrefix) + first->id).value(), first->bytes);

    // Another process (another KeyRing over the same store) sees the same key.
    KeyRing other(*m_store);
    const auto again = other.currentKey();
    QVERIFY(again.ok());
    QCOMPARE(again->id, first->id);
    QCOMPARE(again->bytes, first->bytes);
    QCOMPARE(ring.currentKey()->id, first->id);
}

void TestKeyRing::keyById()
{
    KeyRing ring(*m_store);
    const auto current = ring.currentKey();
    QVERIFY(current.ok());
    const auto byId = KeyRing(*m_store).key(current->id);
    QVERIFY2(byId.ok(), qPrintable(byId.errorMessage()));
    QCOMPARE(byId->bytes, current->bytes);
}

void TestKeyRing::rotateKeepsOldKeys()
{
    KeyRing ring(*m_store);
    const auto old = ring.currentKey();
    QVERIFY(old.ok());
    const auto rotated = ring.rotate();
    QVERIFY2(rotated.ok(), qPrintable(rotated.errorMessage()));
    QVERIFY(*rotated != old->id);
    const auto current = KeyRing(*m_store).currentKey();
    QCOMPARE(current->id, *rotated);
    QVERIFY(current->bytes != old->bytes);
    // Rows sealed before the rotation still open until they are re-encrypted.
    QCOMPARE(KeyRing(*m_store).key(old->id)->bytes, old->bytes);
}

void TestKeyRing::stepwiseRotationCanBeAbandoned()
{
    KeyRing ring(*m_store);
    const auto old = ring.currentKey();
    const auto fresh = ring.createKey();
    QVERIFY(fresh.ok());
    QCOMPARE(ring.currentKey()->id, old->id);
    QVERIFY(ring.discardKey(fresh->id).ok());
    QCOMPARE(ring.key(fresh->id).error().code, QString::fromLatin1(KeyRing::kUnknownKey));
    QCOMPARE(ring.currentKey()->id, old->id);

    const auto next = ring.createKey();
    QVERIFY(ring.makeCurrent(next->id).ok());
    QCOMPARE(KeyRing(*m_store).currentKey()->id, next->id);
}

void TestKeyRing::hmacKeysArePerPurposeAndStable()
{
    KeyRing ring(*m_store);
    const auto backup = ring.hmacKey(QStringLiteral("backup-codes"));
    const auto sms = ring.hmacKey(QStringLiteral("sms-codes"));
    QVERIFY(backup.ok() && sms.ok());
    QCOMPARE(backup->size(), KeyRing::kKeySize);
    QVERIFY(*backup != *sms);
    QCOMPARE(KeyRing(*m_store).hmacKey(QStringLiteral("backup-codes")).value(), *backup);
    // Rotation of the sealing key leaves digest keys alone (stored codes stay valid).
    QVERIFY(ring.rotate().ok());
    QCOMPARE(KeyRing(*m_store).hmacKey(QStringLiteral("backup-codes")).value(), *backup);
    QCOMPARE(ring.hmacKey(QStringLiteral("bad/purpose")).error().code,
             QString::fromLatin1(SecretStore::kBadName));
}

void TestKeyRing::damagedEntriesAreReported_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("viaPointer");
    QTest::newRow("short key") << QStringLiteral("totp-key-00112233aabbccdd") << QByteArray(16, 'k') << true;
    QTest::newRow("long key") << QStringLiteral("totp-key-00112233aabbccdd") << QByteArray(33, 'k') << true;
    QTest::newRow("pointer not an id")
        << QString::fromLatin1(KeyRing::kCurrentName) << QByteArray("../../etc") << true;
    QTest::newRow("short hmac key") << QStringLiteral("hmac-key-sms-codes") << QByteArray(8, 'h') << false;
}

void TestKeyRing::damagedEntriesAreReported()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, viaPointer);
    if (viaPointer && name != QLatin1String(KeyRing::kCurrentName))
        QVERIFY(m_store->write(QString::fromLatin1(KeyRing::kCurrentName), "00112233aabbccdd").ok());
    QVERIFY(m_store->write(name, bytes).ok());
    KeyRing ring(*m_store);
    const Error error =
        viaPointer ? ring.currentKey().error() : ring.hmacKey(QStringLiteral("sms-codes")).error();
    QCOMPARE(error.code, QString::fromLatin1(KeyRing::kBadKey));
    QVERIFY(error.message.contains(name));
    // A damaged key is never silently replaced by a new one.
    QCOMPARE(m_store->read(name).value(), bytes);
}

void TestKeyRing::unknownIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("well formed, absent") << QStringLiteral("0123456789abcdef");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("0123456789ABCDEF");
    QTest::newRow("path") << QStringLiteral("../../../etc/pw");
    QTest::newRow("current pointer") << QStringLiteral("current");
}

void TestKeyRing::unknownIds()
{
    QFETCH(QString, id);
    KeyRing ring(*m_store);
    QVERIFY(ring.currentKey().ok());
    QCOMPARE(ring.key(id).error().code, QString::fromLatin1(KeyRing::kUnknownKey));
}

void TestKeyRing::storeErrorsPassThrough()
{
    KeyRing ring(*m_store);
    QVERIFY(ring.currentKey().ok());
    QVERIFY(QFile::setPermissions(m_store->directory(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                            QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                            QFileDevice::ExeGroup));
    // A fresh ring has nothing cached, so it must go to the (now refused) store.
    const auto current = KeyRing(*m_store).currentKey();
    QVERIFY(!current.ok());
    QCOMPARE(current.error().code, QString::fromLatin1(FileSecretStore::kInsecure));
}

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_keyring.moc"
