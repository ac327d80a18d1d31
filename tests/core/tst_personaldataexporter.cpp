#include "ManualClock.h"
#include "TestDatabase.h"
#include "TestHub.h"
#include "alerts/AlertBus.h"
#include "crypto/Base32.h"
#include "privacy/PersonalDataExporter.h"
#include "privacy/PersonalDataLogReader.h"
#include "rbac/AdminAudit.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogQuery.h"
#include "securitylog/SecurityLogRow.h"
#include "sms/SmsOtpService.h"
#include "totp/Otp.h"
#include "twofactor/TwoFactorService.h"
#include "users/UserService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nova;
using namespace nova::test;

namespace {

const QString kPassword = QStringLiteral("Quiet-Lantern-Harbor-71");
const QString kEndpoint = QStringLiteral("test/export");

QSet<qint64> idsIn(const QJsonArray& array, const QString& key)
{
    QSet<qint64> ids;
    for (const QJsonValue& value : array)
        ids.insert(value.toObject().value(key).toInteger());
    return ids;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Every way a byte string could have been written into a text file.
QList<QByteArray> encodings(const QByteArray& secret)
{
    return {secret, secret.toHex(), secret.toHex().toUpper(), secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

} // namespace

class TestPersonalDataExporter : public QObject, public nova::test::HubFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void exportIsCompleteAndSecretFree();
    void exportIsAuditedAndAlerted();
    void refusedWithoutBothPermissions_data();
    void refusedWithoutBothPermissions();
    void htmlEscapesAndStemIsSafe();
    void arabicNameRoundTripsAndReadsRightToLeft();
    void fileStem_data();
    void fileStem();
    void pagesThroughALargeLog();
    void cancelLeavesNoFilesAndIsRecorded();
    void unknownUserIsAnError();
    void symbolicLinkIsNotFollowed();

private:
    PersonalDataExporter makeExporter();
    User makeUser(const QString& name, const QString& role, const QString& phone = {});
    qint64 lastLogId() const { return m_hub->logQuery().lastId().value(); }
    // The log ids `step` wrote go into `into`.
    void track(QSet<qint64>& into, const std::function<void()>& step);
    QList<SecurityLogEntry> entriesOf(const QString& event, std::optional<bool> success = std::nullopt) const;
    // Seeds the person with everything the export covers, plus records about
    // others that must stay out. Fills the expected ids.
    void seed();

    ManualClock m_clock{1'795'428'000'000};
    User m_admin;
    Actor m_adminActor;
    User m_person;
    QString m_totpSecret;
    QStringList m_backupCodes;
    QSet<qint64> m_expectedLog;
    QSet<qint64> m_unrelatedLog;
    QSet<qint64> m_expectedAlerts;
    QString m_out;
};

void TestPersonalDataExporter::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString failed = openHub(backend, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_admin = makeUser(QStringLiteral("admin1"), QStringLiteral("admin"));
    m_adminActor = Actor{m_admin.id, m_admin.username, QStringLiteral("192.0.2.10"), QStringLiteral("test")};
    m_out = m_dir->filePath(QStringLiteral("out"));
    m_expectedLog.clear();
    m_unrelatedLog.clear();
    m_expectedAlerts.clear();
}

void TestPersonalDataExporter::cleanup()
{
    closeHub();
}

PersonalDataExporter TestPersonalDataExporter::makeExporter()
{
    return PersonalDataExporter(m_hub->database(), m_hub->roles(), m_hub->permissions(), m_hub->audit(),
                                m_hub->clock());
}

User TestPersonalDataExporter::makeUser(const QString& name, const QString& role, const QString& phone)
{
    NewUser user{name, kPassword, {}, {}, phone, role};
    auto created = m_hub->users().create(user, Actor::localOperator(QStringLiteral("root")));
    if (!created)
        qWarning("%s", qPrintable(created.errorMessage()));
    return created ? *created : User{};
}

void TestPersonalDataExporter::track(QSet<qint64>& into, const std::function<void()>& step)
{
    const qint64 before = lastLogId();
    step();
    for (qint64 id = before + 1; id <= lastLogId(); ++id)
        into.insert(id);
}

QList<SecurityLogEntry> TestPersonalDataExporter::entriesOf(const QString& event,
                                                            std::optional<bool> success) const
{
    SecurityLogFilter filter;
    filter.events = {event};
    filter.success = success;
    return m_hub->logQuery().page(filter, std::nullopt, 100).value().entries;
}

void TestPersonalDataExporter::seed()
{
    const AccessContext fromPhone{QStringLiteral("198.51.100.7"), QStringLiteral("Mobile"),
                                  QStringLiteral("login")};
    track(m_expectedLog, [&] {
        m_person =
            makeUser(QStringLiteral("layla"), QStringLiteral("broker"), QStringLiteral("+971 50 123 4567"));
        QVERIFY(m_person.id > 0);
        UserChanges changes;
        changes.email = QStringLiteral("layla@example.com");
        changes.displayName = QStringLiteral("Layla Haddad");
        QVERIFY(m_hub->users().update(m_person.id, changes, m_adminActor).ok());
        QVERIFY(m_hub->roles()
                    .grantUser(m_person.id, Permission{QStringLiteral("reports"), Permission::kCreate},
                               std::nullopt, m_adminActor)
                    .ok());
        QVERIFY(m_hub->roles()
                    .grantUser(m_person.id, Permission{QStringLiteral("users"), Permission::kRead},
                               m_clock.nowMSecs() + 86'400'000, m_adminActor)
                    .ok());
        QVERIFY(m_hub->roles()
                    .setOwner(QStringLiteral("customer"), QStringLiteral("C-17"), m_person.id, m_adminActor)
                    .ok());
        QVERIFY(m_hub->roles()
                    .setOwner(QStringLiteral("sale"), QStringLiteral("S-4"), m_person.id, m_adminActor)
                    .ok());
        // Enrolled by an admin (a target_user_id entry), confirmed by the person.
        auto enrolled = m_hub->twoFactor().enroll(m_person.id, m_adminActor);
        QVERIFY2(enrolled, qPrintable(enrolled.errorMessage()));
        m_totpSecret = enrolled->secretBase32;
        const QString code = Otp::totp(Base32::decode(m_totpSecret).value(), m_clock.nowSecs());
        auto codes = m_hub->twoFactor().confirm(m_person.id, code, fromPhone);
        QVERIFY2(codes, qPrintable(codes.errorMessage()));
        m_backupCodes = *codes;
        QVERIFY(m_hub->twoFactor().verifyBackupCode(m_person.id, m_backupCodes.first(), fromPhone).ok());
        auto sms = m_hub->sms().sendCode(m_person.id, fromPhone);
        QVERIFY2(sms, qPrintable(sms.errorMessage()));
        // Sign-ins of their own, and a refused request under their name
        // before the account was known to the caller.
        QVERIFY(
            m_hub->securityLog()
                .appendBatch({SecurityEvent::about(EventType::Login, true, m_person.id, m_person.username,
                                                   fromPhone.ip, fromPhone.userAgent),
                              SecurityEvent::about(EventType::Login, false, m_person.id, m_person.username,
                                                   QStringLiteral("203.0.113.5"), QStringLiteral("curl"),
                                                   {{QStringLiteral("reason"), QStringLiteral("password")}}),
                              SecurityEvent::about(EventType::BlockedIpRequest, false, std::nullopt,
                                                   QStringLiteral("LAYLA"), QStringLiteral("203.0.113.9"),
                                                   QStringLiteral("curl"))})
                .ok());
    });
    QVERIFY(!QTest::currentTestFailed());

    // Others' records, some of which look like the person's to a text search.
    track(m_unrelatedLog, [&] {
        // A user whose id starts with the person's ("user_id":2 vs "user_id":20).
        User lookalike;
        for (int i = 0; i < 40 && lookalike.id != m_person.id * 10; ++i)
            lookalike = makeUser(QStringLiteral("other%1").arg(i), QStringLiteral("broker"));
        QCOMPARE(lookalike.id, m_person.id * 10);
        QVERIFY(m_hub->roles()
                    .grantUser(lookalike.id, Permission{QStringLiteral("reports"), Permission::kRead},
                               std::nullopt, m_adminActor)
                    .ok());
        // nova-ctl run by a system account that happens to carry the person's name.
        UserChanges changes;
        changes.displayName = QStringLiteral("Someone Else");
        QVERIFY(m_hub->users().update(lookalike.id, changes, Actor::localOperator(m_person.username)).ok());
        // The name in metadata that does not make it the entry's subject.
        QVERIFY(m_hub->securityLog()
                    .append(SecurityEvent::about(EventType::Login, false, lookalike.id, lookalike.username,
                                                 QStringLiteral("203.0.113.50"), QStringLiteral("curl"),
                                                 {{QStringLiteral("note"), QStringLiteral("asked layla")}}))
                    .ok());
    });
    QVERIFY(!QTest::currentTestFailed());

    Alert aboutId;
    aboutId.type = QStringLiteral("account_locked");
    aboutId.messageEn = QStringLiteral("Account layla locked");
    aboutId.messageAr = QStringLiteral("تم قفل الحساب layla");
    aboutId.userId = m_person.id;
    aboutId.username = m_person.username;
    Alert aboutName;
    aboutName.type = QStringLiteral("brute_force");
    aboutName.messageEn = QStringLiteral("Repeated failures for layla");
    aboutName.messageAr = QStringLiteral("محاولات فاشلة متكررة للحساب layla");
    aboutName.ip = QStringLiteral("203.0.113.9");
    aboutName.username = QStringLiteral("layla");
    Alert other;
    other.type = QStringLiteral("account_locked");
    other.messageEn = QStringLiteral("Account other0 locked");
    other.messageAr = QStringLiteral("تم قفل الحساب other0");
    other.userId = m_person.id * 10;
    other.username = QStringLiteral("other0");
    for (const Alert& alert : {aboutId, aboutName}) {
        auto published = m_hub->alerts().publish(alert);
        QVERIFY(published);
        m_expectedAlerts.insert(published->seq);
    }
    QVERIFY(m_hub->alerts().publish(other).ok());
}

void TestPersonalDataExporter::exportIsCompleteAndSecretFree()
{
    seed();
    if (QTest::currentTestFailed())
        return;
    PersonalDataExporter exporter = makeExporter();
    const auto files =
        exporter.exportTo(m_person.id, m_out, m_adminActor, QLocale(QLocale::English), kEndpoint);
    QVERIFY2(files, qPrintable(files.errorMessage()));
    QCOMPARE(QFileInfo(files->jsonPath).fileName(), QStringLiteral("layla-personal-data.json"));
    QCOMPARE(QFileInfo(files->htmlPath).fileName(), QStringLiteral("layla-personal-data.html"));
    QCOMPARE(QDir(m_out).entryList(QDir::Files | QDir::Hidden).size(), 2);

    const QByteArray jsonBytes = readAll(files->jsonPath);
    const QByteArray htmlBytes = readAll(files->htmlPath);
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(jsonBytes, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY2(jsonBytes.contains("\n    \""), "the JSON is indented for reading");
    QCOMPARE(document.value(QStringLiteral("format")).toString(), PersonalDataExporter::kFormat);
    QCOMPARE(document.value(QStringLiteral("version")).toInt(), PersonalDataExporter::kFormatVersion);
    QVERIFY(!document.value(QStringLiteral("generated_at")).toString().isEmpty());

    const QJsonObject account = document.value(QStringLiteral("account")).toObject();
    QCOMPARE(account.value(QStringLiteral("id")).toInteger(), m_person.id);
    QCOMPARE(account.value(QStringLiteral("username")).toString(), QStringLiteral("layla"));
    QCOMPARE(account.value(QStringLiteral("email")).toString(), QStringLiteral("layla@example.com"));
    QCOMPARE(account.value(QStringLiteral("display_name")).toString(), QStringLiteral("Layla Haddad"));
    QCOMPARE(account.value(QStringLiteral("phone")).toString(), QStringLiteral("+971 50 123 4567"));
    QCOMPARE(account.value(QStringLiteral("role")).toString(), QStringLiteral("broker"));
    QCOMPARE(account.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(account.value(QStringLiteral("locked")).toBool(), false);
    QCOMPARE(account.value(QStringLiteral("failed_logins")).toInt(), 0);
    for (const char* key :
         {"locked_until", "last_sign_in_at", "password_changed_at", "created_at", "updated_at"})
        QVERIFY2(account.contains(QLatin1String(key)), key);
    QVERIFY(!account.contains(QStringLiteral("password_hash")));

    const QJsonObject access = document.value(QStringLiteral("access")).toObject();
    QCOMPARE(access.value(QStringLiteral("role_known")).toBool(), true);
    const Role broker = m_hub->roles().role(QStringLiteral("broker")).value();
    QCOMPARE(access.value(QStringLiteral("role_permissions")).toArray().size(), broker.grants.size());
    const QJsonArray grants = access.value(QStringLiteral("personal_grants")).toArray();
    QCOMPARE(grants.size(), 2);
    QCOMPARE(grants.at(0).toObject().value(QStringLiteral("permission")).toString(),
             QStringLiteral("reports:create"));
    QVERIFY(grants.at(0).toObject().value(QStringLiteral("expires_at")).isNull());
    QCOMPARE(grants.at(1).toObject().value(QStringLiteral("permission")).toString(),
             QStringLiteral("users:read"));
    QVERIFY(!grants.at(1).toObject().value(QStringLiteral("expires_at")).isNull());
    const QJsonArray effective = access.value(QStringLiteral("effective_permissions")).toArray();
    QVERIFY(effective.contains(QStringLiteral("users:read")));
    QVERIFY(effective.contains(QStringLiteral("crm:read")));
    QCOMPARE(access.value(QStringLiteral("owned_resources")).toArray().size(), 2);

    const QJsonObject twoFactor = document.value(QStringLiteral("two_factor")).toObject();
    const QJsonObject totp = twoFactor.value(QStringLiteral("totp")).toObject();
    QCOMPARE(totp.value(QStringLiteral("enabled")).toBool(), true);
    QVERIFY(!totp.value(QStringLiteral("enabled_at")).isNull());
    QVERIFY(!totp.value(QStringLiteral("enrolled_at")).isNull());
    QVERIFY(!totp.contains(QStringLiteral("key_id")));
    const QJsonObject backup = twoFactor.value(QStringLiteral("backup_codes")).toObject();
    QCOMPARE(backup.value(QStringLiteral("remaining")).toInt(), m_backupCodes.size() - 1);
    QCOMPARE(backup.value(QStringLiteral("used")).toInt(), 1);
    const QJsonObject sms = twoFactor.value(QStringLiteral("sms")).toObject();
    QCOMPARE(sms.value(QStringLiteral("phone_on_file")).toBool(), true);
    QCOMPARE(sms.value(QStringLiteral("codes_sent")).toInt(), 1);

    // Exactly the seeded entries: none missing, none of the look-alikes.
    const QJsonObject log = document.value(QStringLiteral("security_log")).toObject();
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    QCOMPARE(idsIn(entries, QStringLiteral("id")), m_expectedLog);
    QCOMPARE(log.value(QStringLiteral("count")).toInt(), m_expectedLog.size());
    QCOMPARE(files->logEntries, qint64(m_expectedLog.size()));
    QVERIFY(!idsIn(entries, QStringLiteral("id")).intersects(m_unrelatedLog));
    QHash<QString, QStringList> relationOf;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        QStringList relation;
        for (const QJsonValue& r : entry.value(QStringLiteral("relation")).toArray())
            relation.append(r.toString());
        relationOf.insert(entry.value(QStringLiteral("event")).toString(), relation);
    }
    QCOMPARE(relationOf.value(EventType::CreateUser), QStringList{QStringLiteral("subject")});
    QCOMPARE(relationOf.value(EventType::TwoFactorEnrolled), QStringList{QStringLiteral("subject")});
    QCOMPARE(relationOf.value(EventType::TwoFactorEnabled), QStringList{QStringLiteral("actor")});
    QCOMPARE(relationOf.value(EventType::BlockedIpRequest), QStringList{QStringLiteral("actor")});

    const QJsonObject alerts = document.value(QStringLiteral("alerts")).toObject();
    QCOMPARE(idsIn(alerts.value(QStringLiteral("items")).toArray(), QStringLiteral("seq")), m_expectedAlerts);

    // The HTML names every part.
    for (const QByteArray& part :
         {QByteArray("layla"), QByteArray("layla@example.com"), QByteArray("reports:create"),
          QByteArray("203.0.113.5"), QByteArray("Repeated failures for layla")})
        QVERIFY2(htmlBytes.contains(part), part.constData());
    QVERIFY(htmlBytes.startsWith("<!DOCTYPE html>"));
    QVERIFY(htmlBytes.contains("dir=\"ltr\""));
    QVERIFY2(!htmlBytes.contains("<script") && !htmlBytes.contains(" src="),
             "self-contained, nothing active");

    // No secret in any form, read back from the database itself.
    QList<QByteArray> secrets{m_hub->users().repository().passwordHash(m_person.id).value().toUtf8(),
                              kPassword.toUtf8(), m_totpSecret.toUtf8(),
                              Base32::decode(m_totpSecret).value().toHex()};
    for (const QString& code : std::as_const(m_backupCodes))
        secrets.append(code.toUtf8());
    QSqlQuery q(m_db->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT sealed_secret, key_id FROM totp_secrets WHERE user_id = %1")
                       .arg(m_person.id)));
    QVERIFY(q.next());
    const QByteArray sealed = q.value(0).toByteArray();
    QVERIFY(sealed.size() > 29);
    secrets += encodings(sealed);
    secrets += encodings(sealed.mid(1, 12));                  // the nonce
    secrets += encodings(sealed.mid(13, sealed.size() - 29)); // the ciphertext
    secrets.append(q.value(1).toString().toUtf8());
    for (const char* table : {"backup_codes", "sms_codes"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT digest FROM %1 WHERE user_id = %2")
                           .arg(QLatin1String(table))
                           .arg(m_person.id)));
        int digests = 0;
        while (q.next()) {
            secrets += encodings(q.value(0).toByteArray());
            ++digests;
        }
        QVERIFY(digests > 0);
    }
    for (const QByteArray& secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 6);
        QVERIFY2(!jsonBytes.contains(secret), secret.constData());
        QVERIFY2(!htmlBytes.contains(secret), secret.constData());
    }

    // Personal data: owner read/write only.
    for (const QString& path : {files->jsonPath, files->htmlPath})
        QCOMPARE(QFile::permissions(path) &
                     ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestPersonalDataExporter::exportIsAuditedAndAlerted()
{
    seed();
    if (QTest::currentTestFailed())
        return;
    const qint64 lastAlert = m_hub->alerts().lastSeq();
    PersonalDataExporter exporter = makeExporter();
    const auto files =
        exporter.exportTo(m_person.id, m_out, m_adminActor, QLocale(QLocale::English), kEndpoint);
    QVERIFY2(files, qPrintable(files.errorMessage()));

    const QList<SecurityLogEntry> exports = entriesOf(EventType::ExportData, true);
    QCOMPARE(exports.size(), 1);
    const SecurityLogEntry& entry = exports.first();
    QCOMPARE(entry.event.userId, std::optional<qint64>(m_admin.id));
    const QJsonObject& metadata = entry.event.metadata;
    QCOMPARE(metadata.value(QStringLiteral("user_id")).toInteger(), m_person.id);
    QCOMPARE(metadata.value(QStringLiteral("target")).toString(), m_person.username);
    QCOMPARE(metadata.value(QStringLiteral("entries")).toInteger(), files->logEntries);
    QCOMPARE(
        metadata.value(QStringLiteral("files")).toArray(),
        (QJsonArray{QStringLiteral("layla-personal-data.json"), QStringLiteral("layla-personal-data.html")}));
    QVERIFY2(!SecurityLogRow::metadataText(metadata).contains(m_out), "file names only, never the folder");

    const QList<Alert> raised = m_hub->alerts().since(lastAlert).value();
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().type, QStringLiteral("sensitive_action"));
    QCOMPARE(raised.first().logId, std::optional<qint64>(entry.id));

    // The export's own entry belongs to the next export, not to this one.
    const QJsonObject document = QJsonDocument::fromJson(readAll(files->jsonPath)).object();
    const QJsonArray entries =
        document.value(QStringLiteral("security_log")).toObject().value(QStringLiteral("entries")).toArray();
    QVERIFY(!idsIn(entries, QStringLiteral("id")).contains(entry.id));
    const auto again = exporter.exportTo(m_person.id, m_dir->filePath(QStringLiteral("again")), m_adminActor,
                                         QLocale(QLocale::English), kEndpoint);
    QVERIFY(again);
    QCOMPARE(again->logEntries, files->logEntries + 1);
}

void TestPersonalDataExporter::refusedWithoutBothPermissions_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("extraGrant");
    QTest::addColumn<QString>("missing");
    QTest::newRow("no users:read") << QStringLiteral("security") << QString() << QStringLiteral("users");
    QTest::newRow("no security_log:read")
        << QStringLiteral("broker") << QStringLiteral("users") << QStringLiteral("security_log");
}

void TestPersonalDataExporter::refusedWithoutBothPermissions()
{
    QFETCH(QString, role);
    QFETCH(QString, extraGrant);
    QFETCH(QString, missing);
    const User person = makeUser(QStringLiteral("layla"), QStringLiteral("broker"));
    const User clerk = makeUser(QStringLiteral("clerk"), role);
    if (!extraGrant.isEmpty())
        QVERIFY(
            m_hub->roles()
                .grantUser(clerk.id, Permission{extraGrant, Permission::kRead}, std::nullopt, m_adminActor)
                .ok());
    const Actor actor{clerk.id, clerk.username, QStringLiteral("192.0.2.44"), QStringLiteral("test")};

    PersonalDataExporter exporter = makeExporter();
    const auto files = exporter.exportTo(person.id, m_out, actor, QLocale(QLocale::English), kEndpoint);
    QVERIFY(!files);
    QCOMPARE(files.error().code, QStringLiteral("rbac.denied"));
    QVERIFY(!QFileInfo::exists(m_out) || QDir(m_out).isEmpty());
    QVERIFY(entriesOf(EventType::ExportData, true).isEmpty());

    const QList<SecurityLogEntry> refusals = entriesOf(EventType::UnauthorizedAccess);
    QCOMPARE(refusals.size(), 1);
    QCOMPARE(refusals.first().event.userId, std::optional<qint64>(clerk.id));
    QCOMPARE(refusals.first().event.ip, QStringLiteral("192.0.2.44"));
    QCOMPARE(refusals.first().event.metadata.value(QStringLiteral("feature")).toString(), missing);
    QCOMPARE(refusals.first().event.metadata.value(QStringLiteral("endpoint")).toString(), kEndpoint);
}

void TestPersonalDataExporter::htmlEscapesAndStemIsSafe()
{
    // Imported data is not validated like a typed name: the repository takes it as it is.
    UserRecord record{QStringLiteral("<script>x"),
                      {},
                      QStringLiteral("<b>bold</b> & \"quoted\""),
                      {},
                      QStringLiteral("broker"),
                      UserStatus::Active,
                      QStringLiteral("$argon2id$v=19$m=8192,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g")};
    const auto id = m_hub->users().repository().insert(record);
    QVERIFY2(id, qPrintable(id.errorMessage()));

    PersonalDataExporter exporter = makeExporter();
    const auto files = exporter.exportTo(*id, m_out, m_adminActor, QLocale(QLocale::English), kEndpoint);
    QVERIFY2(files, qPrintable(files.errorMessage()));
    QCOMPARE(QFileInfo(files->jsonPath).fileName(), QStringLiteral("_script_x-personal-data.json"));
    QCOMPARE(QFileInfo(files->htmlPath).absolutePath(), QFileInfo(m_out).absoluteFilePath());
    QCOMPARE(QDir(m_out).entryList(QDir::Files | QDir::Hidden).size(), 2);

    const QByteArray html = readAll(files->htmlPath);
    QVERIFY(html.contains("&lt;script&gt;x"));
    QVERIFY(!html.contains("<script>"));
    QVERIFY(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"));
    QVERIFY(!html.contains("<b>bold"));
    const QJsonObject account = QJsonDocument::fromJson(readAll(files->jsonPath))
                                    .object()
                                    .value(QStringLiteral("account"))
                                    .toObject();
    QCOMPARE(account.value(QStringLiteral("username")).toString(), QStringLiteral("<script>x"));
}

void TestPersonalDataExporter::arabicNameRoundTripsAndReadsRightToLeft()
{
    const QString name = QStringLiteral("سارة_المنصوري");
    const User person = makeUser(name, QStringLiteral("broker"));
    QVERIFY(person.id > 0);
    UserChanges changes;
    changes.displayName = QStringLiteral("سارة المنصوري");
    QVERIFY(m_hub->users().update(person.id, changes, m_adminActor).ok());

    PersonalDataExporter exporter = makeExporter();
    const auto files = exporter.exportTo(person.id, m_out, m_adminActor,
                                         QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates), kEndpoint);
    QVERIFY2(files, qPrintable(files.errorMessage()));
    QCOMPARE(QFileInfo(files->jsonPath).fileName(), name + QStringLiteral("-personal-data.json"));
    QVERIFY(QFileInfo::exists(QDir(m_out).filePath(name + QStringLiteral("-personal-data.html"))));

    const QJsonObject document = QJsonDocument::fromJson(readAll(files->jsonPath)).object();
    const QJsonObject account = document.value(QStringLiteral("account")).toObject();
    QCOMPARE(account.value(QStringLiteral("username")).toString(), name);
    QCOMPARE(account.value(QStringLiteral("display_name")).toString(), QStringLiteral("سارة المنصوري"));
    // The entries about her were found by her Arabic name and id.
    QVERIFY(
        document.value(QStringLiteral("security_log")).toObject().value(QStringLiteral("count")).toInt() >=
        2);

    const QString html = QString::fromUtf8(readAll(files->htmlPath));
    QVERIFY2(html.contains(QStringLiteral("<html lang=\"ar")), qPrintable(html.left(200)));
    QVERIFY(html.contains(QStringLiteral("dir=\"rtl\"")));
    QVERIFY(html.contains(QStringLiteral("<bdi>%1</bdi>").arg(name)));
    QVERIFY(html.contains(QStringLiteral("سارة المنصوري")));
}

void TestPersonalDataExporter::fileStem_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("stem");
    QTest::newRow("plain") << QStringLiteral("omar.k") << QStringLiteral("omar.k");
    QTest::newRow("markup") << QStringLiteral("<script>x") << QStringLiteral("_script_x");
    QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("_.._etc_passwd");
    QTest::newRow("dot-dot") << QStringLiteral("..") << QStringLiteral("user-7");
    QTest::newRow("hidden") << QStringLiteral(".profile") << QStringLiteral("profile");
    QTest::newRow("empty") << QString() << QStringLiteral("user-7");
    QTest::newRow("backslash and space") << QStringLiteral("a\\b c") << QStringLiteral("a_b_c");
    QTest::newRow("arabic") << QStringLiteral("سارة") << QStringLiteral("سارة");
    QTest::newRow("arabic with vowel marks") << QStringLiteral("مُحَمَّد") << QStringLiteral("مُحَمَّد");
    QTest::newRow("long") << QString(100, QLatin1Char('a')) << QString(64, QLatin1Char('a'));
}

void TestPersonalDataExporter::fileStem()
{
    QFETCH(QString, username);
    QFETCH(QString, stem);
    const QString made = PersonalDataExporter::fileStem(username, 7);
    QCOMPARE(made, stem);
    QVERIFY(!made.contains(QLatin1Char('/')));
    QVERIFY(!made.startsWith(QLatin1Char('.')));
}

void TestPersonalDataExporter::pagesThroughALargeLog()
{
    const User person = makeUser(QStringLiteral("layla"), QStringLiteral("broker"));
    const User other = makeUser(QStringLiteral("omar"), QStringLiteral("broker"));
    // Interleaved, so every batch holds both people's entries.
    QList<SecurityEvent> events;
    const int own = PersonalDataLogReader::kBatch * 2 + 250;
    for (int i = 0; i < own; ++i) {
        events.append(SecurityEvent::about(EventType::Login, i % 3 != 0, person.id, person.username,
                                           QStringLiteral("198.51.100.1"), QStringLiteral("test")));
        if (i % 4 == 0)
            events.append(SecurityEvent::about(EventType::Login, true, other.id, other.username,
                                               QStringLiteral("198.51.100.2"), QStringLiteral("test")));
    }
    QVERIFY(m_hub->securityLog().appendBatch(events).ok());

    QList<std::pair<qint64, qint64>> calls;
    PersonalDataExporter exporter = makeExporter();
    const auto document = exporter.collect(person.id, [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY2(document, qPrintable(document.errorMessage()));
    // create_user + the sign-ins.
    QCOMPARE(
        document->value(QStringLiteral("security_log")).toObject().value(QStringLiteral("count")).toInt(),
        own + 1);
    QVERIFY2(calls.size() >= 3, "read in batches");
    QCOMPARE(calls.constLast().first, calls.constLast().second);
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
}

void TestPersonalDataExporter::cancelLeavesNoFilesAndIsRecorded()
{
    const User person = makeUser(QStringLiteral("layla"), QStringLiteral("broker"));
    PersonalDataExporter exporter = makeExporter();
    const auto files = exporter.exportTo(person.id, m_out, m_adminActor, QLocale(QLocale::English), kEndpoint,
                                         [](qint64, qint64) { return false; });
    QVERIFY(!files);
    QCOMPARE(files.error().code, QStringLiteral("export.cancelled"));
    QVERIFY(!QFileInfo::exists(m_out) || QDir(m_out).isEmpty());
    QVERIFY(entriesOf(EventType::ExportData, true).isEmpty());
    const QList<SecurityLogEntry> refused = entriesOf(EventType::ExportData, false);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().event.metadata.value(QStringLiteral("refused")).toString(),
             QStringLiteral("export.cancelled"));
    QCOMPARE(refused.first().event.metadata.value(QStringLiteral("user_id")).toInteger(), person.id);
}

void TestPersonalDataExporter::unknownUserIsAnError()
{
    PersonalDataExporter exporter = makeExporter();
    const auto files = exporter.exportTo(987654, m_out, m_adminActor, QLocale(QLocale::English), kEndpoint);
    QVERIFY(!files);
    QCOMPARE(files.error().code, QStringLiteral("user.not_found"));
    QCOMPARE(entriesOf(EventType::ExportData, false).size(), 1);
}

void TestPersonalDataExporter::symbolicLinkIsNotFollowed()
{
    const User person = makeUser(QStringLiteral("layla"), QStringLiteral("broker"));
    QVERIFY(QDir().mkpath(m_out));
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere.json"));
    QFile bait(elsewhere);
    QVERIFY(bait.open(QIODevice::WriteOnly));
    bait.write("untouched");
    bait.close();
    QVERIFY(QFile::link(elsewhere, QDir(m_out).filePath(QStringLiteral("layla-personal-data.json"))));

    PersonalDataExporter exporter = makeExporter();
    const auto files =
        exporter.exportTo(person.id, m_out, m_adminActor, QLocale(QLocale::English), kEndpoint);
    QVERIFY(!files);
    QCOMPARE(files.error().code, QStringLiteral("export.write"));
    QCOMPARE(readAll(elsewhere), QByteArray("untouched"));
    QVERIFY(!QFileInfo::exists(QDir(m_out).filePath(QStringLiteral("layla-personal-data.html"))));
}

QTEST_GUILESS_MAIN(TestPersonalDataExporter)
#include "tst_personaldataexporter.moc"
