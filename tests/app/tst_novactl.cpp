#include "TestDatabase.h"
#include "crypto/Base32.h"
#include "totp/Otp.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nova;
using nova::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("Correct-Horse-Battery-9");

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

} // namespace

// nova-ctl as scripts use it: the real executable, a real database on both
// engines, keys in a file store, judged by exit codes and output.
class TestNovaCtl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void helpWorksForEveryCommand_data();
    void helpWorksForEveryCommand();
    void userLifecycle();
    void importedBcryptUserSignsIn();
    void bruteForceBlocksTheAddressAndLocksTheAccount();
    void totpEnrollmentAndSecondFactor();
    void permissionCheckAndRoleGrants();
    void ipBlockListAndExport();
    void logVerifyFindsAnEditedRow();
    void logExportIsJsonLines();
    void userExportWritesPrivateFiles();
    void speaksTheSystemLanguageButJsonStaysEnglish();
    void backupCreateVerifyRestore();
    void backupRefusesBadFilesAndNeedsYes();
    void badInputIsRefusedClearly_data();
    void badInputIsRefusedClearly();

private:
    // locale: the LC_ALL nova-ctl runs under; its messages follow it.
    Run ctl(const QStringList& arguments, const QByteArray& input = {},
            const QString& locale = QStringLiteral("C.UTF-8"));
    Run ctlOk(const QStringList& arguments, const QByteArray& input = {});
    void addUser(const QString& name, const QString& role, const QStringList& extra = {});
    QJsonDocument json(const Run& run) const { return QJsonDocument::fromJson(run.out.toUtf8()); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestNovaCtl::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestNovaCtl::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Run TestNovaCtl::ctl(const QStringList& arguments, const QByteArray& input, const QString& locale)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NOVA_CTL_PATH),
                  QStringList{QStringLiteral("--database"), m_db->url(), QStringLiteral("--secrets"),
                              QStringLiteral("file:") + m_dir->filePath(QStringLiteral("secrets"))} +
                      arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run TestNovaCtl::ctlOk(const QStringList& arguments, const QByteArray& input)
{
    Run run = ctl(arguments, input);
    if (run.exitCode != 0 || run.exitStatus != QProcess::NormalExit)
        qWarning("nova-ctl %s -> %d\n%s", qPrintable(arguments.join(QLatin1Char(' '))), run.exitCode,
                 qPrintable(run.err));
    return run;
}

void TestNovaCtl::addUser(const QString& name, const QString& role, const QStringList& extra)
{
    const Run run = ctlOk(QStringList{QStringLiteral("user"), QStringLiteral("add"), name,
                                      QStringLiteral("--role"), role, QStringLiteral("--password-stdin")} +
                              extra,
                          kPassword.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 0);
}

void TestNovaCtl::helpWorksForEveryCommand_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("top") << QStringList{};
    const QList<QStringList> commands{
        {QStringLiteral("user"), QStringLiteral("add")},
        {QStringLiteral("user"), QStringLiteral("list")},
        {QStringLiteral("user"), QStringLiteral("disable")},
        {QStringLiteral("user"), QStringLiteral("enable")},
        {QStringLiteral("user"), QStringLiteral("unlock")},
        {QStringLiteral("user"), QStringLiteral("delete")},
        {QStringLiteral("user"), QStringLiteral("import")},
        {QStringLiteral("user"), QStringLiteral("export")},
        {QStringLiteral("totp"), QStringLiteral("enroll")},
        {QStringLiteral("totp"), QStringLiteral("confirm")},
        {QStringLiteral("totp"), QStringLiteral("disable")},
        {QStringLiteral("login")},
        {QStringLiteral("logout")},
        {QStringLiteral("role"), QStringLiteral("list")},
        {QStringLiteral("role"), QStringLiteral("show")},
        {QStringLiteral("role"), QStringLiteral("grant")},
        {QStringLiteral("role"), QStringLiteral("revoke")},
        {QStringLiteral("perm"), QStringLiteral("check")},
        {QStringLiteral("ip"), QStringLiteral("block")},
        {QStringLiteral("ip"), QStringLiteral("unblock")},
        {QStringLiteral("ip"), QStringLiteral("list")},
        {QStringLiteral("ip"), QStringLiteral("export")},
        {QStringLiteral("log"), QStringLiteral("list")},
        {QStringLiteral("log"), QStringLiteral("verify")},
        {QStringLiteral("log"), QStringLiteral("export")},
        {QStringLiteral("backup"), QStringLiteral("create")},
        {QStringLiteral("backup"), QStringLiteral("verify")},
        {QStringLiteral("backup"), QStringLiteral("restore")},
        {QStringLiteral("backup"), QStringLiteral("mark")},
        {QStringLiteral("backup"), QStringLiteral("status")},
    };
    for (const QStringList& command : commands)
        QTest::newRow(qPrintable(command.join(QLatin1Char(' ')))) << command;
}

void TestNovaCtl::helpWorksForEveryCommand()
{
    QFETCH(QStringList, command);
    const Run run = ctl(command + QStringList{QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Usage")) || run.out.contains(QLatin1String("usage")),
             qPrintable(run.out));
    if (!command.isEmpty())
        QVERIFY2(run.out.contains(QStringLiteral("nova-ctl ") + command.join(QLatin1Char(' '))),
                 qPrintable(run.out));
}

void TestNovaCtl::speaksTheSystemLanguageButJsonStaysEnglish()
{
    const QString arabic = QStringLiteral("ar_SA.UTF-8");
    const auto hasArabic = [](const QString& text) {
        return std::any_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.script() == QChar::Script_Arabic && c.isLetter(); });
    };
    const Run help = ctl({QStringLiteral("--help")}, {}, arabic);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(hasArabic(help.out + help.err), qPrintable(help.out));
    QVERIFY(!hasArabic(ctl({QStringLiteral("--help")}).out));

    // The same refusal, the same exit code, in the reader's language.
    const Run english = ctl({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody")});
    const Run inArabic =
        ctl({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody")}, {}, arabic);
    QVERIFY(english.exitCode != 0);
    QCOMPARE(inArabic.exitCode, english.exitCode);
    QVERIFY2(hasArabic(inArabic.err), qPrintable(inArabic.err));
    QVERIFY(!hasArabic(english.err));

    addUser(QStringLiteral("layla"), QStringLiteral("broker"));
    const Run listed =
        ctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")}, {}, arabic);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(!hasArabic(listed.out), qPrintable(listed.out));
    QVERIFY(json(listed).isArray() || json(listed).isObject());
}

void TestNovaCtl::userLifecycle()
{
    addUser(QStringLiteral("hala"), QStringLiteral("admin"),
            {QStringLiteral("--email"), QStringLiteral("hala@example.com")});
    addUser(QStringLiteral("مريم"), QStringLiteral("broker"));

    Run list = ctlOk({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray users = json(list).array();
    QCOMPARE(users.size(), 2);
    QStringList names;
    for (const QJsonValue& user : users)
        names.append(user[QLatin1String("username")].toString());
    QVERIFY(names.contains(QStringLiteral("مريم")));
    QVERIFY(names.contains(QStringLiteral("hala")));

    QCOMPARE(ctl({QStringLiteral("login"), QStringLiteral("مريم"), QStringLiteral("--password-stdin")},
                 kPassword.toUtf8() + '\n')
                 .exitCode,
             0);
    QCOMPARE(ctlOk({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("مريم")}).exitCode, 0);
    const Run refused =
        ctl({QStringLiteral("login"), QStringLiteral("مريم"), QStringLiteral("--password-stdin")},
            kPassword.toUtf8() + '\n');
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("disabled")), qPrintable(refused.err));
    QCOMPARE(ctlOk({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("مريم")}).exitCode, 0);
    QCOMPARE(ctl({QStringLiteral("login"), QStringLiteral("مريم"), QStringLiteral("--password-stdin")},
                 kPassword.toUtf8() + '\n')
                 .exitCode,
             0);

    QCOMPARE(ctlOk({QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("مريم")}).exitCode, 0);
    list = ctlOk({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json(list).array().size(), 1);

    const Run log = ctlOk({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json"),
                           QStringLiteral("--event"), QStringLiteral("delete_user")});
    QCOMPARE(json(log).array().size(), 1);
}

void TestNovaCtl::importedBcryptUserSignsIn()
{
    const QString csv = QStringLiteral(NOVA_SOURCE_DIR "/tests/data/import/users_good.csv");
    const Run dry =
        ctlOk({QStringLiteral("user"), QStringLiteral("import"), csv, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(json(ctlOk({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")}))
                 .array()
                 .size(),
             0);
    const Run imported = ctlOk({QStringLiteral("user"), QStringLiteral("import"), csv});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(json(ctlOk({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")}))
                .array()
                .size() >= 3);
    const Run again = ctl({QStringLiteral("user"), QStringLiteral("import"), csv});
    QCOMPARE(again.exitCode, 3);

    // The Nova CRM bcrypt hash verifies, and is replaced by Argon2id on the way.
    for (int i = 0; i < 2; ++i) {
        const Run login =
            ctl({QStringLiteral("login"), QStringLiteral("omar.k"), QStringLiteral("--password-stdin")},
                QByteArray("Correct-Horse-Battery-9\n"));
        QCOMPARE(login.exitCode, 0);
    }
    QSqlQuery hash(m_db->db().connection());
    QVERIFY(hash.exec(QStringLiteral("SELECT password_hash FROM users WHERE username = 'omar.k'")));
    QVERIFY(hash.next());
    QVERIFY(hash.value(0).toString().startsWith(QLatin1String("$argon2id$")));
}

void TestNovaCtl::bruteForceBlocksTheAddressAndLocksTheAccount()
{
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    const QString attacker = QStringLiteral("203.0.113.9");
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const Run run = ctl({QStringLiteral("login"), QStringLiteral("omar"),
                             QStringLiteral("--password-stdin"), QStringLiteral("--ip"), attacker},
                            QByteArray("wrong-password-") + QByteArray::number(attempt) + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("user name or password is wrong")), qPrintable(run.err));
    }
    // The right password from the attacker's address: the address is blocked.
    Run run = ctl({QStringLiteral("login"), QStringLiteral("omar"), QStringLiteral("--password-stdin"),
                   QStringLiteral("--ip"), attacker},
                  kPassword.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("blocked")), qPrintable(run.err));

    const Run blocked = ctlOk({QStringLiteral("ip"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray entries = json(blocked).array();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0)[QLatin1String("range")].toString(), attacker + QStringLiteral("/32"));
    QCOMPARE(entries.at(0)[QLatin1String("source")].toString(), QStringLiteral("detector"));
    const QDateTime until =
        QDateTime::fromString(entries.at(0)[QLatin1String("expiresAt")].toString(), Qt::ISODateWithMs);
    QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));

    // From elsewhere: the account itself is locked after five failures.
    run = ctl({QStringLiteral("login"), QStringLiteral("omar"), QStringLiteral("--password-stdin"),
               QStringLiteral("--ip"), QStringLiteral("198.51.100.20")},
              kPassword.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("locked")), qPrintable(run.err));

    QCOMPARE(ctlOk({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("omar")}).exitCode, 0);
    run = ctl({QStringLiteral("login"), QStringLiteral("omar"), QStringLiteral("--password-stdin"),
               QStringLiteral("--ip"), QStringLiteral("198.51.100.20"), QStringLiteral("--json")},
              kPassword.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run)[QLatin1String("token")].toString().count(QLatin1Char('.')), 2);

    // Every attempt is in the log, in the form fail2ban reads.
    const Run failures = ctlOk({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--event"), QStringLiteral("login"),
                                QStringLiteral("--failed"), QStringLiteral("--ip"), attacker});
    QCOMPARE(json(failures).array().size(), 5);
    const Run verify = ctlOk({QStringLiteral("log"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 0);
}

void TestNovaCtl::totpEnrollmentAndSecondFactor()
{
    addUser(QStringLiteral("sara"), QStringLiteral("broker"));
    const Run enrolled = ctlOk(
        {QStringLiteral("totp"), QStringLiteral("enroll"), QStringLiteral("sara"), QStringLiteral("--json")});
    QCOMPARE(enrolled.exitCode, 0);
    const QJsonObject enrollment = json(enrolled).object();
    QVERIFY(enrollment[QLatin1String("uri")].toString().startsWith(QLatin1String("otpauth://totp/")));
    const auto key = Base32::decode(enrollment[QLatin1String("secret")].toString());
    QVERIFY(key.ok());

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(ctl({QStringLiteral("totp"), QStringLiteral("confirm"), QStringLiteral("sara"),
                  QStringLiteral("000000x")})
                 .exitCode,
             1);
    const Run confirmed = ctlOk({QStringLiteral("totp"), QStringLiteral("confirm"), QStringLiteral("sara"),
                                 Otp::totp(*key, now), QStringLiteral("--json")});
    QCOMPARE(confirmed.exitCode, 0);
    const QJsonArray codes = json(confirmed)[QLatin1String("backupCodes")].toArray();
    QCOMPARE(codes.size(), 10);

    const QByteArray password = kPassword.toUtf8() + '\n';
    Run run =
        ctl({QStringLiteral("login"), QStringLiteral("sara"), QStringLiteral("--password-stdin")}, password);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("--code")), qPrintable(run.err));

    // The confirming code's time step is used up; the next step is within the skew window.
    run = ctl({QStringLiteral("login"), QStringLiteral("sara"), QStringLiteral("--password-stdin"),
               QStringLiteral("--code"), Otp::totp(*key, now)},
              password);
    QCOMPARE(run.exitCode, 1);
    run = ctl({QStringLiteral("login"), QStringLiteral("sara"), QStringLiteral("--password-stdin"),
               QStringLiteral("--code"), Otp::totp(*key, now + 30)},
              password);
    QCOMPARE(run.exitCode, 0);

    const QString backup = codes.at(0).toString();
    run = ctl({QStringLiteral("login"), QStringLiteral("sara"), QStringLiteral("--password-stdin"),
               QStringLiteral("--backup-code"), backup},
              password);
    QCOMPARE(run.exitCode, 0);
    run = ctl({QStringLiteral("login"), QStringLiteral("sara"), QStringLiteral("--password-stdin"),
               QStringLiteral("--backup-code"), backup},
              password);
    QCOMPARE(run.exitCode, 1);

    QCOMPARE(ctlOk({QStringLiteral("totp"), QStringLiteral("disable"), QStringLiteral("sara")}).exitCode, 0);
    QCOMPARE(
        ctl({QStringLiteral("login"), QStringLiteral("sara"), QStringLiteral("--password-stdin")}, password)
            .exitCode,
        0);
}

void TestNovaCtl::permissionCheckAndRoleGrants()
{
    addUser(QStringLiteral("nour"), QStringLiteral("broker"));
    const auto check = [this](const char* feature, const char* action) {
        return ctl({QStringLiteral("perm"), QStringLiteral("check"), QStringLiteral("nour"),
                    QString::fromLatin1(feature), QString::fromLatin1(action)})
            .exitCode;
    };
    QCOMPARE(check("crm", "delete"), 0);
    QCOMPARE(check("finance", "delete"), 1);
    QCOMPARE(check("users", "delete"), 1);

    const Run denials = ctlOk({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--event"), QStringLiteral("unauthorized_access")});
    QCOMPARE(json(denials).array().size(), 2);

    QCOMPARE(ctlOk({QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("broker"),
                    QStringLiteral("finance"), QStringLiteral("delete")})
                 .exitCode,
             0);
    QCOMPARE(check("finance", "delete"), 0);
    QCOMPARE(ctlOk({QStringLiteral("role"), QStringLiteral("revoke"), QStringLiteral("broker"),
                    QStringLiteral("finance"), QStringLiteral("delete")})
                 .exitCode,
             0);
    QCOMPARE(check("finance", "delete"), 1);

    const Run lockout = ctl({QStringLiteral("role"), QStringLiteral("revoke"), QStringLiteral("admin"),
                             QStringLiteral("*"), QStringLiteral("manage")});
    QVERIFY(lockout.exitCode != 0);
    QVERIFY(!lockout.err.isEmpty());
    const Run admin = ctlOk(
        {QStringLiteral("role"), QStringLiteral("show"), QStringLiteral("admin"), QStringLiteral("--json")});
    QCOMPARE(json(admin)[QLatin1String("grants")].toArray().size(), 1);
}

void TestNovaCtl::ipBlockListAndExport()
{
    QCOMPARE(ctlOk({QStringLiteral("ip"), QStringLiteral("block"), QStringLiteral("198.51.100.0/24"),
                    QStringLiteral("--for"), QStringLiteral("2h"), QStringLiteral("--reason"),
                    QStringLiteral("scanner")})
                 .exitCode,
             0);
    QCOMPARE(ctlOk({QStringLiteral("ip"), QStringLiteral("block"), QStringLiteral("2001:db8::1")}).exitCode,
             0);
    QCOMPARE(
        json(ctlOk({QStringLiteral("ip"), QStringLiteral("list"), QStringLiteral("--json")})).array().size(),
        2);

    const Run nginx = ctlOk({QStringLiteral("ip"), QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("nginx")});
    QVERIFY2(nginx.out.contains(QLatin1String("deny 198.51.100.0/24;")), qPrintable(nginx.out));
    QVERIFY2(nginx.out.contains(QLatin1String("deny 2001:db8::1/128;")), qPrintable(nginx.out));
    const QString file = m_dir->filePath(QStringLiteral("plain.txt"));
    QCOMPARE(
        ctlOk({QStringLiteral("ip"), QStringLiteral("export"), QStringLiteral("--output"), file}).exitCode,
        0);
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QVERIFY(plain.readAll().contains("198.51.100.0/24\n"));

    QCOMPARE(
        ctlOk({QStringLiteral("ip"), QStringLiteral("unblock"), QStringLiteral("198.51.100.0/24")}).exitCode,
        0);
    QCOMPARE(
        json(ctlOk({QStringLiteral("ip"), QStringLiteral("list"), QStringLiteral("--json")})).array().size(),
        1);
    QVERIFY(
        ctl({QStringLiteral("ip"), QStringLiteral("unblock"), QStringLiteral("198.51.100.0/24")}).exitCode !=
        0);

    QCOMPARE(ctlOk({QStringLiteral("ip"), QStringLiteral("allow"), QStringLiteral("192.0.2.0/24"),
                    QStringLiteral("--note"), QStringLiteral("office")})
                 .exitCode,
             0);
    const Run refused = ctl({QStringLiteral("ip"), QStringLiteral("block"), QStringLiteral("192.0.2.15")});
    QVERIFY(refused.exitCode != 0);
    QVERIFY(!refused.err.isEmpty());
}

void TestNovaCtl::logVerifyFindsAnEditedRow()
{
    addUser(QStringLiteral("layla"), QStringLiteral("manager"));
    QCOMPARE(ctl({QStringLiteral("login"), QStringLiteral("layla"), QStringLiteral("--password-stdin"),
                  QStringLiteral("--ip"), QStringLiteral("192.0.2.44")},
                 QByteArray("nope\n"))
                 .exitCode,
             1);
    QCOMPARE(ctlOk({QStringLiteral("log"), QStringLiteral("verify")}).exitCode, 0);

    QSqlQuery edit(m_db->db().connection());
    QVERIFY(edit.exec(QStringLiteral("SELECT id FROM security_log WHERE event = 'login'")));
    QVERIFY(edit.next());
    const qint64 id = edit.value(0).toLongLong();
    QVERIFY(edit.exec(QStringLiteral("UPDATE security_log SET ip = '10.1.1.1' WHERE id = %1").arg(id)));

    const Run verify = ctl({QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(verify.exitCode, 1);
    QCOMPARE(json(verify)[QLatin1String("firstBrokenId")].toInteger(), id);
    QCOMPARE(json(verify)[QLatin1String("intact")].toBool(), false);
}

void TestNovaCtl::logExportIsJsonLines()
{
    addUser(QStringLiteral("karim"), QStringLiteral("broker"));
    QCOMPARE(ctl({QStringLiteral("login"), QStringLiteral("karim"), QStringLiteral("--password-stdin"),
                  QStringLiteral("--ip"), QStringLiteral("192.0.2.80")},
                 QByteArray("nope\n"))
                 .exitCode,
             1);
    const QString file = m_dir->filePath(QStringLiteral("log.jsonl"));
    QCOMPARE(ctlOk({QStringLiteral("log"), QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("jsonl"), QStringLiteral("--output"), file})
                 .exitCode,
             0);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    bool failedLogin = false;
    for (const QByteArray& line : lines) {
        QJsonParseError error;
        QJsonDocument::fromJson(line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        failedLogin =
            failedLogin || (line.contains("\"event\":\"login\"") && line.contains("\"success\":false") &&
                            line.contains("\"ip\":\"192.0.2.80\""));
    }
    QVERIFY(failedLogin);
    const Run exports = ctlOk({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--event"), QStringLiteral("export_data")});
    QCOMPARE(json(exports).array().size(), 1);
}

void TestNovaCtl::userExportWritesPrivateFiles()
{
    addUser(QStringLiteral("nadia"), QStringLiteral("broker"),
            {QStringLiteral("--email"), QStringLiteral("nadia@example.com"), QStringLiteral("--phone"),
             QStringLiteral("+971501234567")});
    const QString folder = m_dir->filePath(QStringLiteral("export"));
    const Run text = ctlOk({QStringLiteral("user"), QStringLiteral("export"), QStringLiteral("nadia"),
                            QStringLiteral("--out"), folder});
    QCOMPARE(text.exitCode, 0);
    const QStringList paths = text.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(paths, (QStringList{folder + QStringLiteral("/nadia-personal-data.json"),
                                 folder + QStringLiteral("/nadia-personal-data.html")}));
    for (const QString& path : paths)
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile jsonFile(paths.at(0));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(jsonFile.readAll()).object();
    const QJsonObject account = document[QLatin1String("account")].toObject();
    QCOMPARE(account[QLatin1String("username")].toString(), QStringLiteral("nadia"));
    QCOMPARE(account[QLatin1String("email")].toString(), QStringLiteral("nadia@example.com"));
    QVERIFY(!account.contains(QLatin1String("password_hash")));
    QVERIFY(
        document[QLatin1String("two_factor")][QLatin1String("sms")][QLatin1String("phone_on_file")].toBool());
    // create_user, by the local operator.
    QCOMPARE(document[QLatin1String("security_log")][QLatin1String("count")].toInt(), 1);

    const Run scripted =
        ctlOk({QStringLiteral("user"), QStringLiteral("export"), QStringLiteral("nadia"),
               QStringLiteral("--out"), m_dir->filePath(QStringLiteral("again")), QStringLiteral("--json")});
    QCOMPARE(scripted.exitCode, 0);
    const QJsonObject result = json(scripted).object();
    QCOMPARE(result[QLatin1String("user")].toString(), QStringLiteral("nadia"));
    QVERIFY(QFile::exists(result[QLatin1String("jsonFile")].toString()));
    QVERIFY(QFile::exists(result[QLatin1String("htmlFile")].toString()));
    // The first export is now on record about her.
    QCOMPARE(result[QLatin1String("logEntries")].toInt(), 2);

    const Run exports = ctlOk({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--event"), QStringLiteral("export_data")});
    QCOMPARE(json(exports).array().size(), 2);
}

void TestNovaCtl::backupCreateVerifyRestore()
{
    addUser(QStringLiteral("layla"), QStringLiteral("manager"));
    const QString file = m_dir->filePath(QStringLiteral("nova.backup"));
    const QString passphraseFile = m_dir->filePath(QStringLiteral("passphrase"));
    QFile passphrase(passphraseFile);
    QVERIFY(passphrase.open(QIODevice::WriteOnly));
    passphrase.write("a long backup passphrase\n");
    passphrase.close();
    QVERIFY(passphrase.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const QStringList key{QStringLiteral("--passphrase-file"), passphraseFile};

    const Run created =
        ctl(QStringList{QStringLiteral("backup"), QStringLiteral("create"), file, QStringLiteral("--json")} +
            key);
    if (m_db->isPostgres()) {
        // pg_dump's job: refused with the recipe, and recorded when done.
        QCOMPARE(created.exitCode, 3);
        QVERIFY2(created.err.contains(QLatin1String("pg_dump")), qPrintable(created.err));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(ctlOk({QStringLiteral("backup"), QStringLiteral("mark"), QStringLiteral("--note"),
                        QStringLiteral("pg_dump -Fc")})
                     .exitCode,
                 0);
        const Run status =
            ctlOk({QStringLiteral("backup"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(json(status)[QLatin1String("lastBackup")][QLatin1String("kind")].toString(),
                 QStringLiteral("external"));
        QCOMPARE(json(status)[QLatin1String("overdue")].toBool(), false);
        return;
    }
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(json(created)[QLatin1String("key")].toString(), QStringLiteral("passphrase"));
    QVERIFY(json(created)[QLatin1String("schemaVersion")].toInt() > 0);
    QVERIFY2(created.err.contains(QLatin1Char('%')), "progress goes to stderr");
    // After the backup: the restore must take it away again.
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));

    const Run verified = ctlOk(
        QStringList{QStringLiteral("backup"), QStringLiteral("verify"), file, QStringLiteral("--json")} +
        key);
    QCOMPARE(verified.exitCode, 0);
    QCOMPARE(json(verified)[QLatin1String("intact")].toBool(), true);
    QCOMPARE(json(verified)[QLatin1String("createdAt")], json(created)[QLatin1String("createdAt")]);

    const Run restored = ctlOk(QStringList{QStringLiteral("backup"), QStringLiteral("restore"), file,
                                           QStringLiteral("--yes"), QStringLiteral("--json")} +
                               key);
    QCOMPARE(restored.exitCode, 0);
    const QString safetyCopy = json(restored)[QLatin1String("safetyCopy")].toString();
    QVERIFY2(QFile::exists(safetyCopy), qPrintable(safetyCopy));
    QVERIFY(restored.err.contains(QLatin1Char('%')));

    const Run list = ctlOk({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    QStringList names;
    for (const QJsonValue& user : json(list).array())
        names.append(user[QLatin1String("username")].toString());
    QCOMPARE(names, QStringList{QStringLiteral("layla")});
    const Run restores = ctlOk({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--event"), QStringLiteral("backup_restored")});
    QCOMPARE(json(restores).array().size(), 1);
    QCOMPARE(
        json(restores).array().first()[QLatin1String("metadata")][QLatin1String("safety_copy")].toString(),
        safetyCopy);
    const Run status = ctlOk({QStringLiteral("backup"), QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(json(status)[QLatin1String("lastBackup")][QLatin1String("file")].toString(), file);
}

void TestNovaCtl::backupRefusesBadFilesAndNeedsYes()
{
    if (m_db->isPostgres())
        QSKIP("SQLite only: PostgreSQL is refused before any file is read");
    addUser(QStringLiteral("layla"), QStringLiteral("manager"));
    const QString file = m_dir->filePath(QStringLiteral("nova.backup"));
    QCOMPARE(ctlOk({QStringLiteral("backup"), QStringLiteral("create"), file}).exitCode, 0);
    addUser(QStringLiteral("omar"), QStringLiteral("broker"));

    const Run withoutYes = ctl({QStringLiteral("backup"), QStringLiteral("restore"), file});
    QCOMPARE(withoutYes.exitCode, 2);
    QVERIFY2(withoutYes.err.contains(QLatin1String("--yes")), qPrintable(withoutYes.err));

    QFile backup(file);
    QVERIFY(backup.open(QIODevice::ReadWrite));
    QByteArray bytes = backup.readAll();
    bytes[bytes.size() / 2] = static_cast<char>(bytes.at(bytes.size() / 2) ^ 0x20);
    QVERIFY(backup.seek(0));
    QCOMPARE(backup.write(bytes), bytes.size());
    backup.close();
    const Run damaged =
        ctl({QStringLiteral("backup"), QStringLiteral("restore"), file, QStringLiteral("--yes")});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.err.contains(QLatin1String("damaged")), qPrintable(damaged.err));
    QCOMPARE(ctl({QStringLiteral("backup"), QStringLiteral("verify"), file}).exitCode, 1);

    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a backup\n");
    notes.close();
    const Run foreign =
        ctl({QStringLiteral("backup"), QStringLiteral("restore"), text, QStringLiteral("--yes")});
    QCOMPARE(foreign.exitCode, 1);
    QVERIFY2(foreign.err.contains(QLatin1String("not a Nova Admin backup")), qPrintable(foreign.err));

    // Both refusals left the database as it was.
    const Run list = ctlOk({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json(list).array().size(), 2);
    QVERIFY(QDir(QFileInfo(m_db->url()).absolutePath())
                .entryList({QStringLiteral("*.before-restore-*"), QStringLiteral(".nova-backup-*")},
                           QDir::Files | QDir::Hidden)
                .isEmpty());
}

void TestNovaCtl::badInputIsRefusedClearly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    const QByteArray password = kPassword.toUtf8() + '\n';
    const auto args = [](std::initializer_list<const char*> items) {
        QStringList list;
        for (const char* item : items)
            list.append(QString::fromUtf8(item));
        return list;
    };
    QTest::newRow("no command") << QStringList{} << QByteArray() << 2;
    QTest::newRow("unknown group") << args({"frobnicate"}) << QByteArray() << 2;
    QTest::newRow("unknown verb") << args({"user", "explode"}) << QByteArray() << 2;
    QTest::newRow("unknown option") << args({"user", "list", "--colour"}) << QByteArray() << 2;
    QTest::newRow("extra argument") << args({"user", "list", "extra"}) << QByteArray() << 2;
    QTest::newRow("user add without role")
        << args({"user", "add", "ali", "--password-stdin"}) << password << 2;
    QTest::newRow("user add without password")
        << args({"user", "add", "ali", "--role", "broker"}) << QByteArray() << 2;
    QTest::newRow("user add bad name")
        << args({"user", "add", "a b;--", "--role", "broker", "--password-stdin"}) << password << 3;
    QTest::newRow("user add weak password")
        << args({"user", "add", "ali", "--role", "broker", "--password-stdin"}) << QByteArray("password123\n")
        << 3;
    QTest::newRow("user add unknown role")
        << args({"user", "add", "ali", "--role", "emperor", "--password-stdin"}) << password << 3;
    QTest::newRow("user add bad email")
        << args({"user", "add", "ali", "--role", "broker", "--email", "not-an-email", "--password-stdin"})
        << password << 3;
    QTest::newRow("user list bad status")
        << args({"user", "list", "--status", "sleepy"}) << QByteArray() << 2;
    QTest::newRow("user disable missing name") << args({"user", "disable"}) << QByteArray() << 2;
    QTest::newRow("user disable unknown") << args({"user", "disable", "ghost"}) << QByteArray() << 3;
    QTest::newRow("user delete unknown") << args({"user", "delete", "ghost"}) << QByteArray() << 3;
    QTest::newRow("user export without out") << args({"user", "export", "ghost"}) << QByteArray() << 2;
    QTest::newRow("user export unknown")
        << args({"user", "export", "ghost", "--out", "/tmp/nova-export-ghost"}) << QByteArray() << 3;
    QTest::newRow("user import missing file")
        << args({"user", "import", "/nonexistent/users.csv"}) << QByteArray() << 3;
    QTest::newRow("totp enroll unknown") << args({"totp", "enroll", "ghost"}) << QByteArray() << 3;
    QTest::newRow("totp confirm missing code") << args({"totp", "confirm", "ghost"}) << QByteArray() << 2;
    QTest::newRow("login unknown user") << args({"login", "ghost", "--password-stdin"}) << password << 1;
    QTest::newRow("login without password") << args({"login", "ghost"}) << QByteArray() << 2;
    QTest::newRow("login bad ip") << args({"login", "ghost", "--password-stdin", "--ip", "999.1.1.1"})
                                  << password << 2;
    QTest::newRow("logout garbage token") << args({"logout", "not.a.token"}) << QByteArray() << 1;
    QTest::newRow("role show unknown") << args({"role", "show", "emperor"}) << QByteArray() << 3;
    QTest::newRow("role grant unknown feature")
        << args({"role", "grant", "broker", "flying", "read"}) << QByteArray() << 3;
    QTest::newRow("role grant unknown action")
        << args({"role", "grant", "broker", "crm", "fly"}) << QByteArray() << 3;
    QTest::newRow("role grant missing action")
        << args({"role", "grant", "broker", "crm"}) << QByteArray() << 2;
    QTest::newRow("perm check unknown user")
        << args({"perm", "check", "ghost", "crm", "read"}) << QByteArray() << 3;
    QTest::newRow("ip block garbage") << args({"ip", "block", "not-an-ip"}) << QByteArray() << 2;
    QTest::newRow("ip block host bits") << args({"ip", "block", "10.0.0.5/8"}) << QByteArray() << 2;
    QTest::newRow("ip block bad prefix") << args({"ip", "block", "10.0.0.0/33"}) << QByteArray() << 2;
    QTest::newRow("ip block bad duration")
        << args({"ip", "block", "10.0.0.1", "--for", "forever"}) << QByteArray() << 2;
    QTest::newRow("ip unblock not blocked") << args({"ip", "unblock", "10.0.0.1"}) << QByteArray() << 3;
    QTest::newRow("ip export bad format") << args({"ip", "export", "--format", "xml"}) << QByteArray() << 2;
    QTest::newRow("log list limit zero") << args({"log", "list", "--limit", "0"}) << QByteArray() << 2;
    QTest::newRow("log list limit text") << args({"log", "list", "--limit", "many"}) << QByteArray() << 2;
    QTest::newRow("log list bad since") << args({"log", "list", "--since", "yesterday"}) << QByteArray() << 2;
    QTest::newRow("log export bad format") << args({"log", "export", "--format", "xml"}) << QByteArray() << 2;
    QTest::newRow("log export unwritable")
        << args({"log", "export", "--output", "/nonexistent/dir/log.jsonl"}) << QByteArray() << 3;
    QTest::newRow("user enable unknown") << args({"user", "enable", "ghost"}) << QByteArray() << 3;
    QTest::newRow("user unlock unknown") << args({"user", "unlock", "ghost"}) << QByteArray() << 3;
    QTest::newRow("user reset-password unknown")
        << args({"user", "reset-password", "ghost", "--password-stdin"}) << password << 3;
    QTest::newRow("user import malformed json")
        << args({"user", "import", NOVA_SOURCE_DIR "/tests/data/import/users_malformed.json"}) << QByteArray()
        << 3;
    QTest::newRow("totp disable unknown") << args({"totp", "disable", "ghost"}) << QByteArray() << 3;
    QTest::newRow("totp status unknown") << args({"totp", "status", "ghost"}) << QByteArray() << 3;
    QTest::newRow("totp backup-codes unknown")
        << args({"totp", "backup-codes", "ghost"}) << QByteArray() << 3;
    QTest::newRow("totp rotate-key extra") << args({"totp", "rotate-key", "now"}) << QByteArray() << 2;
    QTest::newRow("role list extra") << args({"role", "list", "all"}) << QByteArray() << 2;
    QTest::newRow("role revoke unknown role")
        << args({"role", "revoke", "emperor", "crm", "read"}) << QByteArray() << 3;
    QTest::newRow("role create bad name") << args({"role", "create", "Bad Name!"}) << QByteArray() << 3;
    QTest::newRow("role delete builtin") << args({"role", "delete", "broker"}) << QByteArray() << 3;
    QTest::newRow("perm check bad action")
        << args({"perm", "check", "ghost", "crm", "fly"}) << QByteArray() << 3;
    QTest::newRow("perm list unknown") << args({"perm", "list", "ghost"}) << QByteArray() << 3;
    QTest::newRow("ip list extra") << args({"ip", "list", "now"}) << QByteArray() << 2;
    QTest::newRow("ip allow garbage") << args({"ip", "allow", "10.0.0.300"}) << QByteArray() << 2;
    QTest::newRow("ip disallow not listed") << args({"ip", "disallow", "10.0.0.1"}) << QByteArray() << 3;
    QTest::newRow("ip allowed bad option") << args({"ip", "allowed", "--all"}) << QByteArray() << 2;
    QTest::newRow("log verify extra") << args({"log", "verify", "now"}) << QByteArray() << 2;
    QTest::newRow("logout missing token") << args({"logout"}) << QByteArray() << 2;
    QTest::newRow("bad database url")
        << args({"--database", "mysql://db/x", "user", "list"}) << QByteArray() << 3;
    QTest::newRow("bad secrets") << args({"--secrets", "vault", "user", "list"}) << QByteArray() << 3;
    QTest::newRow("backup create missing file") << args({"backup", "create"}) << QByteArray() << 2;
    QTest::newRow("backup create two passphrases")
        << args({"backup", "create", "/tmp/x.backup", "--passphrase-file", "/tmp/p", "--passphrase-env", "P"})
        << QByteArray() << 2;
    QTest::newRow("backup create unset passphrase variable")
        << args({"backup", "create", "/tmp/x.backup", "--passphrase-env", "NOVA_TEST_UNSET_PASSPHRASE"})
        << QByteArray() << 2;
    QTest::newRow("backup verify missing file")
        << args({"backup", "verify", "/nonexistent/nova.backup"}) << QByteArray() << 3;
    QTest::newRow("backup restore without yes")
        << args({"backup", "restore", "/nonexistent/nova.backup"}) << QByteArray() << 2;
    QTest::newRow("backup mark extra") << args({"backup", "mark", "now"}) << QByteArray() << 2;
}

void TestNovaCtl::badInputIsRefusedClearly()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    const Run run = ctl(arguments, input);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QVERIFY2(
        run.exitCode == exitCode,
        qPrintable(
            QStringLiteral("exit %1, expected %2; stderr: %3").arg(run.exitCode).arg(exitCode).arg(run.err)));
    QVERIFY2(!run.err.trimmed().isEmpty(), "an error must say what is wrong");
    QVERIFY2(run.out.trimmed().isEmpty() || arguments.isEmpty(), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestNovaCtl)
#include "tst_novactl.moc"
