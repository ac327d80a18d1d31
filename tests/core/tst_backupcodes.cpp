#include "crypto/AeadCipher.h"
#include "totp/BackupCodes.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace nova;

class TestBackupCodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shapeAndAlphabet();
    void unique();
    void digestsMatchTypedVariants_data();
    void digestsMatchTypedVariants();
    void digestsDependOnKeyAndRevealNothing();
    void singleUseIsTheCallersListMinusOne();
};

void TestBackupCodes::shapeAndAlphabet()
{
    const QStringList codes = BackupCodes::generate();
    QCOMPARE(codes.size(), 10);
    const QRegularExpression shape(QStringLiteral("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$"));
    for (const QString& code : codes) {
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
        QCOMPARE(BackupCodes::normalize(code).size(), 10);
    }
}

void TestBackupCodes::unique()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        for (const QString& code : BackupCodes::generate())
            seen.insert(code);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestBackupCodes::digestsMatchTypedVariants_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("as shown") << QStringLiteral("7KQ4M-XP2RW");
    QTest::newRow("lower case") << QStringLiteral("7kq4m-xp2rw");
    QTest::newRow("no hyphen") << QStringLiteral("7KQ4MXP2RW");
    QTest::newRow("spaces") << QStringLiteral(" 7KQ4M XP2RW ");
}

void TestBackupCodes::digestsMatchTypedVariants()
{
    QFETCH(QString, typed);
    const QByteArray key = AeadCipher::generateKey();
    const QList<QByteArray> digests{BackupCodes::digest(QStringLiteral("AAAAA-BBBBB"), key),
                                    BackupCodes::digest(QStringLiteral("7KQ4M-XP2RW"), key)};
    QCOMPARE(BackupCodes::match(typed, digests, key), 1);
    QCOMPARE(BackupCodes::match(QStringLiteral("7KQ4M-XP2RX"), digests, key), -1);
}

void TestBackupCodes::digestsDependOnKeyAndRevealNothing()
{
    const QString code = QStringLiteral("7KQ4M-XP2RW");
    const QByteArray a = BackupCodes::digest(code, AeadCipher::generateKey());
    const QByteArray b = BackupCodes::digest(code, AeadCipher::generateKey());
    QCOMPARE(a.size(), 32);
    QCOMPARE_NE(a, b);
    QVERIFY(!a.contains("7KQ4M"));
    QCOMPARE(BackupCodes::match(code, {a}, AeadCipher::generateKey()), -1);
}

void TestBackupCodes::singleUseIsTheCallersListMinusOne()
{
    const QByteArray key = AeadCipher::generateKey();
    const QStringList codes = BackupCodes::generate();
    QList<QByteArray> digests;
    for (const QString& code : codes)
        digests.append(BackupCodes::digest(code, key));
    const int used = BackupCodes::match(codes.at(3), digests, key);
    QCOMPARE(used, 3);
    digests.removeAt(used);
    QCOMPARE(BackupCodes::match(codes.at(3), digests, key), -1);
    QCOMPARE(BackupCodes::match(codes.at(4), digests, key), 3);
}

QTEST_GUILESS_MAIN(TestBackupCodes)
#include "tst_backupcodes.moc"
