#include "ManualClock.h"
#include "TestDatabase.h"
#include "alerts/AlertBus.h"
#include "crypto/Base32.h"
#include "rbac/AdminAudit.h"
#include "secrets/FileSecretStore.h"
#include "secrets/KeyRing.h"
#include "securitylog/SecurityLog.h"
#include "totp/BackupCodes.h"
#include "totp/Otp.h"
#include "totp/OtpUri.h"
#include "twofactor/TwoFactorService.h"

#include <QFuture>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

struct LoggedEvent {
    QString event;
    bool success = false;
    qint64 userId = 0;
    QString ip;
    QJsonObject metadata;
};

} // namespace

class TestTwoFactorService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void enrollGivesWorkingUriAndPendingSecret();
    void enrollUsesEmailWhenConfigured();
    void arabicAccountSurvivesTheUri();
    void secretIsSealedNotStoredPlainly();
    void reenrollReplacesPendingSecret();
    void enrollRefusedWhileEnabled();
    void confirmNeedsAValidCode();
    void confirmEnablesAndReturnsBackupCodes();
    void verifyAcceptsCurrentCodeOnce();
    void verifyAcceptsAdjacentStepOnly_data();
    void verifyAcceptsAdjacentStepOnly();
    void verifyRefusesMalformedInput_data();
    void verifyRefusesMalformedInput();
    void verifyRefusedWhenNotEnabled();
    void concurrentVerifiesAcceptOneCodeOnce();
    void secretCopiedToAnotherUserDoesNotOpen();
    void backupCodesAreSingleUse();
    void concurrentBackupCodeUseSucceedsOnce();
    void regenerateReplacesBackupCodes();
    void adminDisable();
    void userDisableNeedsAValidCode();
    void userDisableWithBackupCode();
    void unknownUser();
    void statusChangedIsEmitted();

private:
    qint64 addUser(const QString& username, const QString& email = {});
    TwoFactorService& service();
    QString codeAt(const QString& base32, qint64 offsetSteps = 0) const;
    QStringList enrollAndConfirm(qint64 userId, QString* secret = nullptr);
    QList<LoggedEvent> events(const QString& event) const;

    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<FileSecretStore> m_store;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<AlertBus> m_alerts;
    std::unique_ptr<AdminAudit> m_audit;
    std::unique_ptr<TwoFactorService> m_service;
    const AccessContext m_ctx{QStringLiteral("203.0.113.9"), QStringLiteral("NovaTest/1.0"),
                              QStringLiteral("sign-in")};
    const Actor m_admin = Actor::localOperator(QStringLiteral("root"));
};

void TestTwoFactorService::init()
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
}

void TestTwoFactorService::cleanup()
{
    m_service.reset();
    m_audit.reset();
    m_alerts.reset();
    m_log.reset();
    m_keys.reset();
    m_store.reset();
    m_db.reset();
}

TwoFactorService& TestTwoFactorService::service()
{
    if (!m_service)
        m_service = std::make_unique<TwoFactorService>(m_db->db(), *m_keys, *m_log, *m_audit, m_clock);
    return *m_service;
}

qint64 TestTwoFactorService::addUser(const QString& username, const QString& email)
{
    auto q =
        m_db->db().exec(QStringLiteral("INSERT INTO users (username, email, role, password_hash, created_at,"
                                       " updated_at) VALUES (?, ?, 'broker', 'x', 0, 0) RETURNING id"),
                        {username, email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : email});
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

QString TestTwoFactorService::codeAt(const QString& base32, qint64 offsetSteps) const
{
    return Otp::totp(Base32::decode(base32).value(), m_clock.nowSecs() + offsetSteps * 30);
}

QStringList TestTwoFactorService::enrollAndConfirm(qint64 userId, QString* secret)
{
    const auto enrolled = service().enroll(userId, m_admin);
    if (!enrolled)
        return {};
    const auto codes = service().confirm(userId, codeAt(enrolled->secretBase32), m_ctx);
    if (!codes)
        return {};
    if (secret)
        *secret = enrolled->secretBase32;
    // The confirmation used the current step; sign-ins come later.
    m_clock.advanceSecs(30);
    return *codes;
}

QList<LoggedEvent> TestTwoFactorService::events(const QString& event) const
{
    QList<LoggedEvent> found;
    auto q = m_db->db().exec(
        QStringLiteral("SELECT success, user_id, ip, metadata FROM security_log WHERE event = ? ORDER BY id"),
        {event});
    while (q && q->next())
        found.append(LoggedEvent{event, q->value(0).toInt() != 0, q->value(1).toLongLong(),
                                 q->value(2).toString(),
                                 QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object()});
    return found;
}

void TestTwoFactorService::enrollGivesWorkingUriAndPendingSecret()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const auto enrolled = service().enroll(id, m_admin);
    QVERIFY2(enrolled.ok(), qPrintable(enrolled.errorMessage()));
    QCOMPARE(enrolled->issuer, QStringLiteral("Nova CRM"));
    QCOMPARE(enrolled->account, QStringLiteral("omar"));
    const auto secret = Base32::decode(enrolled->secretBase32);
    QVERIFY(secret.ok());
    QCOMPARE(secret->size(), TwoFactorService::kSecretBytes);

    const auto parsed = OtpUri::parse(enrolled->otpauthUri);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->issuer, QStringLiteral("Nova CRM"));
    QCOMPARE(parsed->accountName, QStringLiteral("omar"));
    QCOMPARE(parsed->secret, *secret);

    const auto status = service().status(id);
    QVERIFY(status.ok());
    QVERIFY(status->enrolled);
    QVERIFY(!status->enabled);
    QCOMPARE(status->backupCodesLeft, 0);

    const auto logged = events(EventType::TwoFactorEnrolled);
    QCOMPARE(logged.size(), 1);
    QVERIFY(logged.first().success);
    QCOMPARE(logged.first().metadata.value(QStringLiteral("target_user_id")).toString(), QString::number(id));
    // Never the secret in the log.
    auto all = m_db->db().exec(QStringLiteral("SELECT metadata FROM security_log"));
    while (all->next())
        QVERIFY(!all->value(0).toString().contains(enrolled->secretBase32));
}

void TestTwoFactorService::enrollUsesEmailWhenConfigured()
{
    TwoFactorOptions options;
    options.issuer = QStringLiteral("Nova CRM Riyadh");
    options.accountIsEmail = true;
    TwoFactorService custom(m_db->db(), *m_keys, *m_log, *m_audit, m_clock, options);
    const qint64 withMail = addUser(QStringLiteral("sara"), QStringLiteral("sara@example.com"));
    const qint64 without = addUser(QStringLiteral("huda"));
    QCOMPARE(custom.enroll(withMail, m_admin)->account, QStringLiteral("sara@example.com"));
    const auto fallback = custom.enroll(without, m_admin);
    QCOMPARE(fallback->account, QStringLiteral("huda"));
    QCOMPARE(OtpUri::parse(fallback->otpauthUri)->issuer, QStringLiteral("Nova CRM Riyadh"));
}

void TestTwoFactorService::arabicAccountSurvivesTheUri()
{
    const QString name = QStringLiteral("عمر:الشمري");
    const qint64 id = addUser(name);
    const auto enrolled = service().enroll(id, m_admin);
    QVERIFY(enrolled.ok());
    QCOMPARE(enrolled->account, name);
    QCOMPARE(OtpUri::parse(enrolled->otpauthUri)->accountName, name);
}

void TestTwoFactorService::secretIsSealedNotStoredPlainly()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const auto enrolled = service().enroll(id, m_admin);
    const QByteArray secret = Base32::decode(enrolled->secretBase32).value();
    auto row = m_db->db().exec(
        QStringLiteral("SELECT sealed_secret, key_id FROM totp_secrets WHERE user_id = ?"), {id});
    QVERIFY(row && row->next());
    const QByteArray sealed = row->value(0).toByteArray();
    QVERIFY(!sealed.contains(secret));
    QVERIFY(!sealed.contains(enrolled->secretBase32.toLatin1()));
    const auto key = m_keys->currentKey();
    QCOMPARE(row->value(1).toString(), key->id);
    // The key itself lives in the secret store only.
    QVERIFY(!sealed.contains(key->bytes));
}

void TestTwoFactorService::reenrollReplacesPendingSecret()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const auto first = service().enroll(id, m_admin);
    const auto second = service().enroll(id, m_admin);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first->secretBase32 != second->secretBase32);
    const auto stale = service().confirm(id, codeAt(first->secretBase32), m_ctx);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, QStringLiteral("totp.wrong"));
    QVERIFY(service().confirm(id, codeAt(second->secretBase32), m_ctx).ok());
}

void TestTwoFactorService::enrollRefusedWhileEnabled()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    QString secret;
    QVERIFY(!enrollAndConfirm(id, &secret).isEmpty());
    const auto again = service().enroll(id, m_admin);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QString::fromLatin1(TwoFactorService::kAlreadyEnabled));
    // The enabled secret is untouched.
    QVERIFY(service().verify(id, codeAt(secret), m_ctx).ok());
    const auto refused = events(EventType::TwoFactorEnrolled);
    QVERIFY(!refused.last().success);
    QCOMPARE(refused.last().metadata.value(QStringLiteral("refused")).toString(),
             QString::fromLatin1(TwoFactorService::kAlreadyEnabled));
    // After disabling, enrolling works again.
    QVERIFY(service().disable(id, m_admin).ok());
    QVERIFY(service().enroll(id, m_admin).ok());
}

void TestTwoFactorService::confirmNeedsAValidCode()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const auto notYet = service().confirm(id, QStringLiteral("123456"), m_ctx);
    QCOMPARE(notYet.error().code, QString::fromLatin1(TwoFactorService::kNotEnrolled));
    const auto enrolled = service().enroll(id, m_admin);
    const auto wrong = service().confirm(id, codeAt(enrolled->secretBase32, 3), m_ctx);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, QStringLiteral("totp.wrong"));
    QVERIFY(!service().status(id)->enabled);
    const auto failures = events(EventType::TwoFactorEnabled);
    QCOMPARE(failures.size(), 2);
    QVERIFY(!failures.last().success);
    QCOMPARE(failures.last().ip, m_ctx.ip);
    QCOMPARE(failures.last().userId, id);
}

void TestTwoFactorService::confirmEnablesAndReturnsBackupCodes()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const auto enrolled = service().enroll(id, m_admin);
    const auto codes = service().confirm(id, codeAt(enrolled->secretBase32), m_ctx);
    QVERIFY2(codes.ok(), qPrintable(codes.errorMessage()));
    QCOMPARE(codes->size(), BackupCodes::kCount);
    QCOMPARE(QSet<QString>(codes->cbegin(), codes->cend()).size(), BackupCodes::kCount);
    const auto status = service().status(id);
    QVERIFY(status->enabled);
    QCOMPARE(status->backupCodesLeft, BackupCodes::kCount);
    QCOMPARE(status->enabledAtMs, std::optional<qint64>(m_clock.nowMSecs()));
    // Stored as keyed digests, never as the codes.
    auto stored = m_db->db().exec(QStringLiteral("SELECT digest FROM backup_codes WHERE user_id = ?"), {id});
    while (stored->next()) {
        const QByteArray digest = stored->value(0).toByteArray();
        QCOMPARE(digest.size(), 32);
        for (const QString& code : *codes)
            QVERIFY(!digest.contains(BackupCodes::normalize(code).toLatin1()));
    }
    const auto enabled = events(EventType::TwoFactorEnabled);
    QCOMPARE(enabled.size(), 1);
    QVERIFY(enabled.first().success);
    // Confirming twice is refused.
    const auto twice = service().confirm(id, codeAt(enrolled->secretBase32, 1), m_ctx);
    QCOMPARE(twice.error().code, QString::fromLatin1(TwoFactorService::kAlreadyEnabled));
}

void TestTwoFactorService::verifyAcceptsCurrentCodeOnce()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    QString secret;
    QVERIFY(!enrollAndConfirm(id, &secret).isEmpty());
    const QString code = codeAt(secret);
    const Status first = service().verify(id, code, m_ctx);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    const Status replay = service().verify(id, code, m_ctx);
    QVERIFY(!replay.ok());
    QCOMPARE(replay.error().code, QStringLiteral("totp.replayed"));
    // Another service instance (another process) refuses it too.
    TwoFactorService other(m_db->db(), *m_keys, *m_log, *m_audit, m_clock);
    QCOMPARE(other.verify(id, code, m_ctx).error().code, QStringLiteral("totp.replayed"));
    m_clock.advanceSecs(30);
    QVERIFY(service().verify(id, codeAt(secret), m_ctx).ok());

    const auto logged = events(EventType::TwoFactorVerify);
    QCOMPARE(logged.size(), 4);
    QVERIFY(logged.at(0).success);
    QVERIFY(!logged.at(1).success);
    QCOMPARE(logged.at(1).metadata.value(QStringLiteral("reason")).toString(),
             QStringLiteral("totp.replayed"));
    QCOMPARE(logged.at(1).metadata.value(QStringLiteral("method")).toString(), QStringLiteral("totp"));
    for (const auto& e : logged) {
        QCOMPARE(e.ip, m_ctx.ip);
        QCOMPARE(e.userId, id);
    }
}

void TestTwoFactorService::verifyAcceptsAdjacentStepOnly_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("previous step") << -1 << true;
    QTest::newRow("next step") << 1 << true;
    QTest::newRow("two steps back") << -2 << false;
    QTest::newRow("two steps ahead") << 2 << false;
}

void TestTwoFactorService::verifyAcceptsAdjacentStepOnly()
{
    QFETCH(int, offset);
    QFETCH(bool, accepted);
    const qint64 id = addUser(QStringLiteral("omar"));
    QString secret;
    QVERIFY(!enrollAndConfirm(id, &secret).isEmpty());
    m_clock.advanceSecs(120);
    QCOMPARE(service().verify(id, codeAt(secret, offset), m_ctx).ok(), accepted);
}

void TestTwoFactorService::verifyRefusesMalformedInput_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("five digits") << QStringLiteral("12345");
    QTest::newRow("seven digits") << QStringLiteral("1234567");
    QTest::newRow("letters") << QStringLiteral("abcdef");
    QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤٥٦");
    QTest::newRow("sql") << QStringLiteral("1' OR '1'='1");
    QTest::newRow("very long") << QString(100000, QLatin1Char('9'));
}

void TestTwoFactorService::verifyRefusesMalformedInput()
{
    QFETCH(QString, code);
    const qint64 id = addUser(QStringLiteral("omar"));
    QVERIFY(!enrollAndConfirm(id).isEmpty());
    const Status verified = service().verify(id, code, m_ctx);
    QVERIFY(!verified.ok());
    QVERIFY(!verified.error().message.isEmpty());
    QVERIFY(!events(EventType::TwoFactorVerify).last().success);
}

void TestTwoFactorService::verifyRefusedWhenNotEnabled()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    QCOMPARE(service().verify(id, QStringLiteral("123456"), m_ctx).error().code,
             QString::fromLatin1(TwoFactorService::kNotEnabled));
    // A pending (unconfirmed) enrollment does not count either.
    const auto enrolled = service().enroll(id, m_admin);
    QCOMPARE(service().verify(id, codeAt(enrolled->secretBase32), m_ctx).error().code,
             QString::fromLatin1(TwoFactorService::kNotEnabled));
    QCOMPARE(service().verifyBackupCode(id, QStringLiteral("AAAAA-BBBBB"), m_ctx).error().code,
             QString::fromLatin1(TwoFactorService::kNotEnabled));
}

void TestTwoFactorService::concurrentVerifiesAcceptOneCodeOnce()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    QString secret;
    QVERIFY(!enrollAndConfirm(id, &secret).isEmpty());
    const QString code = codeAt(secret);
    // Each thread has its own database connection, like separate processes.
    QList<QFuture<QString>> attempts;
    for (int i = 0; i < 6; ++i)
        attempts.append(QtConcurrent::run([this, id, code]() {
            TwoFactorService instance(m_db->db(), *m_keys, *m_log, *m_audit, m_clock);
            const Status s = instance.verify(id, code, m_ctx);
            return s.ok() ? QStringLiteral("ok") : s.error().code;
        }));
    int accepted = 0;
    for (auto& attempt : attempts) {
        const QString result = attempt.result();
        if (result == QLatin1String("ok"))
            ++accepted;
        else
            QVERIFY2(result == QLatin1String("totp.replayed") || result == QLatin1String("db.locked"),
                     qPrintable(result));
    }
    QCOMPARE(accepted, 1);
}

void TestTwoFactorService::secretCopiedToAnotherUserDoesNotOpen()
{
    const qint64 victim = addUser(QStringLiteral("victim"));
    const qint64 attacker = addUser(QStringLiteral("attacker"));
    QString attackerSecret;
    QVERIFY(!enrollAndConfirm(victim).isEmpty());
    QVERIFY(!enrollAndConfirm(attacker, &attackerSecret).isEmpty());
    // Someone with write access to the table copies their own sealed secret into the victim's row.
    QVERIFY(m_db->db()
                .exec(QStringLiteral("UPDATE totp_secrets SET sealed_secret = (SELECT sealed_secret FROM"
                                     " totp_secrets WHERE user_id = ?) WHERE user_id = ?"),
                      {attacker, victim})
                .ok());
    const Status forged = service().verify(victim, codeAt(attackerSecret), m_ctx);
    QVERIFY(!forged.ok());
    QCOMPARE(forged.error().code, QString::fromLatin1(TwoFactorService::kSecretUnreadable));
    QVERIFY(!events(EventType::TwoFactorVerify).last().success);
}

void TestTwoFactorService::backupCodesAreSingleUse()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const QStringList codes = enrollAndConfirm(id);
    QCOMPARE(codes.size(), 10);
    const Status used = service().verifyBackupCode(id, codes.at(3), m_ctx);
    QVERIFY2(used.ok(), qPrintable(used.errorMessage()));
    QCOMPARE(service().status(id)->backupCodesLeft, 9);
    QCOMPARE(service().verifyBackupCode(id, codes.at(3), m_ctx).error().code,
             QString::fromLatin1(TwoFactorService::kWrongBackupCode));
    // Typed without the hyphen and in lower case, as people do.
    QString sloppy = codes.at(4).toLower();
    sloppy.remove(QLatin1Char('-'));
    QVERIFY(service().verifyBackupCode(id, QStringLiteral(" ") + sloppy, m_ctx).ok());
    QCOMPARE(service().verifyBackupCode(id, QStringLiteral("WRONG-CODES"), m_ctx).error().code,
             QString::fromLatin1(TwoFactorService::kWrongBackupCode));
    QCOMPARE(service().verifyBackupCode(id, QString(), m_ctx).error().code,
             QString::fromLatin1(TwoFactorService::kWrongBackupCode));
    // Another user's code does not work here.
    const qint64 other = addUser(QStringLiteral("sara"));
    const QStringList otherCodes = enrollAndConfirm(other);
    QCOMPARE(service().verifyBackupCode(id, otherCodes.first(), m_ctx).error().code,
             QString::fromLatin1(TwoFactorService::kWrongBackupCode));

    const auto usedEvents = events(EventType::BackupCodeUsed);
    QCOMPARE(usedEvents.size(), 2);
    QCOMPARE(usedEvents.last().metadata.value(QStringLiteral("codes_left")).toInt(), 8);
    QCOMPARE(usedEvents.last().ip, m_ctx.ip);
    const auto failures = events(EventType::TwoFactorVerify);
    QCOMPARE(failures.size(), 4);
    QCOMPARE(failures.first().metadata.value(QStringLiteral("method")).toString(),
             QStringLiteral("backup_code"));
}

void TestTwoFactorService::concurrentBackupCodeUseSucceedsOnce()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const QString code = enrollAndConfirm(id).first();
    QList<QFuture<bool>> uses;
    for (int i = 0; i < 5; ++i)
        uses.append(QtConcurrent::run([this, id, code]() {
            TwoFactorService instance(m_db->db(), *m_keys, *m_log, *m_audit, m_clock);
            return instance.verifyBackupCode(id, code, m_ctx).ok();
        }));
    int accepted = 0;
    for (auto& use : uses)
        accepted += use.result() ? 1 : 0;
    QCOMPARE(accepted, 1);
    QCOMPARE(service().status(id)->backupCodesLeft, 9);
}

void TestTwoFactorService::regenerateReplacesBackupCodes()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const QStringList old = enrollAndConfirm(id);
    QVERIFY(service().verifyBackupCode(id, old.first(), m_ctx).ok());
    const auto fresh = service().regenerateBackupCodes(id, m_admin);
    QVERIFY2(fresh.ok(), qPrintable(fresh.errorMessage()));
    QCOMPARE(fresh->size(), 10);
    QCOMPARE(service().status(id)->backupCodesLeft, 10);
    QVERIFY(!service().verifyBackupCode(id, old.at(1), m_ctx).ok());
    QVERIFY(service().verifyBackupCode(id, fresh->at(1), m_ctx).ok());
    QCOMPARE(events(EventType::BackupCodesRegenerated).size(), 1);
    const qint64 without = addUser(QStringLiteral("no2fa"));
    QCOMPARE(service().regenerateBackupCodes(without, m_admin).error().code,
             QString::fromLatin1(TwoFactorService::kNotEnabled));
}

void TestTwoFactorService::adminDisable()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    QString secret;
    const QStringList codes = enrollAndConfirm(id, &secret);
    Actor admin;
    admin.userId = addUser(QStringLiteral("admin"));
    admin.username = QStringLiteral("admin");
    admin.ip = QStringLiteral("10.0.0.5");
    QVERIFY(service().disable(id, admin).ok());
    const auto status = service().status(id);
    QVERIFY(!status->enrolled);
    QVERIFY(!status->enabled);
    QCOMPARE(status->backupCodesLeft, 0);
    QCOMPARE(service().verify(id, codeAt(secret), m_ctx).error().code,
             QString::fromLatin1(TwoFactorService::kNotEnabled));
    QCOMPARE(service().disable(id, admin).error().code, QString::fromLatin1(TwoFactorService::kNotEnrolled));
    const auto logged = events(EventType::TwoFactorDisabled);
    QCOMPARE(logged.size(), 2);
    QVERIFY(logged.first().success);
    QCOMPARE(logged.first().userId, *admin.userId);
    QCOMPARE(logged.first().ip, admin.ip);
    QCOMPARE(logged.first().metadata.value(QStringLiteral("target_user_id")).toString(), QString::number(id));
    QVERIFY(!logged.last().success);
}

void TestTwoFactorService::userDisableNeedsAValidCode()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    QString secret;
    QVERIFY(!enrollAndConfirm(id, &secret).isEmpty());
    QCOMPARE(service().disableWithCode(id, codeAt(secret, 5), m_ctx).error().code,
             QStringLiteral("totp.wrong"));
    QVERIFY(service().status(id)->enabled);
    const Status disabled = service().disableWithCode(id, codeAt(secret), m_ctx);
    QVERIFY2(disabled.ok(), qPrintable(disabled.errorMessage()));
    QVERIFY(!service().status(id)->enrolled);
    const auto logged = events(EventType::TwoFactorDisabled);
    QCOMPARE(logged.size(), 2);
    QVERIFY(!logged.first().success);
    QVERIFY(logged.last().success);
    QCOMPARE(logged.last().userId, id);
    QCOMPARE(logged.last().ip, m_ctx.ip);
    QCOMPARE(logged.last().metadata.value(QStringLiteral("method")).toString(), QStringLiteral("totp"));
}

void TestTwoFactorService::userDisableWithBackupCode()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const QStringList codes = enrollAndConfirm(id);
    QVERIFY(!service().disableWithCode(id, QStringLiteral("NOPE2-NOPE3"), m_ctx).ok());
    QVERIFY(service().status(id)->enabled);
    QVERIFY(service().disableWithCode(id, codes.last(), m_ctx).ok());
    QVERIFY(!service().status(id)->enrolled);
}

void TestTwoFactorService::unknownUser()
{
    const qint64 ghost = 987654;
    QCOMPARE(service().enroll(ghost, m_admin).error().code,
             QString::fromLatin1(TwoFactorService::kUnknownUser));
    QCOMPARE(service().verify(ghost, QStringLiteral("123456"), m_ctx).error().code,
             QString::fromLatin1(TwoFactorService::kUnknownUser));
    QCOMPARE(service().status(ghost).error().code, QString::fromLatin1(TwoFactorService::kUnknownUser));
    QCOMPARE(service().disable(ghost, m_admin).error().code,
             QString::fromLatin1(TwoFactorService::kUnknownUser));
}

void TestTwoFactorService::statusChangedIsEmitted()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    QSignalSpy spy(&service(), &TwoFactorService::statusChanged);
    QVERIFY(!enrollAndConfirm(id).isEmpty());
    QVERIFY(service().disable(id, m_admin).ok());
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.first().first().toLongLong(), id);
}

QTEST_GUILESS_MAIN(TestTwoFactorService)
#include "tst_twofactorservice.moc"
