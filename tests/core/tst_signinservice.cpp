#include "ManualClock.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "alerts/AlertBus.h"
#include "auth/SessionTokenService.h"
#include "auth/SignInService.h"
#include "blocklist/IpBlockList.h"
#include "crypto/Base32.h"
#include "crypto/PasswordHasher.h"
#include "securitylog/SecurityLogQuery.h"
#include "totp/Otp.h"
#include "twofactor/TwoFactorService.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("Correct-Horse-Battery-9");
// crypt_blowfish's test vector: "U*U" with cost 5, as Nova CRM's bcrypt stores it.
const QString kLegacyBcrypt = QStringLiteral("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");

AccessContext from(const char* ip)
{
    AccessContext context;
    context.ip = QString::fromLatin1(ip);
    context.userAgent = QStringLiteral("Mozilla/5.0 (tst_signinservice)");
    context.endpoint = QStringLiteral("test");
    return context;
}

} // namespace

class TestSignInService : public QObject, public nova::test::HubFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void passwordSignInIssuesAVerifiableToken();
    void unknownUserAndWrongPasswordLookTheSame();
    void accountLocksAndReleasesItself();
    void adminUnlockReleasesEarly();
    void blockedAddressIsRefusedBeforeThePassword();
    void detectorBlocksAnAddressAfterFiveFailures();
    void legacyBcryptIsReplacedAtSignIn();
    void secondFactorIsRequiredAndChecked();
    void challengeExpiresAndRunsOutOfAttempts();
    void signOutRevokesTheToken();
    void sessionsEndWhenTheAccountDoes();

private:
    qint64 addUser(const QString& name, const QString& hash = {});
    QList<SecurityLogEntry> logged(const QString& event, std::optional<bool> success = std::nullopt);
    SignInService& signIn() { return m_hub->signIn(); }

    ManualClock m_clock{1'700'000'000'000};
    QString m_hash;
};

void TestSignInService::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString failed = openHub(backend, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    if (m_hash.isEmpty()) {
        auto hashed = m_hub->hasher().hash(kPassword);
        QVERIFY(hashed.ok());
        m_hash = *hashed;
    }
}

void TestSignInService::cleanup()
{
    closeHub();
}

qint64 TestSignInService::addUser(const QString& name, const QString& hash)
{
    UserRecord record;
    record.username = name;
    record.role = QStringLiteral("broker");
    record.passwordHash = hash.isEmpty() ? m_hash : hash;
    auto id = m_hub->users().repository().insert(record);
    return id ? *id : 0;
}

QList<SecurityLogEntry> TestSignInService::logged(const QString& event, std::optional<bool> success)
{
    SecurityLogFilter filter;
    filter.events = {event};
    filter.success = success;
    auto page = m_hub->logQuery().page(filter, std::nullopt, 1000);
    return page ? page->entries : QList<SecurityLogEntry>();
}

void TestSignInService::passwordSignInIssuesAVerifiableToken()
{
    const qint64 id = addUser(QStringLiteral("هالة"));
    QVERIFY(id > 0);
    auto result = signIn().signIn(QStringLiteral("هالة"), kPassword, from("192.0.2.10"));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QVERIFY(result->signedIn());
    QVERIFY(result->session.has_value());
    auto claims = m_hub->tokens().verify(result->session->token);
    QVERIFY(claims.ok());
    QCOMPARE(claims->userId, id);
    QCOMPARE(claims->role, QStringLiteral("broker"));

    const auto successes = logged(EventType::Login, true);
    QCOMPARE(successes.size(), 1);
    QCOMPARE(successes.first().event.ip, QStringLiteral("192.0.2.10"));
    QCOMPARE(successes.first().event.userAgent, QStringLiteral("Mozilla/5.0 (tst_signinservice)"));
    QCOMPARE(m_hub->users().byId(id)->lastLoginAtMs.value_or(0), m_clock.nowMSecs());
}

void TestSignInService::unknownUserAndWrongPasswordLookTheSame()
{
    addUser(QStringLiteral("omar"));
    const auto unknown = signIn().signIn(QStringLiteral("ghost"), kPassword, from("192.0.2.11"));
    const auto wrong = signIn().signIn(QStringLiteral("omar"), QStringLiteral("not it"), from("192.0.2.11"));
    QVERIFY(!unknown.ok() && !wrong.ok());
    QCOMPARE(unknown.error().code, QStringLiteral("signin.invalid_credentials"));
    QCOMPARE(wrong.error().code, unknown.error().code);
    QCOMPARE(wrong.errorMessage(), unknown.errorMessage());
    const auto failures = logged(EventType::Login, false);
    QCOMPARE(failures.size(), 2);
    QStringList reasons;
    for (const auto& entry : failures)
        reasons.append(entry.event.metadata.value(QStringLiteral("reason")).toString());
    QVERIFY(reasons.contains(QStringLiteral("unknown_user")));
    QVERIFY(reasons.contains(QStringLiteral("wrong_password")));
}

void TestSignInService::accountLocksAndReleasesItself()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    const int threshold = signIn().policy().lockThreshold;
    // Different addresses: the account lock, not the address block, is under test.
    for (int i = 0; i < threshold; ++i) {
        AccessContext context = from("192.0.2.1");
        context.ip = QStringLiteral("192.0.2.%1").arg(20 + i);
        QCOMPARE(signIn().signIn(QStringLiteral("omar"), QStringLiteral("wrong"), context).error().code,
                 QStringLiteral("signin.invalid_credentials"));
    }
    QCOMPARE(m_hub->users().byId(id)->status, UserStatus::Locked);
    QCOMPARE(logged(EventType::AccountLocked).size(), 1);
    auto alerts = m_hub->alerts().since(0);
    QVERIFY(alerts.ok());
    QVERIFY(std::any_of(alerts->cbegin(), alerts->cend(),
                        [](const Alert& a) { return a.type == QLatin1String("account_locked"); }));

    auto locked = signIn().signIn(QStringLiteral("omar"), kPassword, from("192.0.2.99"));
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().code, QStringLiteral("signin.locked"));
    QVERIFY(locked.errorMessage().contains(QLatin1String("15")));

    m_clock.advanceSecs(signIn().policy().lockDurationMs / 1000 - 1);
    QCOMPARE(signIn().signIn(QStringLiteral("omar"), kPassword, from("192.0.2.99")).error().code,
             QStringLiteral("signin.locked"));
    m_clock.advanceSecs(1);
    auto released = signIn().signIn(QStringLiteral("omar"), kPassword, from("192.0.2.99"));
    QVERIFY2(released.ok(), qPrintable(released.errorMessage()));
    // A success starts the failure count afresh.
    QVERIFY(!signIn().signIn(QStringLiteral("omar"), QStringLiteral("wrong"), from("192.0.2.98")).ok());
    QCOMPARE(m_hub->users().byId(id)->status, UserStatus::Active);
}

void TestSignInService::adminUnlockReleasesEarly()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    for (int i = 0; i < signIn().policy().lockThreshold; ++i)
        QVERIFY(!signIn().signIn(QStringLiteral("omar"), QStringLiteral("wrong"), {}).ok());
    QCOMPARE(m_hub->users().byId(id)->status, UserStatus::Locked);
    QVERIFY(m_hub->users().unlock(id, Actor::localOperator(QStringLiteral("root"))).ok());
    QVERIFY(signIn().signIn(QStringLiteral("omar"), kPassword, {}).ok());
    QCOMPARE(logged(EventType::UnlockUser).size(), 1);
}

void TestSignInService::blockedAddressIsRefusedBeforeThePassword()
{
    addUser(QStringLiteral("omar"));
    auto blocked = m_hub->blockList().block(*IpRange::parse(QStringLiteral("203.0.113.0/24")), 3600 * 1000,
                                            QStringLiteral("test"), BlockSource::Manual,
                                            Actor::localOperator(QStringLiteral("root")));
    QVERIFY2(blocked.ok(), qPrintable(blocked.errorMessage()));
    const auto refused = signIn().signIn(QStringLiteral("omar"), kPassword, from("203.0.113.77"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("signin.ip_blocked"));
    QCOMPARE(logged(EventType::BlockedIpRequest).size(), 1);
    QCOMPARE(logged(EventType::Login, true).size(), 0);

    const auto malformed = signIn().signIn(QStringLiteral("omar"), kPassword, from("300.1.2.3"));
    QVERIFY(!malformed.ok());
    QCOMPARE(malformed.error().code, QStringLiteral("signin.bad_ip"));
}

void TestSignInService::detectorBlocksAnAddressAfterFiveFailures()
{
    addUser(QStringLiteral("omar"));
    for (int i = 0; i < 5; ++i) {
        // Guessing a different name each time: no account lock helps here.
        QVERIFY(!signIn().signIn(QStringLiteral("guess%1").arg(i), kPassword, from("198.51.100.66")).ok());
    }
    const auto refused = signIn().signIn(QStringLiteral("omar"), kPassword, from("198.51.100.66"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("signin.ip_blocked"));
    auto entry = m_hub->blockList().isBlocked(QHostAddress(QStringLiteral("198.51.100.66")));
    QVERIFY(entry.ok() && entry->has_value());
    QCOMPARE((*entry)->source, BlockSource::Detector);
    QCOMPARE((*entry)->expiresAtMs.value_or(0), m_clock.nowMSecs() + 24 * 3600 * 1000);
    QVERIFY(signIn().signIn(QStringLiteral("omar"), kPassword, from("198.51.100.67")).ok());
}

void TestSignInService::legacyBcryptIsReplacedAtSignIn()
{
    const qint64 id = addUser(QStringLiteral("imported"), kLegacyBcrypt);
    QVERIFY(!signIn().signIn(QStringLiteral("imported"), QStringLiteral("U*V"), {}).ok());
    auto result = signIn().signIn(QStringLiteral("imported"), QStringLiteral("U*U"), {});
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    auto stored = m_hub->users().repository().passwordHash(id);
    QVERIFY(stored.ok());
    QVERIFY(PasswordHasher::isArgon2id(*stored));
    QVERIFY(m_hub->hasher().verify(QStringLiteral("U*U"), *stored));
    const auto successes = logged(EventType::Login, true);
    QCOMPARE(successes.size(), 1);
    QCOMPARE(successes.first().event.metadata.value(QStringLiteral("password_rehashed")).toBool(), true);
    QVERIFY(signIn().signIn(QStringLiteral("imported"), QStringLiteral("U*U"), {}).ok());
}

void TestSignInService::secondFactorIsRequiredAndChecked()
{
    const qint64 id = addUser(QStringLiteral("sara"));
    auto enrollment = m_hub->twoFactor().enroll(id, Actor::localOperator(QStringLiteral("root")));
    QVERIFY2(enrollment.ok(), qPrintable(enrollment.errorMessage()));
    const QByteArray key = *Base32::decode(enrollment->secretBase32);
    const qint64 now = m_clock.nowMSecs() / 1000;
    auto codes = m_hub->twoFactor().confirm(id, Otp::totp(key, now), {});
    QVERIFY2(codes.ok(), qPrintable(codes.errorMessage()));

    auto first = signIn().signIn(QStringLiteral("sara"), kPassword, from("192.0.2.50"));
    QVERIFY(first.ok());
    QVERIFY(!first->signedIn());
    QVERIFY(!first->session.has_value());
    QVERIFY(first->methods.contains(SecondFactor::Totp));
    QVERIFY(first->methods.contains(SecondFactor::BackupCode));
    QVERIFY(!first->methods.contains(SecondFactor::Sms)); // no phone number

    auto wrong = signIn().completeSecondFactor(first->challenge, SecondFactor::Totp, QStringLiteral("000000"),
                                               from("192.0.2.50"));
    QVERIFY(!wrong.ok());
    QCOMPARE(m_hub->users().byId(id)->failedLogins, 1);
    m_clock.advanceSecs(30);
    auto done = signIn().completeSecondFactor(first->challenge, SecondFactor::Totp, Otp::totp(key, now + 30),
                                              from("192.0.2.50"));
    QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    QVERIFY(done->signedIn());
    QCOMPARE(m_hub->users().byId(id)->failedLogins, 0);
    // The challenge is spent with the sign-in.
    QCOMPARE(signIn()
                 .completeSecondFactor(first->challenge, SecondFactor::BackupCode, codes->first(),
                                       from("192.0.2.50"))
                 .error()
                 .code,
             QStringLiteral("signin.challenge_expired"));

    auto second = signIn().signIn(QStringLiteral("sara"), kPassword, from("192.0.2.50"));
    QVERIFY(second.ok());
    QVERIFY(signIn()
                .completeSecondFactor(second->challenge, SecondFactor::BackupCode, codes->first(),
                                      from("192.0.2.50"))
                .ok());
}

void TestSignInService::challengeExpiresAndRunsOutOfAttempts()
{
    const qint64 id = addUser(QStringLiteral("sara"));
    auto enrollment = m_hub->twoFactor().enroll(id, Actor::localOperator(QStringLiteral("root")));
    QVERIFY(enrollment.ok());
    const QByteArray key = *Base32::decode(enrollment->secretBase32);
    QVERIFY(m_hub->twoFactor().confirm(id, Otp::totp(key, m_clock.nowMSecs() / 1000), {}).ok());

    auto pending = signIn().signIn(QStringLiteral("sara"), kPassword, {});
    QVERIFY(pending.ok());
    m_clock.advanceSecs(signIn().policy().challengeLifetimeMs / 1000);
    QCOMPARE(signIn()
                 .completeSecondFactor(pending->challenge, SecondFactor::Totp,
                                       Otp::totp(key, m_clock.nowMSecs() / 1000), {})
                 .error()
                 .code,
             QStringLiteral("signin.challenge_expired"));

    QVERIFY(m_hub->users().unlock(id, Actor::localOperator(QStringLiteral("root"))).ok());
    pending = signIn().signIn(QStringLiteral("sara"), kPassword, {});
    QVERIFY(pending.ok());
    for (int i = 0; i < signIn().policy().challengeAttempts; ++i)
        QVERIFY(
            !signIn()
                 .completeSecondFactor(pending->challenge, SecondFactor::Totp, QStringLiteral("111111"), {})
                 .ok());
    QCOMPARE(signIn()
                 .completeSecondFactor(pending->challenge, SecondFactor::Totp,
                                       Otp::totp(key, m_clock.nowMSecs() / 1000), {})
                 .error()
                 .code,
             QStringLiteral("signin.challenge_expired"));
    QCOMPARE(QStringLiteral("signin.challenge_expired"),
             signIn()
                 .completeSecondFactor(QStringLiteral("made-up"), SecondFactor::Totp, QStringLiteral("1"), {})
                 .error()
                 .code);
}

void TestSignInService::signOutRevokesTheToken()
{
    addUser(QStringLiteral("omar"));
    auto result = signIn().signIn(QStringLiteral("omar"), kPassword, {});
    QVERIFY(result.ok());
    const QString token = result->session->token;
    QVERIFY(signIn().signOut(token, {}).ok());
    QCOMPARE(m_hub->tokens().verify(token).error().code, QStringLiteral("token.revoked"));
    QCOMPARE(logged(EventType::Logout).size(), 1);
    QVERIFY(!signIn().signOut(QStringLiteral("garbage"), {}).ok());
}

void TestSignInService::sessionsEndWhenTheAccountDoes()
{
    const qint64 id = addUser(QStringLiteral("omar"));
    addUser(QStringLiteral("hala"));
    const Actor root = Actor::localOperator(QStringLiteral("root"));
    auto omar = signIn().signIn(QStringLiteral("omar"), kPassword, {});
    auto hala = signIn().signIn(QStringLiteral("hala"), kPassword, {});
    QVERIFY(omar.ok() && hala.ok());
    QVERIFY(signIn().validateSession(omar->session->token).ok());

    UserChanges promote;
    promote.role = QStringLiteral("manager");
    QVERIFY(m_hub->users().update(id, promote, root).ok());
    auto claims = signIn().validateSession(omar->session->token);
    QVERIFY(claims.ok());
    QCOMPARE(claims->role, QStringLiteral("manager"));

    QVERIFY(m_hub->users().disable(id, root).ok());
    QCOMPARE(signIn().validateSession(omar->session->token).error().code,
             QStringLiteral("signin.not_active"));
    QVERIFY(m_hub->users().enable(id, root).ok());
    QVERIFY(signIn().validateSession(omar->session->token).ok());
    QVERIFY(m_hub->users().remove(id, root).ok());
    QCOMPARE(signIn().validateSession(omar->session->token).error().code,
             QStringLiteral("signin.not_active"));
    QVERIFY(signIn().validateSession(hala->session->token).ok());
    QCOMPARE(signIn().validateSession(QStringLiteral("x.y.z")).error().code,
             QStringLiteral("token.malformed"));
}

QTEST_GUILESS_MAIN(TestSignInService)
#include "tst_signinservice.moc"
