#include "ManualClock.h"
#include "TestDatabase.h"
#include "auth/SessionTokenService.h"
#include "crypto/Hmac.h"
#include "secrets/FileSecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

constexpr auto kUrl = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray part(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kUrl);
}

QList<QByteArray> split(const QString& token)
{
    return token.toLatin1().split('.');
}

QJsonObject payloadOf(const QString& token)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(split(token).at(1), kUrl)).object();
}

} // namespace

class TestSessionTokenService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void issuedTokenVerifies();
    void keyIsCreatedOnceAndKeptInTheSecretStore();
    void signatureMatchesOpensslHmac();
    void tamperedPayloadIsRefused();
    void foreignAlgorithmsAreRefused_data();
    void foreignAlgorithmsAreRefused();
    void otherKeyIsRefused();
    void expiredTokenIsRefused();
    void revokedTokenIsRefused();
    void purgeKeepsLiveRevocations();
    void malformedTokensAreRefused_data();
    void malformedTokensAreRefused();

private:
    QByteArray key() const;
    QString signWithKey(const QJsonObject& header, const QJsonObject& payload, HashAlgorithm algorithm) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FileSecretStore> m_store;
    std::unique_ptr<SessionTokenService> m_tokens;
    ManualClock m_clock{1'700'000'000'000};
};

void TestSessionTokenService::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_db = TestDatabase::create(backend);
    QVERIFY(m_db);
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<FileSecretStore>(m_dir->filePath(QStringLiteral("secrets")));
    m_tokens = std::make_unique<SessionTokenService>(m_db->db(), *m_store, m_clock);
}

void TestSessionTokenService::cleanup()
{
    m_tokens.reset();
    m_store.reset();
    m_dir.reset();
    m_db.reset();
}

QByteArray TestSessionTokenService::key() const
{
    auto stored = m_store->read(QString::fromLatin1(SessionTokenService::kKeyName));
    return stored ? *stored : QByteArray();
}

QString TestSessionTokenService::signWithKey(const QJsonObject& header, const QJsonObject& payload,
                                             HashAlgorithm algorithm) const
{
    const QByteArray input = part(header) + '.' + part(payload);
    return QString::fromLatin1(input + '.' + Hmac::compute(algorithm, key(), input).toBase64(kUrl));
}

void TestSessionTokenService::issuedTokenVerifies()
{
    const auto issued = m_tokens->issue(42, QStringLiteral("مريم"), QStringLiteral("broker"));
    QVERIFY2(issued.ok(), qPrintable(issued.errorMessage()));
    QCOMPARE(issued->claims.expiresAtMs - issued->claims.issuedAtMs, SessionTokenService::kDefaultLifetimeMs);
    const auto claims = m_tokens->verify(issued->token);
    QVERIFY2(claims.ok(), qPrintable(claims.errorMessage()));
    QCOMPARE(claims->userId, 42);
    QCOMPARE(claims->username, QStringLiteral("مريم"));
    QCOMPARE(claims->role, QStringLiteral("broker"));
    QCOMPARE(claims->jti, issued->claims.jti);
    QCOMPARE(claims->expiresAtMs, issued->claims.expiresAtMs);

    const auto other = m_tokens->issue(42, QStringLiteral("مريم"), QStringLiteral("broker"));
    QVERIFY(other.ok());
    QVERIFY(other->claims.jti != issued->claims.jti);
}

void TestSessionTokenService::keyIsCreatedOnceAndKeptInTheSecretStore()
{
    QVERIFY(!m_store->read(QString::fromLatin1(SessionTokenService::kKeyName)).ok());
    const auto issued = m_tokens->issue(1, QStringLiteral("admin"), QStringLiteral("admin"));
    QVERIFY(issued.ok());
    QCOMPARE(key().size(), 32);
    // A second service on the same store (another process) accepts the token.
    SessionTokenService again(m_db->db(), *m_store, m_clock);
    QVERIFY(again.verify(issued->token).ok());
}

void TestSessionTokenService::signatureMatchesOpensslHmac()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed");
    const auto issued = m_tokens->issue(7, QStringLiteral("omar"), QStringLiteral("manager"));
    QVERIFY(issued.ok());
    const QList<QByteArray> parts = split(issued->token);
    QProcess process;
    process.start(openssl, {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-mac"),
                            QStringLiteral("HMAC"), QStringLiteral("-macopt"),
                            QStringLiteral("hexkey:") + QString::fromLatin1(key().toHex()),
                            QStringLiteral("-binary")});
    process.write(parts[0] + '.' + parts[1]);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput().toBase64(kUrl), parts[2]);
}

void TestSessionTokenService::tamperedPayloadIsRefused()
{
    const auto issued = m_tokens->issue(5, QStringLiteral("omar"), QStringLiteral("broker"));
    QVERIFY(issued.ok());
    QJsonObject payload = payloadOf(issued->token);
    payload.insert(QStringLiteral("role"), QStringLiteral("admin"));
    const QList<QByteArray> parts = split(issued->token);
    const QString forged = QString::fromLatin1(parts[0] + '.' + part(payload) + '.' + parts[2]);
    const auto claims = m_tokens->verify(forged);
    QVERIFY(!claims.ok());
    QCOMPARE(claims.error().code, QStringLiteral("token.signature"));
    QVERIFY(!claims.errorMessage().isEmpty());
}

void TestSessionTokenService::foreignAlgorithmsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("header");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("emptySignature");
    const auto header = [](const char* alg) {
        return QJsonObject{{QStringLiteral("alg"), QString::fromLatin1(alg)},
                           {QStringLiteral("typ"), QStringLiteral("JWT")}};
    };
    const int sha256 = static_cast<int>(HashAlgorithm::Sha256);
    QTest::newRow("none, no signature") << header("none") << sha256 << true;
    QTest::newRow("none, signed") << header("none") << sha256 << false;
    QTest::newRow("NONE") << header("NONE") << sha256 << true;
    QTest::newRow("HS512 with the right key")
        << header("HS512") << static_cast<int>(HashAlgorithm::Sha512) << false;
    QTest::newRow("RS256 with the key as HMAC secret") << header("RS256") << sha256 << false;
    QTest::newRow("hs256 lower case") << header("hs256") << sha256 << false;
    QTest::newRow("no alg") << QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")}} << sha256 << false;
    QTest::newRow("crit extension") << QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                                   {QStringLiteral("crit"),
                                                    QJsonArray{QStringLiteral("b64")}}}
                                    << sha256 << false;
    QTest::newRow("typ not JWT") << QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                                {QStringLiteral("typ"), QStringLiteral("at+jwt")}}
                                 << sha256 << false;
}

void TestSessionTokenService::foreignAlgorithmsAreRefused()
{
    QFETCH(QJsonObject, header);
    QFETCH(int, algorithm);
    QFETCH(bool, emptySignature);
    const auto issued = m_tokens->issue(5, QStringLiteral("omar"), QStringLiteral("admin"));
    QVERIFY(issued.ok());
    QString token = signWithKey(header, payloadOf(issued->token), static_cast<HashAlgorithm>(algorithm));
    if (emptySignature)
        token = token.left(token.lastIndexOf(QLatin1Char('.')) + 1);
    const auto claims = m_tokens->verify(token);
    QVERIFY(!claims.ok());
    QCOMPARE(claims.error().code, QStringLiteral("token.algorithm"));
}

void TestSessionTokenService::otherKeyIsRefused()
{
    const auto issued = m_tokens->issue(5, QStringLiteral("omar"), QStringLiteral("admin"));
    QVERIFY(issued.ok());
    QTemporaryDir otherDir;
    FileSecretStore otherStore(otherDir.filePath(QStringLiteral("secrets")));
    SessionTokenService other(m_db->db(), otherStore, m_clock);
    const auto claims = other.verify(issued->token);
    QVERIFY(!claims.ok());
    QCOMPARE(claims.error().code, QStringLiteral("token.signature"));
}

void TestSessionTokenService::expiredTokenIsRefused()
{
    const auto issued = m_tokens->issue(5, QStringLiteral("omar"), QStringLiteral("admin"));
    QVERIFY(issued.ok());
    m_clock.advanceSecs(SessionTokenService::kDefaultLifetimeMs / 1000 - 1);
    QVERIFY(m_tokens->verify(issued->token).ok());
    m_clock.advanceSecs(1);
    const auto claims = m_tokens->verify(issued->token);
    QVERIFY(!claims.ok());
    QCOMPARE(claims.error().code, QStringLiteral("token.expired"));
}

void TestSessionTokenService::revokedTokenIsRefused()
{
    const auto issued = m_tokens->issue(5, QStringLiteral("omar"), QStringLiteral("admin"));
    const auto kept = m_tokens->issue(5, QStringLiteral("omar"), QStringLiteral("admin"));
    QVERIFY(issued.ok() && kept.ok());
    QVERIFY(m_tokens->revoke(issued->token).ok());
    QVERIFY2(m_tokens->revoke(issued->token).ok(), "revoking twice is not an error");
    const auto claims = m_tokens->verify(issued->token);
    QVERIFY(!claims.ok());
    QCOMPARE(claims.error().code, QStringLiteral("token.revoked"));
    QVERIFY(m_tokens->verify(kept->token).ok());
    // Another service instance on the same database sees the revocation.
    SessionTokenService other(m_db->db(), *m_store, m_clock);
    QVERIFY(!other.verify(issued->token).ok());
    QVERIFY(!m_tokens->revoke(QStringLiteral("not-a-token")).ok());
}

void TestSessionTokenService::purgeKeepsLiveRevocations()
{
    const auto early = m_tokens->issue(5, QStringLiteral("omar"), QStringLiteral("admin"));
    QVERIFY(early.ok());
    QVERIFY(m_tokens->revoke(early->token).ok());
    m_clock.advanceSecs(600);
    const auto late = m_tokens->issue(5, QStringLiteral("omar"), QStringLiteral("admin"));
    QVERIFY(late.ok());
    QVERIFY(m_tokens->revoke(late->token).ok());
    m_clock.advanceSecs(SessionTokenService::kDefaultLifetimeMs / 1000 - 300);
    const auto purged = m_tokens->purgeExpiredRevocations();
    QVERIFY(purged.ok());
    QCOMPARE(*purged, 1);
    QCOMPARE(m_tokens->verify(late->token).error().code, QStringLiteral("token.revoked"));
}

void TestSessionTokenService::malformedTokensAreRefused_data()
{
    QTest::addColumn<QString>("token");
    const QByteArray header = part(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}});
    QTest::newRow("empty") << QString();
    QTest::newRow("one part") << QStringLiteral("abc");
    QTest::newRow("two parts") << QString::fromLatin1(header + ".e30");
    QTest::newRow("four parts") << QString::fromLatin1(header + ".e30.sig.extra");
    QTest::newRow("bad base64") << QString::fromLatin1(header + ".!!!.sig");
    QTest::newRow("payload not json")
        << QString::fromLatin1(header + '.' + QByteArray("hello").toBase64(kUrl) + ".sig");
    QTest::newRow("payload is an array")
        << QString::fromLatin1(header + '.' + QByteArray("[1,2]").toBase64(kUrl) + ".sig");
    QTest::newRow("not latin1") << QStringLiteral("رمز.رمز.رمز");
    QTest::newRow("huge") << QString(SessionTokenService::kMaxTokenLength + 1, QLatin1Char('a'));
    QTest::newRow("bearer prefix") << QStringLiteral("Bearer ") + QString::fromLatin1(header) +
                                          QStringLiteral(".e30.x");
}

void TestSessionTokenService::malformedTokensAreRefused()
{
    QFETCH(QString, token);
    const auto claims = m_tokens->verify(token);
    QVERIFY(!claims.ok());
    QVERIFY2(claims.error().code == QLatin1String("token.malformed") ||
                 claims.error().code == QLatin1String("token.signature"),
             qPrintable(claims.error().code));
    QVERIFY(!claims.errorMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionTokenService)
#include "tst_sessiontokenservice.moc"
