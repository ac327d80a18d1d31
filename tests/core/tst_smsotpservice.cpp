#include "ManualClock.h"
#include "TestDatabase.h"
#include "secrets/FileSecretStore.h"
#include "secrets/KeyRing.h"
#include "securitylog/SecurityLog.h"
#include "sms/SmsOtpService.h"
#include "sms/SmsSender.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

// Records what would have been sent; can be told to fail like a dead gateway.
class RecordingSender final : public SmsSender {
public:
    struct Message {
        QString phone;
        QString text;
    };
    Status send(const QString& phone, const QString& text) override
    {
        if (failing)
            return Error{QString::fromLatin1(kSendFailed), QStringLiteral("gateway down")};
        sent.append(Message{phone, text});
        return {};
    }
    QString lastCode() const
    {
        static const QRegularExpression digits(QStringLiteral("(\\d{6})"));
        return sent.isEmpty() ? QString() : digits.match(sent.last().text).captured(1);
    }
    QList<Message> sent;
    bool failing = false;
};

QString otherCode(const QString& code)
{
    return QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace

class TestSmsOtpService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void messageIsTheSpecificationsText();
    void sendDeliversTheArabicMessage();
    void codeIsStoredOnlyAsDigest();
    void correctCodeWorksOnce();
    void codeExpiresAfterFiveMinutes();
    void wrongAttemptsAreLimited();
    void fifthAttemptMayStillBeRight();
    void newCodeReplacesOldOne();
    void resendIsThrottled();
    void hourlyLimit();
    void missingOrBadPhone_data();
    void missingOrBadPhone();
    void failedDeliveryKillsTheCode();
    void malformedCodes_data();
    void malformedCodes();
    void codesAreBoundToTheirUser();
    void unknownUser();
    void maskPhone_data();
    void maskPhone();

private:
    qint64 addUser(const QString& username, const QString& phone);
    SmsOtpService& service() { return *m_service; }
    QList<QPair<bool, QJsonObject>> logged(const QString& event) const;

    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<FileSecretStore> m_store;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<RecordingSender> m_sender;
    std::unique_ptr<SmsOtpService> m_service;
    const AccessContext m_ctx{QStringLiteral("192.0.2.44"), QStringLiteral("NovaTest"), QString()};
    qint64 m_user = 0;
};

void TestSmsOtpService::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_tmp = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<FileSecretStore>(m_tmp->filePath(QStringLiteral("secrets")));
    m_keys = std::make_unique<KeyRing>(*m_store);
    m_log = std::make_unique<SecurityLog>(m_db->db(), m_clock);
    m_sender = std::make_unique<RecordingSender>();
    m_service = std::make_unique<SmsOtpService>(m_db->db(), *m_sender, *m_keys, *m_log, m_clock);
    m_user = addUser(QStringLiteral("omar"), QStringLiteral("+966 50 123 4567"));
    QVERIFY(m_user > 0);
}

void TestSmsOtpService::cleanup()
{
    m_service.reset();
    m_sender.reset();
    m_log.reset();
    m_keys.reset();
    m_store.reset();
    m_db.reset();
}

qint64 TestSmsOtpService::addUser(const QString& username, const QString& phone)
{
    auto q =
        m_db->db().exec(QStringLiteral("INSERT INTO users (username, phone, role, password_hash, created_at,"
                                       " updated_at) VALUES (?, ?, 'broker', 'x', 0, 0) RETURNING id"),
                        {username, phone.isNull() ? QVariant(QMetaType::fromType<QString>()) : phone});
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QList<QPair<bool, QJsonObject>> TestSmsOtpService::logged(const QString& event) const
{
    QList<QPair<bool, QJsonObject>> found;
    auto q = m_db->db().exec(
        QStringLiteral("SELECT success, metadata, ip, user_id FROM security_log WHERE event = ? ORDER BY id"),
        {event});
    while (q && q->next()) {
        QJsonObject metadata = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
        metadata.insert(QStringLiteral("_ip"), q->value(2).toString());
        metadata.insert(QStringLiteral("_user"), q->value(3).toLongLong());
        found.append({q->value(0).toInt() != 0, metadata});
    }
    return found;
}

void TestSmsOtpService::messageIsTheSpecificationsText()
{
    // backend/src/services/2fa.service.ts: `رمز التحقق الخاص بك: ${otp}\nصالح لمدة 5 دقائق.`
    QCOMPARE(SmsOtpService::messageText(QStringLiteral("042917")),
             QStringLiteral("رمز التحقق الخاص بك: 042917\nصالح لمدة 5 دقائق."));
    QCOMPARE(SmsOtpService::messageText(QStringLiteral("000000")).toUtf8(),
             QByteArray("\xd8\xb1\xd9\x85\xd8\xb2 \xd8\xa7\xd9\x84\xd8\xaa\xd8\xad\xd9\x82\xd9\x82 "
                        "\xd8\xa7\xd9\x84\xd8\xae\xd8\xa7\xd8\xb5 \xd8\xa8\xd9\x83: 000000\n"
                        "\xd8\xb5\xd8\xa7\xd9\x84\xd8\xad \xd9\x84\xd9\x85\xd8\xaf\xd8\xa9 5 "
                        "\xd8\xaf\xd9\x82\xd8\xa7\xd8\xa6\xd9\x82."));
}

void TestSmsOtpService::sendDeliversTheArabicMessage()
{
    const auto sent = service().sendCode(m_user, m_ctx);
    QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
    QCOMPARE(sent->expiresAtMs, m_clock.nowMSecs() + 5 * 60 * 1000);
    QVERIFY(sent->maskedPhone.endsWith(QLatin1String("4567")));
    QVERIFY(!sent->maskedPhone.contains(QLatin1String("123")));
    QCOMPARE(m_sender->sent.size(), 1);
    QCOMPARE(m_sender->sent.first().phone, QStringLiteral("+966 50 123 4567"));
    static const QRegularExpression pattern(
        QStringLiteral("^رمز التحقق الخاص بك: (\\d{6})\\nصالح لمدة 5 دقائق\\.$"));
    const auto match = pattern.match(m_sender->sent.first().text);
    QVERIFY2(match.hasMatch(), qPrintable(m_sender->sent.first().text));

    const auto events = logged(EventType::SmsCodeSent);
    QCOMPARE(events.size(), 1);
    QVERIFY(events.first().first);
    QCOMPARE(events.first().second.value(QStringLiteral("_ip")).toString(), m_ctx.ip);
    QCOMPARE(events.first().second.value(QStringLiteral("_user")).toInteger(), m_user);
    // Neither the code nor the full number is logged.
    const QString metadata = QString::fromUtf8(QJsonDocument(events.first().second).toJson());
    QVERIFY(!metadata.contains(match.captured(1)));
    QVERIFY(!metadata.contains(QLatin1String("123 4567")));
}

void TestSmsOtpService::codeIsStoredOnlyAsDigest()
{
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    const QString code = m_sender->lastCode();
    auto row = m_db->db().exec(QStringLiteral("SELECT digest FROM sms_codes WHERE user_id = ?"), {m_user});
    QVERIFY(row && row->next());
    const QByteArray digest = row->value(0).toByteArray();
    QCOMPARE(digest.size(), 32);
    QVERIFY(!digest.contains(code.toLatin1()));
    QVERIFY(!digest.toHex().contains(code.toLatin1()));
}

void TestSmsOtpService::correctCodeWorksOnce()
{
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    const QString code = m_sender->lastCode();
    m_clock.advanceSecs(30);
    const Status first = service().verifyCode(m_user, code, m_ctx);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(service().verifyCode(m_user, code, m_ctx).error().code,
             QString::fromLatin1(SmsOtpService::kNoCode));

    const auto events = logged(EventType::TwoFactorVerify);
    QCOMPARE(events.size(), 2);
    QVERIFY(events.at(0).first);
    QCOMPARE(events.at(0).second.value(QStringLiteral("method")).toString(), QStringLiteral("sms"));
    QVERIFY(!events.at(1).first);
    QCOMPARE(events.at(1).second.value(QStringLiteral("reason")).toString(),
             QString::fromLatin1(SmsOtpService::kNoCode));
}

void TestSmsOtpService::codeExpiresAfterFiveMinutes()
{
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    const QString code = m_sender->lastCode();
    m_clock.advanceSecs(5 * 60);
    QCOMPARE(service().verifyCode(m_user, code, m_ctx).error().code,
             QString::fromLatin1(SmsOtpService::kExpired));
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    m_clock.advanceSecs(5 * 60 - 1);
    QVERIFY(service().verifyCode(m_user, m_sender->lastCode(), m_ctx).ok());
}

void TestSmsOtpService::wrongAttemptsAreLimited()
{
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    const QString code = m_sender->lastCode();
    for (int i = 1; i <= 4; ++i) {
        const Status wrong = service().verifyCode(m_user, otherCode(code), m_ctx);
        QCOMPARE(wrong.error().code, QString::fromLatin1(SmsOtpService::kWrongCode));
        QVERIFY2(wrong.error().message.contains(QString::number(5 - i)), qPrintable(wrong.errorMessage()));
    }
    QCOMPARE(service().verifyCode(m_user, otherCode(code), m_ctx).error().code,
             QString::fromLatin1(SmsOtpService::kTooManyAttempts));
    // The code is dead now, even the right one.
    QCOMPARE(service().verifyCode(m_user, code, m_ctx).error().code,
             QString::fromLatin1(SmsOtpService::kTooManyAttempts));
    auto row = m_db->db().exec(QStringLiteral("SELECT attempts FROM sms_codes WHERE user_id = ?"), {m_user});
    QVERIFY(row->next());
    QCOMPARE(row->value(0).toInt(), 5);
}

void TestSmsOtpService::fifthAttemptMayStillBeRight()
{
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    const QString code = m_sender->lastCode();
    for (int i = 0; i < 4; ++i)
        QVERIFY(!service().verifyCode(m_user, otherCode(code), m_ctx).ok());
    QVERIFY(service().verifyCode(m_user, code, m_ctx).ok());
}

void TestSmsOtpService::newCodeReplacesOldOne()
{
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    const QString first = m_sender->lastCode();
    m_clock.advanceSecs(61);
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    const QString second = m_sender->lastCode();
    if (first != second) // one in a million they coincide; then the old code is the new one
        QCOMPARE(service().verifyCode(m_user, first, m_ctx).error().code,
                 QString::fromLatin1(SmsOtpService::kWrongCode));
    QVERIFY(service().verifyCode(m_user, second, m_ctx).ok());
}

void TestSmsOtpService::resendIsThrottled()
{
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    m_clock.advanceSecs(59);
    const auto tooSoon = service().sendCode(m_user, m_ctx);
    QVERIFY(!tooSoon.ok());
    QCOMPARE(tooSoon.error().code, QString::fromLatin1(SmsOtpService::kThrottled));
    QCOMPARE(m_sender->sent.size(), 1);
    // The first code still works after a refused resend.
    QVERIFY(service().verifyCode(m_user, m_sender->lastCode(), m_ctx).ok());
    m_clock.advanceSecs(1);
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    QCOMPARE(m_sender->sent.size(), 2);
    // Per user: someone else is not held back.
    const qint64 other = addUser(QStringLiteral("sara"), QStringLiteral("0501112222"));
    QVERIFY(service().sendCode(other, m_ctx).ok());

    const auto events = logged(EventType::SmsCodeSent);
    QCOMPARE(events.size(), 4);
    QVERIFY(!events.at(1).first);
    QCOMPARE(events.at(1).second.value(QStringLiteral("reason")).toString(),
             QString::fromLatin1(SmsOtpService::kThrottled));
}

void TestSmsOtpService::hourlyLimit()
{
    for (int i = 0; i < 5; ++i) {
        QVERIFY(service().sendCode(m_user, m_ctx).ok());
        m_clock.advanceSecs(61);
    }
    QCOMPARE(service().sendCode(m_user, m_ctx).error().code, QString::fromLatin1(SmsOtpService::kThrottled));
    m_clock.advanceSecs(3600 - 5 * 61);
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    QCOMPARE(m_sender->sent.size(), 6);
}

void TestSmsOtpService::missingOrBadPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("error");
    QTest::newRow("null") << QString() << QString::fromLatin1(SmsOtpService::kNoPhone);
    QTest::newRow("blank") << QStringLiteral("   ") << QString::fromLatin1(SmsOtpService::kNoPhone);
    QTest::newRow("letters") << QStringLiteral("call me") << QString::fromLatin1(SmsOtpService::kBadPhone);
    QTest::newRow("too short") << QStringLiteral("12345") << QString::fromLatin1(SmsOtpService::kBadPhone);
    QTest::newRow("too long") << QStringLiteral("+1234567890123456")
                              << QString::fromLatin1(SmsOtpService::kBadPhone);
    QTest::newRow("plus inside") << QStringLiteral("966+501234567")
                                 << QString::fromLatin1(SmsOtpService::kBadPhone);
    QTest::newRow("newline injection")
        << QStringLiteral("0501234567\nBCC") << QString::fromLatin1(SmsOtpService::kBadPhone);
}

void TestSmsOtpService::missingOrBadPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, error);
    const qint64 id = addUser(QStringLiteral("nophone"), phone);
    const auto sent = service().sendCode(id, m_ctx);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, error);
    QVERIFY(m_sender->sent.isEmpty());
    QVERIFY(!logged(EventType::SmsCodeSent).last().first);
}

void TestSmsOtpService::failedDeliveryKillsTheCode()
{
    m_sender->failing = true;
    const auto sent = service().sendCode(m_user, m_ctx);
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QString::fromLatin1(SmsSender::kSendFailed));
    QCOMPARE(service().verifyCode(m_user, QStringLiteral("123456"), m_ctx).error().code,
             QString::fromLatin1(SmsOtpService::kNoCode));
    const auto events = logged(EventType::SmsCodeSent);
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.first().first);
    QCOMPARE(events.first().second.value(QStringLiteral("reason")).toString(),
             QString::fromLatin1(SmsSender::kSendFailed));
}

void TestSmsOtpService::malformedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("five digits") << QStringLiteral("12345");
    QTest::newRow("seven digits") << QStringLiteral("1234567");
    QTest::newRow("letters") << QStringLiteral("12a456");
    QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤٥٦");
    QTest::newRow("sql") << QStringLiteral("' OR 1=1 --");
    QTest::newRow("huge") << QString(1'000'000, QLatin1Char('1'));
}

void TestSmsOtpService::malformedCodes()
{
    QFETCH(QString, code);
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    QCOMPARE(service().verifyCode(m_user, code, m_ctx).error().code,
             QString::fromLatin1(SmsOtpService::kMalformed));
    // Typing errors of this kind do not use up an attempt.
    auto row = m_db->db().exec(QStringLiteral("SELECT attempts FROM sms_codes WHERE user_id = ?"), {m_user});
    QVERIFY(row->next());
    QCOMPARE(row->value(0).toInt(), 0);
    QVERIFY(service().verifyCode(m_user, QStringLiteral(" ") + m_sender->lastCode(), m_ctx).ok());
}

void TestSmsOtpService::codesAreBoundToTheirUser()
{
    const qint64 other = addUser(QStringLiteral("sara"), QStringLiteral("0501112222"));
    QVERIFY(service().sendCode(m_user, m_ctx).ok());
    const QString omarsCode = m_sender->lastCode();
    QVERIFY(service().sendCode(other, m_ctx).ok());
    if (m_sender->lastCode() != omarsCode)
        QCOMPARE(service().verifyCode(other, omarsCode, m_ctx).error().code,
                 QString::fromLatin1(SmsOtpService::kWrongCode));
    // Copying the digest row to the other user does not make it valid there.
    QVERIFY(m_db->db()
                .exec(QStringLiteral(
                          "UPDATE sms_codes SET digest = (SELECT digest FROM sms_codes WHERE user_id = ?"
                          " ORDER BY id DESC LIMIT 1) WHERE user_id = ? AND used_at IS NULL"),
                      {m_user, other})
                .ok());
    QVERIFY(!service().verifyCode(other, omarsCode, m_ctx).ok());
    QVERIFY(service().verifyCode(m_user, omarsCode, m_ctx).ok());
}

void TestSmsOtpService::unknownUser()
{
    QCOMPARE(service().sendCode(424242, m_ctx).error().code,
             QString::fromLatin1(SmsOtpService::kUnknownUser));
    QCOMPARE(service().verifyCode(424242, QStringLiteral("123456"), m_ctx).error().code,
             QString::fromLatin1(SmsOtpService::kUnknownUser));
    QCOMPARE(service().verifyCode(m_user, QStringLiteral("123456"), m_ctx).error().code,
             QString::fromLatin1(SmsOtpService::kNoCode));
}

void TestSmsOtpService::maskPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");
    const QChar dot(0x2022);
    QTest::newRow("international") << QStringLiteral("+966501234567")
                                   << QString(9, dot) + QStringLiteral("4567");
    QTest::newRow("short") << QStringLiteral("123456") << QString(4, dot) + QStringLiteral("56");
    QTest::newRow("empty") << QString() << QString();
}

void TestSmsOtpService::maskPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(SmsOtpService::maskPhone(phone), masked);
}

QTEST_GUILESS_MAIN(TestSmsOtpService)
#include "tst_smsotpservice.moc"
