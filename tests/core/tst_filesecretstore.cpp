#include "secrets/FileSecretStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace nova;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(static_cast<char>(i));
    return bytes;
}

} // namespace

class TestFileSecretStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();

    void roundTrip_data();
    void roundTrip();
    void createsPrivateFolderAndFiles();
    void overwriteReplacesAtomically();
    void missingIsNotFound();
    void removeIsIdempotent();
    void badNamesAreRefused_data();
    void badNamesAreRefused();
    void tooLargeIsRefused();
    void openFolderIsRefused_data();
    void openFolderIsRefused();
    void readableFileIsRefused();
    void symlinkIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_folder;
};

void TestFileSecretStore::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_folder = m_tmp->filePath(QStringLiteral("secrets"));
}

void TestFileSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QStringLiteral("session-signing-key") << QByteArray("s3cr3t");
    QTest::newRow("every byte value") << QStringLiteral("totp-key-0011223344556677") << allBytes();
    QTest::newRow("nul only") << QStringLiteral("a") << QByteArray(3, '\0');
    QTest::newRow("empty") << QStringLiteral("empty.secret") << QByteArray();
    QTest::newRow("largest allowed") << QStringLiteral("big_one")
                                     << QByteArray(SecretStore::kMaxSecretSize, 'x');
    QTest::newRow("100-char name") << QString(100, QLatin1Char('n')) << QByteArray("v");
}

void TestFileSecretStore::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    FileSecretStore store(m_folder);
    const Status written = store.write(name, bytes);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    const auto read = FileSecretStore(m_folder).read(name);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(*read, bytes);
}

void TestFileSecretStore::createsPrivateFolderAndFiles()
{
    const QString nested = m_tmp->filePath(QStringLiteral("a/b/secrets"));
    FileSecretStore store(nested);
    QVERIFY(store.write(QStringLiteral("k"), "v").ok());
    QCOMPARE(modeOf(nested), mode_t(0700));
    QCOMPARE(modeOf(nested + QStringLiteral("/k")), mode_t(0600));
    // Nothing but the secret is left behind (no temporary files).
    QCOMPARE(QDir(nested).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("k")});
}

void TestFileSecretStore::overwriteReplacesAtomically()
{
    FileSecretStore store(m_folder);
    QVERIFY(store.write(QStringLiteral("k"), "first value, longer").ok());
    QVERIFY(store.write(QStringLiteral("k"), "second").ok());
    QCOMPARE(store.read(QStringLiteral("k")).value(), QByteArray("second"));
    QCOMPARE(modeOf(m_folder + QStringLiteral("/k")), mode_t(0600));
    QCOMPARE(QDir(m_folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
}

void TestFileSecretStore::missingIsNotFound()
{
    FileSecretStore store(m_folder);
    auto beforeFolder = store.read(QStringLiteral("nothing"));
    QVERIFY(!beforeFolder.ok());
    QVERIFY(SecretStore::isNotFound(beforeFolder.error()));
    QVERIFY(store.write(QStringLiteral("other"), "x").ok());
    auto missing = store.read(QStringLiteral("nothing"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QString::fromLatin1(SecretStore::kNotFound));
    QVERIFY(missing.error().message.contains(QLatin1String("nothing")));
}

void TestFileSecretStore::removeIsIdempotent()
{
    FileSecretStore store(m_folder);
    QVERIFY(store.write(QStringLiteral("k"), "v").ok());
    QVERIFY(store.remove(QStringLiteral("k")).ok());
    QVERIFY(SecretStore::isNotFound(store.read(QStringLiteral("k")).error()));
    QVERIFY(store.remove(QStringLiteral("k")).ok());
    QVERIFY(FileSecretStore(m_tmp->filePath(QStringLiteral("never-made"))).remove(QStringLiteral("k")).ok());
}

void TestFileSecretStore::badNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("hidden") << QStringLiteral(".hidden");
    QTest::newRow("dot") << QStringLiteral(".");
    QTest::newRow("parent") << QStringLiteral("..");
    QTest::newRow("path") << QStringLiteral("a/b");
    QTest::newRow("traversal") << QStringLiteral("../escape");
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("arabic") << QStringLiteral("مفتاح");
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    QTest::newRow("too long") << QString(101, QLatin1Char('n'));
}

void TestFileSecretStore::badNamesAreRefused()
{
    QFETCH(QString, name);
    FileSecretStore store(m_folder);
    const Status written = store.write(name, "v");
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QString::fromLatin1(SecretStore::kBadName));
    QCOMPARE(store.read(name).error().code, QString::fromLatin1(SecretStore::kBadName));
    QCOMPARE(store.remove(name).error().code, QString::fromLatin1(SecretStore::kBadName));
    QVERIFY(!QFile::exists(m_tmp->filePath(QStringLiteral("escape"))));
}

void TestFileSecretStore::tooLargeIsRefused()
{
    FileSecretStore store(m_folder);
    const Status written = store.write(QStringLiteral("k"), QByteArray(SecretStore::kMaxSecretSize + 1, 'x'));
    QVERIFY(!written.ok());
    QVERIFY(!QFile::exists(m_folder + QStringLiteral("/k")));
}

void TestFileSecretStore::openFolderIsRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("group readable") << 0750;
    QTest::newRow("world readable") << 0705;
    QTest::newRow("group writable only") << 0720;
}

void TestFileSecretStore::openFolderIsRefused()
{
    QFETCH(int, mode);
    FileSecretStore store(m_folder);
    QVERIFY(store.write(QStringLiteral("k"), "v").ok());
    QVERIFY(::chmod(QFile::encodeName(m_folder).constData(), static_cast<mode_t>(mode)) == 0);
    const auto read = store.read(QStringLiteral("k"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QString::fromLatin1(FileSecretStore::kInsecure));
    QVERIFY2(read.error().message.contains(QStringLiteral("chmod 700 ") + m_folder),
             qPrintable(read.errorMessage()));
    const Status written = store.write(QStringLiteral("k2"), "v");
    QCOMPARE(written.error().code, QString::fromLatin1(FileSecretStore::kInsecure));
    QVERIFY(!QFile::exists(m_folder + QStringLiteral("/k2")));
}

void TestFileSecretStore::readableFileIsRefused()
{
    FileSecretStore store(m_folder);
    QVERIFY(store.write(QStringLiteral("k"), "v").ok());
    const QString file = m_folder + QStringLiteral("/k");
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    const auto read = store.read(QStringLiteral("k"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QString::fromLatin1(FileSecretStore::kInsecure));
    QVERIFY2(read.error().message.contains(QStringLiteral("chmod 600 ") + file),
             qPrintable(read.errorMessage()));
    QVERIFY(read.error().message.contains(QLatin1String("0644")));
    // Writing a new value replaces the file with a private one.
    QVERIFY(store.write(QStringLiteral("k"), "w").ok());
    QCOMPARE(modeOf(file), mode_t(0600));
    QCOMPARE(store.read(QStringLiteral("k")).value(), QByteArray("w"));
}

void TestFileSecretStore::symlinkIsRefused()
{
    FileSecretStore store(m_folder);
    QVERIFY(store.write(QStringLiteral("real"), "v").ok());
    const QString elsewhere = m_tmp->filePath(QStringLiteral("elsewhere"));
    {
        QFile target(elsewhere);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write("attacker");
    }
    QVERIFY(::chmod(QFile::encodeName(elsewhere).constData(), 0600) == 0);
    QVERIFY(QFile::link(elsewhere, m_folder + QStringLiteral("/linked")));
    const auto read = store.read(QStringLiteral("linked"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QString::fromLatin1(FileSecretStore::kInsecure));
    QVERIFY(!store.write(QStringLiteral("linked"), "secret").ok());
    QFile target(elsewhere);
    QVERIFY(target.open(QIODevice::ReadOnly));
    QCOMPARE(target.readAll(), QByteArray("attacker"));

    // The folder itself as a link is refused too.
    const QString linkedFolder = m_tmp->filePath(QStringLiteral("folder-link"));
    QVERIFY(QFile::link(m_folder, linkedFolder));
    const auto viaLink = FileSecretStore(linkedFolder).read(QStringLiteral("real"));
    QCOMPARE(viaLink.error().code, QString::fromLatin1(FileSecretStore::kInsecure));
}

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
