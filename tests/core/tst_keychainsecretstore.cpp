#include "secrets/KeychainSecretStore.h"

#include <QFuture>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using namespace nova;

// Runs against the real Secret Service (gnome-keyring, started and unlocked
// by scripts/test-in-session.sh inside dbus-run-session).
class TestKeychainSecretStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void writeThenRead_data();
    void writeThenRead();
    void overwrite();
    void missingIsNotFound();
    void removeIsIdempotent();
    void badNamesAreRefused_data();
    void badNamesAreRefused();
    void servicesAreSeparate();
    void worksFromWorkerThreads();

private:
    QString m_service;
    QStringList m_written;
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset): run the tests through "
              "scripts/test-in-session.sh, which starts dbus-run-session and an unlocked gnome-keyring.");
    // A service name of its own, so a run never touches real entries.
    m_service = QStringLiteral("Nova Admin test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainSecretStore store(m_service);
    const Status probe = store.write(QStringLiteral("probe"), "x");
    QVERIFY2(probe.ok(),
             qPrintable(QStringLiteral("The keychain is not usable although a session bus exists: ") +
                        probe.errorMessage()));
    QVERIFY(store.remove(QStringLiteral("probe")).ok());
}

void TestKeychainSecretStore::cleanupTestCase()
{
    KeychainSecretStore store(m_service);
    for (const QString& name : std::as_const(m_written))
        (void)store.remove(name);
}

void TestKeychainSecretStore::writeThenRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QByteArray every;
    for (int i = 0; i < 256; ++i)
        every.append(static_cast<char>(i));
    QTest::newRow("text") << QStringLiteral("session-signing-key") << QByteArray("s3cr3t value");
    QTest::newRow("every byte value") << QStringLiteral("totp-key-0011223344556677") << every;
    QTest::newRow("leading nul") << QStringLiteral("nul") << QByteArray("\0abc", 4);
    QTest::newRow("invalid utf-8") << QStringLiteral("latin") << QByteArray("\xff\xfe\xc3", 3);
    QTest::newRow("32 random-looking bytes") << QStringLiteral("hmac-key-backup-codes")
                                             << QByteArray::fromHex("00ff10e0c1d2e3f40516273849"
                                                                    "5a6b7c8d9eafb0c1d2e3f4051627");
}

void TestKeychainSecretStore::writeThenRead()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    m_written.append(name);
    KeychainSecretStore store(m_service);
    const Status written = store.write(name, bytes);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    const auto read = KeychainSecretStore(m_service).read(name);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(*read, bytes);
}

void TestKeychainSecretStore::overwrite()
{
    m_written.append(QStringLiteral("over"));
    KeychainSecretStore store(m_service);
    QVERIFY(store.write(QStringLiteral("over"), "first").ok());
    QVERIFY(store.write(QStringLiteral("over"), "second").ok());
    QCOMPARE(store.read(QStringLiteral("over")).value(), QByteArray("second"));
}

void TestKeychainSecretStore::missingIsNotFound()
{
    const auto read = KeychainSecretStore(m_service).read(QStringLiteral("never-written"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QString::fromLatin1(SecretStore::kNotFound));
}

void TestKeychainSecretStore::removeIsIdempotent()
{
    KeychainSecretStore store(m_service);
    QVERIFY(store.write(QStringLiteral("gone"), "v").ok());
    QVERIFY(store.remove(QStringLiteral("gone")).ok());
    QVERIFY(SecretStore::isNotFound(store.read(QStringLiteral("gone")).error()));
    const Status again = store.remove(QStringLiteral("gone"));
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
}

void TestKeychainSecretStore::badNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("hidden") << QStringLiteral(".x");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("arabic") << QStringLiteral("سر");
}

void TestKeychainSecretStore::badNamesAreRefused()
{
    QFETCH(QString, name);
    KeychainSecretStore store(m_service);
    QCOMPARE(store.write(name, "v").error().code, QString::fromLatin1(SecretStore::kBadName));
    QCOMPARE(store.read(name).error().code, QString::fromLatin1(SecretStore::kBadName));
    QCOMPARE(store.remove(name).error().code, QString::fromLatin1(SecretStore::kBadName));
}

void TestKeychainSecretStore::servicesAreSeparate()
{
    m_written.append(QStringLiteral("shared-name"));
    KeychainSecretStore mine(m_service);
    KeychainSecretStore other(m_service + QStringLiteral(" other"));
    QVERIFY(mine.write(QStringLiteral("shared-name"), "mine").ok());
    QVERIFY(SecretStore::isNotFound(other.read(QStringLiteral("shared-name")).error()));
}

void TestKeychainSecretStore::worksFromWorkerThreads()
{
    // Several threads at once, none of them running an event loop of its own,
    // while the main thread is blocked waiting for them.
    KeychainSecretStore store(m_service);
    QList<QFuture<QString>> futures;
    for (int i = 0; i < 6; ++i) {
        const QString name = QStringLiteral("thread-%1").arg(i);
        m_written.append(name);
        futures.append(QtConcurrent::run([&store, name, i]() -> QString {
            const QByteArray value = QByteArray::number(i) + QByteArray(40, static_cast<char>(0x80 + i));
            for (int round = 0; round < 3; ++round) {
                if (const Status w = store.write(name, value); !w)
                    return w.errorMessage();
                const auto r = store.read(name);
                if (!r)
                    return r.errorMessage();
                if (*r != value)
                    return QStringLiteral("%1 read back different bytes").arg(name);
            }
            return QString();
        }));
    }
    for (auto& future : futures)
        QCOMPARE(future.result(), QString());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
