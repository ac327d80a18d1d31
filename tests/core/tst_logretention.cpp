#include "ManualClock.h"
#include "TestHub.h"
#include "rbac/AdminAudit.h"
#include "rbac/DefaultRoles.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"
#include "securitylog/LogArchiveFile.h"
#include "securitylog/LogRetention.h"
#include "securitylog/SecurityLog.h"
#include "users/UserService.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <zlib.h>

using namespace nova;
using nova::test::ManualClock;
using nova::test::TestDatabase;

namespace {
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
const QString kPassword = QStringLiteral("Quite-Long-Passphrase-2026");

QByteArray gunzip(const QString& path)
{
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    gzip.waitForFinished();
    return gzip.readAllStandardOutput();
}

bool writeGzip(const QString& path, const QByteArray& content)
{
    gzFile out = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!out)
        return false;
    const int written = gzwrite(out, content.constData(), static_cast<unsigned>(content.size()));
    return gzclose(out) == Z_OK && written == content.size();
}
} // namespace

// Retention: old entries move to a signed archive and the chain stays
// verifiable across the boundary, alone and together with the archives.
class TestLogRetention : public QObject, public nova::test::HubFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void policyDefaultsAndLimits();
    void nothingOldMeansNoArchive();
    void archiveMovesOldEntriesOnly();
    void chainVerifiesAcrossArchives();
    void archiveFileIsGzipJsonLinesForOwnerOnly();
    void tamperedArchiveIsRefused_data();
    void tamperedArchiveIsRefused();
    void movedBoundaryIsCaught();
    void brokenChainIsNotArchived();
    void erasureAcrossTheBoundaryVerifies();

private:
    void appendAt(qint64 atMs, int count, const QString& who = QStringLiteral("omar"));
    QString archiveOnce();

    std::unique_ptr<LogRetention> m_retention;
    ManualClock m_clock{1'760'000'000'000};
    Actor m_root = Actor::localOperator(QStringLiteral("root"));
    QString m_folder;
};

void TestLogRetention::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString failed = openHub(backend, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_retention = std::make_unique<LogRetention>(m_hub->database(), m_hub->securityLog(), m_hub->audit(),
                                                 m_hub->keyRing(), m_clock);
    m_folder = m_dir->filePath(QStringLiteral("archive"));
    RetentionPolicy policy;
    policy.archiveFolder = m_folder;
    QVERIFY(m_retention->setPolicy(policy, m_root).ok());
}

void TestLogRetention::cleanup()
{
    m_retention.reset();
    closeHub();
}

void TestLogRetention::appendAt(qint64 atMs, int count, const QString& who)
{
    const qint64 now = m_clock.nowMSecs();
    m_clock.setMSecs(atMs);
    for (int i = 0; i < count; ++i) {
        (void)m_hub->securityLog().append(SecurityEvent::about(EventType::Login, i % 2 == 0, std::nullopt,
                                                               who, QStringLiteral("203.0.113.%1").arg(i + 1),
                                                               QStringLiteral("curl")));
    }
    m_clock.setMSecs(now);
}

QString TestLogRetention::archiveOnce()
{
    auto run = m_retention->archive(m_root);
    if (!run)
        qWarning("archive: %s", qPrintable(run.errorMessage()));
    if (!run || !*run)
        return {};
    return (*run)->file;
}

void TestLogRetention::policyDefaultsAndLimits()
{
    auto policy = m_retention->policy();
    QVERIFY(policy.ok());
    QCOMPARE(policy->days, RetentionPolicy::kDefaultDays);
    QCOMPARE(m_retention->archiveFolder(*policy), m_folder);
    policy->days = RetentionPolicy::kMinDays - 1;
    QVERIFY(!m_retention->setPolicy(*policy, m_root).ok());
    policy->days = 30;
    policy->archiveFolder = QStringLiteral("relative/folder");
    QVERIFY(!m_retention->setPolicy(*policy, m_root).ok());
    policy->archiveFolder = m_folder;
    QVERIFY(m_retention->setPolicy(*policy, m_root).ok());
    QCOMPARE(m_retention->policy()->days, 30);
    auto changes = m_db->db().exec(QStringLiteral("SELECT COUNT(*) FROM security_log WHERE event = "
                                                  "'settings_changed' AND metadata LIKE '%retention_days%'"));
    QVERIFY(changes.ok() && changes->next());
    QCOMPARE(changes->value(0).toInt(), 1);
}

void TestLogRetention::nothingOldMeansNoArchive()
{
    appendAt(m_clock.nowMSecs() - 10 * kDay, 3);
    auto run = m_retention->archive(m_root);
    QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
    QVERIFY(!run->has_value());
    QVERIFY(LogRetention::archiveFiles(m_folder).isEmpty());
    QVERIFY(!m_retention->lastRunMs()->has_value());
}

void TestLogRetention::archiveMovesOldEntriesOnly()
{
    const qint64 now = m_clock.nowMSecs();
    appendAt(now - 120 * kDay, 10);
    appendAt(now - 91 * kDay, 2);
    appendAt(now - 89 * kDay, 4);
    // Archiving goes by id up to the newest old entry: the settings entry
    // init() wrote before the back-dated ones goes too.
    auto before =
        m_db->db().exec(QStringLiteral("SELECT COUNT(*), MAX(id) FROM security_log WHERE id <= (SELECT "
                                       "MAX(id) FROM security_log WHERE created_at < ?)"),
                        {now - 90 * kDay});
    QVERIFY(before.ok() && before->next());
    const qint64 oldCount = before->value(0).toLongLong();
    const qint64 lastOldId = before->value(1).toLongLong();
    QCOMPARE(oldCount, 13);
    // An open result would pin this connection's snapshot of the table.
    before->finish();

    auto run = m_retention->archive(m_root);
    QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
    QVERIFY(run->has_value());
    QCOMPARE((*run)->count, oldCount);
    QCOMPARE((*run)->lastId, lastOldId);
    auto left = m_db->db().exec(
        QStringLiteral("SELECT COUNT(*), MIN(created_at) FROM security_log WHERE event = 'login'"));
    QVERIFY(left.ok() && left->next());
    QCOMPARE(left->value(0).toInt(), 4);
    QVERIFY(left->value(1).toLongLong() >= now - 90 * kDay);
    QCOMPARE(m_retention->lastRunMs()->value_or(0), now);
    auto anchor = m_hub->securityLog().anchor();
    QVERIFY(anchor.ok() && anchor->has_value());
    QCOMPARE((*anchor)->archivedThroughId, lastOldId);

    const auto live = m_hub->securityLog().verify();
    QVERIFY(live.ok());
    QVERIFY2(!live->firstBrokenId, qPrintable(live->reason));
}

void TestLogRetention::chainVerifiesAcrossArchives()
{
    const qint64 now = m_clock.nowMSecs();
    appendAt(now - 200 * kDay, 6);
    QVERIFY(!archiveOnce().isEmpty());
    appendAt(now - 150 * kDay, 5); // older than the policy again at once
    QVERIFY(!archiveOnce().isEmpty());
    appendAt(now, 3);
    QCOMPARE(LogRetention::archiveFiles(m_folder).size(), 2);

    auto total = m_db->db().exec(QStringLiteral("SELECT COUNT(*) FROM security_log"));
    QVERIFY(total.ok() && total->next());
    const auto all = m_retention->verifyWithArchives(m_folder);
    QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
    QVERIFY2(!all->firstBrokenId, qPrintable(all->reason));
    QVERIFY(all->entriesChecked >= 11 + total->value(0).toLongLong());
    // The archives start at the very first entry.
    QVERIFY(LogRetention::archiveFiles(m_folder).constFirst().contains(QStringLiteral("security-log-1-")));
}

void TestLogRetention::archiveFileIsGzipJsonLinesForOwnerOnly()
{
    appendAt(m_clock.nowMSecs() - 100 * kDay, 3);
    const QString file = archiveOnce();
    QVERIFY(!file.isEmpty());
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QList<QByteArray> lines = gunzip(file).split('\n');
    // Header, the entries, the closing line and the empty rest after the last newline.
    QVERIFY(lines.size() >= 3 + 3);
    QVERIFY(lines.constFirst().contains("\"format\":\"nova-security-log-archive\""));
    QVERIFY(lines.at(lines.size() - 2).contains("\"signature\""));
    QVERIFY(lines.at(1).contains("\"hash\""));
}

void TestLogRetention::tamperedArchiveIsRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("entry edited") << QStringLiteral("edit");
    QTest::newRow("entry removed") << QStringLiteral("drop");
    QTest::newRow("cut short") << QStringLiteral("truncate");
    QTest::newRow("not gzip") << QStringLiteral("garbage");
    QTest::newRow("another key") << QStringLiteral("key");
}

void TestLogRetention::tamperedArchiveIsRefused()
{
    QFETCH(QString, how);
    appendAt(m_clock.nowMSecs() - 100 * kDay, 6);
    const QString file = archiveOnce();
    QVERIFY(!file.isEmpty());
    QByteArray content = gunzip(file);
    QList<QByteArray> lines = content.split('\n');
    QFile raw(file);
    if (how == QLatin1String("edit")) {
        lines[2].replace("203.0.113.", "198.51.100.");
        QVERIFY(writeGzip(file, lines.join('\n')));
    } else if (how == QLatin1String("drop")) {
        lines.removeAt(3);
        QVERIFY(writeGzip(file, lines.join('\n')));
    } else if (how == QLatin1String("truncate")) {
        QVERIFY(raw.open(QIODevice::ReadWrite));
        QVERIFY(raw.resize(raw.size() / 2));
        raw.close();
    } else if (how == QLatin1String("garbage")) {
        QVERIFY(raw.open(QIODevice::WriteOnly | QIODevice::Truncate));
        raw.write("{\"format\":\"nova-security-log-archive\"}\n");
        raw.close();
    } else {
        QVERIFY(m_hub->secrets().write(QStringLiteral("hmac-key-log-archive"), QByteArray(32, 'k')).ok());
        // A fresh KeyRing: the hub's caches the key it already read.
        KeyRing fresh(m_hub->secrets());
        LogRetention other(m_hub->database(), m_hub->securityLog(), m_hub->audit(), fresh, m_clock);
        const auto verified = other.verifyWithArchives(m_folder);
        QVERIFY(!verified.ok());
        QVERIFY(verified.errorMessage().contains(file));
        return;
    }
    const auto verified = m_retention->verifyWithArchives(m_folder);
    QVERIFY(!verified.ok());
    QVERIFY2(verified.errorMessage().contains(file), qPrintable(verified.errorMessage()));
}

void TestLogRetention::movedBoundaryIsCaught()
{
    const qint64 now = m_clock.nowMSecs();
    appendAt(now - 100 * kDay, 4);
    QVERIFY(!archiveOnce().isEmpty());
    appendAt(now, 4);
    // Someone removes the oldest live entries and moves the anchor past them.
    auto rows = m_db->db().exec(QStringLiteral("SELECT id, hash FROM security_log ORDER BY id LIMIT 2"));
    QVERIFY(rows.ok() && rows->next() && rows->next());
    const qint64 secondId = rows->value(0).toLongLong();
    const QString secondHash = rows->value(1).toString();
    rows->finish();
    QVERIFY(m_db->db().exec(QStringLiteral("DELETE FROM security_log WHERE id <= ?"), {secondId}).ok());
    QVERIFY(m_db->db()
                .exec(QStringLiteral("UPDATE log_anchor SET archived_through_id = ?, last_hash = ?"),
                      {secondId, secondHash})
                .ok());
    const auto live = m_hub->securityLog().verify();
    QVERIFY(live.ok());
    QVERIFY(live->firstBrokenId.has_value());
    const auto all = m_retention->verifyWithArchives(m_folder);
    QVERIFY(all.ok());
    QVERIFY(all->firstBrokenId.has_value());
}

void TestLogRetention::brokenChainIsNotArchived()
{
    appendAt(m_clock.nowMSecs() - 100 * kDay, 4);
    QVERIFY(m_db->db()
                .exec(QStringLiteral("UPDATE security_log SET ip = '192.0.2.99' WHERE event = 'login'"))
                .ok());
    auto run = m_retention->archive(m_root);
    QVERIFY(!run.ok());
    QCOMPARE(run.error().code, QStringLiteral("retention.chain_broken"));
    QVERIFY(LogRetention::archiveFiles(m_folder).isEmpty());
    QVERIFY(!m_hub->securityLog().anchor()->has_value());
}

void TestLogRetention::erasureAcrossTheBoundaryVerifies()
{
    const qint64 now = m_clock.nowMSecs();
    m_clock.setMSecs(now - 120 * kDay);
    auto person = m_hub->users().create(NewUser{QStringLiteral("nadia.k"),
                                                kPassword,
                                                QStringLiteral("nadia@nova.example"),
                                                {},
                                                {},
                                                DefaultRoles::kBroker},
                                        m_root);
    QVERIFY2(person.ok(), qPrintable(person.errorMessage()));
    m_clock.setMSecs(now);
    appendAt(now - 100 * kDay, 3, QStringLiteral("nadia.k"));
    appendAt(now - 10 * kDay, 3, QStringLiteral("nadia.k"));
    auto erased = m_hub->users().erase(person->id, m_root);
    QVERIFY2(erased.ok(), qPrintable(erased.errorMessage()));
    QCOMPARE(erased->logEntries, 7);
    QVERIFY(!archiveOnce().isEmpty());

    // Alone, the live table cannot recompute what the erasure covered in the
    // archive: it says so rather than failing.
    const auto live = m_hub->securityLog().verify();
    QVERIFY(live.ok());
    QVERIFY2(!live->firstBrokenId, qPrintable(live->reason));
    QCOMPARE(live->erasuresNotChecked, 1);
    const auto all = m_retention->verifyWithArchives(m_folder);
    QVERIFY(all.ok());
    QVERIFY2(!all->firstBrokenId, qPrintable(all->reason));
    QCOMPARE(all->erasuresNotChecked, 0);
}

QTEST_GUILESS_MAIN(TestLogRetention)
#include "tst_logretention.moc"
