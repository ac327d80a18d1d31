#include "crypto/PasswordHasher.h"

#include <QTest>

#include <crypt.h>

using namespace nova;

namespace {
// Light parameters keep the suite fast; the production defaults are tested once.
const PasswordHashParams kFast{1, 1024, 1};
} // namespace

class TestPasswordHasher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hashAndVerify_data();
    void hashAndVerify();
    void phcStringCarriesParameters();
    void saltsDiffer();
    void productionDefaultsVerify();
    void needsRehash();
    void bcryptPublishedVectors_data();
    void bcryptPublishedVectors();
    void bcryptCost12FromLibxcrypt();
    void rejectsGarbageAndHostileHashes_data();
    void rejectsGarbageAndHostileHashes();
};

void TestPasswordHasher::hashAndVerify_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << QStringLiteral("correct horse battery staple");
    QTest::newRow("arabic") << QStringLiteral("كلمة-سر-قوية-٢٠٢٦");
    QTest::newRow("empty") << QString();
}

void TestPasswordHasher::hashAndVerify()
{
    QFETCH(QString, password);
    const PasswordHasher hasher(kFast);
    const auto stored = hasher.hash(password);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
    QVERIFY(hasher.verify(password, *stored));
    QVERIFY(!hasher.verify(password + QLatin1Char('x'), *stored));
    QVERIFY(!stored->contains(password) || password.isEmpty());
}

void TestPasswordHasher::phcStringCarriesParameters()
{
    const auto stored = PasswordHasher(kFast).hash(QStringLiteral("pw")).value();
    QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$v=19$m=1024,t=1,p=1$")), qPrintable(stored));
    QVERIFY(PasswordHasher::isArgon2id(stored));
}

void TestPasswordHasher::saltsDiffer()
{
    const PasswordHasher hasher(kFast);
    QCOMPARE_NE(hasher.hash(QStringLiteral("same")).value(), hasher.hash(QStringLiteral("same")).value());
}

void TestPasswordHasher::productionDefaultsVerify()
{
    const PasswordHasher hasher;
    const auto stored = hasher.hash(QStringLiteral("Nova-CRM-2026")).value();
    QVERIFY(stored.contains(QStringLiteral("m=65536,t=3,p=1")));
    QVERIFY(hasher.verify(QStringLiteral("Nova-CRM-2026"), stored));
    QVERIFY(!hasher.needsRehash(stored));
}

void TestPasswordHasher::needsRehash()
{
    const QString weak = PasswordHasher(kFast).hash(QStringLiteral("pw")).value();
    const PasswordHasher stronger(PasswordHashParams{2, 2048, 1});
    QVERIFY(stronger.needsRehash(weak));
    QVERIFY(!PasswordHasher(kFast).needsRehash(weak));
    // The weaker hash still verifies: raising parameters must not lock anyone out.
    QVERIFY(stronger.verify(QStringLiteral("pw"), weak));
    QVERIFY(
        stronger.needsRehash(QStringLiteral("$2b$12$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui")));
}

void TestPasswordHasher::bcryptPublishedVectors_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("hash");
    // Openwall's crypt_blowfish test vectors, produced by an independent implementation.
    QTest::newRow("U*U 2a") << QStringLiteral("U*U")
                            << QStringLiteral("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
    QTest::newRow("U*U 2b") << QStringLiteral("U*U")
                            << QStringLiteral("$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
    QTest::newRow("empty") << QString()
                           << QStringLiteral("$2a$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy");
    QTest::newRow("72 bytes") << QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX"
                                                "YZ0123456789chars after 72 are ignored")
                              << QStringLiteral(
                                     "$2a$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui");
}

void TestPasswordHasher::bcryptPublishedVectors()
{
    QFETCH(QString, password);
    QFETCH(QString, hash);
    const PasswordHasher hasher(kFast);
    QVERIFY(PasswordHasher::isBcrypt(hash));
    QVERIFY(hasher.verify(password, hash));
    QVERIFY(!hasher.verify(password + QStringLiteral("!"), hash) || password.size() >= 72);
    QVERIFY(hasher.needsRehash(hash));
}

void TestPasswordHasher::bcryptCost12FromLibxcrypt()
{
    // The Nova CRM backend stores bcrypt with 12 rounds, as "$2b$12$…".
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    QVERIFY(crypt_gensalt_rn("$2b$", 12, nullptr, 0, salt, sizeof salt));
    crypt_data data{};
    const QByteArray password = QStringLiteral("سمسار-Nova-12").toUtf8();
    const QString hash = QString::fromLatin1(crypt_rn(password.constData(), salt, &data, sizeof data));
    QVERIFY(hash.startsWith(QStringLiteral("$2b$12$")));
    const PasswordHasher hasher(kFast);
    QVERIFY(hasher.verify(QStringLiteral("سمسار-Nova-12"), hash));
    QVERIFY(!hasher.verify(QStringLiteral("سمسار-Nova-13"), hash));
}

void TestPasswordHasher::rejectsGarbageAndHostileHashes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("password");
    QTest::newRow("argon2i not id") << QStringLiteral("$argon2i$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$aGFzaA");
    QTest::newRow("absurd memory") << QStringLiteral("$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHQ$aGFzaA");
    QTest::newRow("zero time") << QStringLiteral("$argon2id$v=19$m=1024,t=0,p=1$c29tZXNhbHQ$aGFzaA");
    QTest::newRow("truncated bcrypt") << QStringLiteral("$2b$12$abcdefghijklmnopqrstuu5s2v8");
    QTest::newRow("md5crypt") << QStringLiteral("$1$saltsalt$qjXMvbEw8oaL.CzflDugX/");
}

void TestPasswordHasher::rejectsGarbageAndHostileHashes()
{
    QFETCH(QString, stored);
    const PasswordHasher hasher(kFast);
    QVERIFY(!hasher.verify(QStringLiteral("password"), stored));
    QVERIFY(hasher.needsRehash(stored));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
