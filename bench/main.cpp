// nova-bench: throughput of the security log and the intrusion detector, and
// query latency on a large log. Prints figures; asserts nothing.

#include "Clock.h"
#include "alerts/AlertBus.h"
#include "blocklist/IpBlockList.h"
#include "ids/IntrusionDetector.h"
#include "rbac/AdminAudit.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogQuery.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <random>
#include <utility>

using namespace nova;

namespace {

constexpr int kBatch = 1000;
constexpr int kQueryRuns = 7;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString& what)
{
    QTextStream(stderr) << "nova-bench: " << what << Qt::endl;
    std::exit(1);
}

SecurityEvent syntheticEvent(std::mt19937& random)
{
    static const QStringList events{EventType::Login,           EventType::Login,
                                    EventType::Login,           EventType::Logout,
                                    EventType::TwoFactorVerify, EventType::UnauthorizedAccess,
                                    EventType::UpdateUser,      EventType::ExportData};
    static const QStringList agents{QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0"),
                                    QStringLiteral("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile Safari"),
                                    QStringLiteral("curl/8.4.0"), QStringLiteral("nova-ctl/0.1")};
    SecurityEvent e;
    e.event = events.at(int(random() % events.size()));
    e.success = random() % 4 != 0;
    e.severity = e.success ? Severity::Info : Severity::Low;
    const quint32 user = random() % 5000;
    e.userId = qint64(user);
    e.username = user % 200 == 0 ? QStringLiteral("sara.%1").arg(user) : QStringLiteral("user%1").arg(user);
    e.ip = QStringLiteral("10.%1.%2.%3").arg(random() % 20).arg(random() % 50).arg(random() % 250);
    e.userAgent = agents.at(int(random() % agents.size()));
    if (!e.success)
        e.metadata = {{QStringLiteral("reason"), QStringLiteral("wrong_password")}};
    return e;
}

double perSecond(qint64 count, qint64 nanoseconds)
{
    return nanoseconds > 0 ? double(count) * 1e9 / double(nanoseconds) : 0.0;
}

// The same rows into a plain table of a separate SQLite file with the same
// pragmas: what an unchained, unhashed log would cost.
struct BareSqlite {
    QTemporaryDir dir;
    QSqlDatabase db;

    BareSqlite()
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(dir.filePath(QStringLiteral("bare.db")));
        if (!db.open())
            fail(db.lastError().text());
        QSqlQuery q(db);
        for (const char* sql :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
              "CREATE TABLE log (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at BIGINT, event TEXT,"
              " severity TEXT, success INTEGER, user_id BIGINT, username TEXT, ip TEXT,"
              " user_agent TEXT, metadata TEXT, prev_hash TEXT, hash TEXT)"}) {
            if (!q.exec(QString::fromLatin1(sql)))
                fail(q.lastError().text());
        }
    }

    void insert(const QList<SecurityEvent>& events, bool oneTransaction)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO log (created_at, event, severity, success, user_id, username, ip,"
            " user_agent, metadata, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')"));
        if (oneTransaction)
            db.transaction();
        for (const SecurityEvent& e : events) {
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            q.addBindValue(e.event);
            q.addBindValue(severityName(e.severity));
            q.addBindValue(e.success ? 1 : 0);
            q.addBindValue(e.userId ? QVariant(*e.userId) : QVariant());
            q.addBindValue(e.username);
            q.addBindValue(e.ip);
            q.addBindValue(e.userAgent);
            q.addBindValue(QString());
            if (!q.exec())
                fail(q.lastError().text());
        }
        if (oneTransaction)
            db.commit();
    }
};

void benchAppend(Database& db, std::mt19937& random)
{
    SecurityLog log(db, SystemClock::instance());
    BareSqlite bare;

    const int single = 2000;
    QList<SecurityEvent> events;
    for (int i = 0; i < single; ++i)
        events.append(syntheticEvent(random));

    QElapsedTimer timer;
    timer.start();
    for (const SecurityEvent& e : std::as_const(events)) {
        if (auto r = log.append(e); !r)
            fail(r.errorMessage());
    }
    const double novaSingle = perSecond(single, timer.nsecsElapsed());
    timer.restart();
    for (const SecurityEvent& e : std::as_const(events))
        bare.insert({e}, false);
    const double bareSingle = perSecond(single, timer.nsecsElapsed());

    const int batches = 20;
    timer.restart();
    for (int b = 0; b < batches; ++b) {
        if (auto r = log.appendBatch(events.mid(0, kBatch)); !r)
            fail(r.errorMessage());
    }
    const double novaBatch = perSecond(qint64(batches) * kBatch, timer.nsecsElapsed());
    timer.restart();
    for (int b = 0; b < batches; ++b)
        bare.insert(events.mid(0, kBatch), true);
    const double bareBatch = perSecond(qint64(batches) * kBatch, timer.nsecsElapsed());

    out() << "Security log append (" << db.url().displayString() << ")\n";
    out() << QStringLiteral("  one per transaction : %1 events/s   bare SQLite %2 events/s   ratio %3\n")
                 .arg(novaSingle, 0, 'f', 0)
                 .arg(bareSingle, 0, 'f', 0)
                 .arg(novaSingle / bareSingle, 0, 'f', 2);
    out() << QStringLiteral("  batched (%1)       : %2 events/s   bare SQLite %3 events/s   ratio %4\n")
                 .arg(kBatch)
                 .arg(novaBatch, 0, 'f', 0)
                 .arg(bareBatch, 0, 'f', 0)
                 .arg(novaBatch / bareBatch, 0, 'f', 2);
    out().flush();
}

// Bulk rows with a synthetic chain: the benchmark measures reading, so the
// hashes only need the right shape.
void fillTo(Database& db, qint64 rows, std::mt19937& random)
{
    auto existing = db.exec(QStringLiteral("SELECT COUNT(*) FROM security_log"));
    qint64 have = existing && existing->next() ? existing->value(0).toLongLong() : 0;
    if (have >= rows)
        return;
    QElapsedTimer timer;
    timer.start();
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - rows * 100;
    const Status status = db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        if (!q.prepare(
                QStringLiteral("INSERT INTO security_log (created_at, event, severity, success, user_id,"
                               " username, ip, user_agent, metadata, prev_hash, hash)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return Database::sqlError(q.lastError());
        QByteArray hash(32, '\0');
        for (qint64 i = have; i < rows; ++i) {
            const SecurityEvent e = syntheticEvent(random);
            const QByteArray prev = hash.toHex();
            hash = QCryptographicHash::hash(QByteArray(prev + QByteArray::number(i)),
                                            QCryptographicHash::Sha256);
            const QVariantList values{startMs + i * 100,
                                      e.event,
                                      severityName(e.severity),
                                      e.success ? 1 : 0,
                                      QVariant(*e.userId),
                                      e.username,
                                      e.ip,
                                      e.userAgent,
                                      e.metadata.isEmpty()
                                          ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(QStringLiteral("{\"reason\":\"wrong_password\"}")),
                                      QString::fromLatin1(prev),
                                      QString::fromLatin1(hash.toHex())};
            for (int c = 0; c < values.size(); ++c)
                q.bindValue(c, values.at(c));
            if (!q.exec())
                return Database::sqlError(q.lastError());
        }
        return {};
    });
    if (!status)
        fail(status.errorMessage());
    if (auto analysed =
            db.exec(db.isPostgres() ? QStringLiteral("ANALYZE security_log") : QStringLiteral("ANALYZE"));
        !analysed)
        fail(analysed.errorMessage());
    out() << QStringLiteral("Bulk fill to %1 rows: %2 s\n")
                 .arg(rows)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    out().flush();
}

void benchQueries(Database& db)
{
    const SecurityLogQuery query(db);
    struct Case {
        const char* name;
        SecurityLogFilter filter;
    };
    QList<Case> cases;
    // An address that occurs in the log, taken from its middle.
    auto middle = db.exec(
        QStringLiteral("SELECT ip FROM security_log WHERE id >= (SELECT MAX(id) / 2 FROM security_log)"
                       " ORDER BY id LIMIT 1"));
    if (!middle || !middle->next())
        fail(QStringLiteral("the log is empty"));
    SecurityLogFilter byIp;
    byIp.ip = middle->value(0).toString();
    cases.append({"by IP", byIp});
    SecurityLogFilter failedLogins;
    failedLogins.events = {EventType::Login};
    failedLogins.success = false;
    cases.append({"event=login, failed", failedLogins});
    SecurityLogFilter text;
    text.text = QStringLiteral("SARA.");
    cases.append({"free text \"SARA.\"", text});

    out() << "Query latency, first page of 100, median of " << kQueryRuns << " runs\n";
    for (const Case& c : std::as_const(cases)) {
        QList<double> ms;
        qsizetype found = 0;
        for (int run = 0; run <= kQueryRuns; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto page = query.page(c.filter, std::nullopt, 100);
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            if (!page)
                fail(page.errorMessage());
            found = page->entries.size();
            if (run > 0) // the first run warms the cache
                ms.append(elapsed);
        }
        std::sort(ms.begin(), ms.end());
        out() << QStringLiteral("  %1 : %2 ms (%3 rows)\n")
                     .arg(QString::fromLatin1(c.name), -24)
                     .arg(ms.at(ms.size() / 2), 0, 'f', 2)
                     .arg(found);
        out().flush();
    }
}

// What the desktop's log view costs while scrolling: it reads pages of 200
// by key (id < last seen) as the view asks, and counts the matching entries
// once per filter. The walk starts in the middle of the log, where an OFFSET
// query would already have to skip half a million rows.
void benchScrolling(Database& db)
{
    const SecurityLogQuery query(db);
    const auto last = query.lastId();
    if (!last)
        fail(last.errorMessage());
    constexpr int kPage = 200;
    constexpr int kPages = 50;
    std::optional<qint64> before = *last / 2;
    QList<double> ms;
    for (int page = 0; page < kPages && before; ++page) {
        QElapsedTimer timer;
        timer.start();
        const auto result = query.page({}, before, kPage);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        if (!result)
            fail(result.errorMessage());
        before = result->nextBeforeId;
    }
    std::sort(ms.begin(), ms.end());
    out() << QStringLiteral("Log view scrolling, pages of %1 from the middle of the log (%2 pages)\n")
                 .arg(kPage)
                 .arg(ms.size());
    out() << QStringLiteral("  page fetch          : median %1 ms, worst %2 ms\n")
                 .arg(ms.at(ms.size() / 2), 0, 'f', 2)
                 .arg(ms.constLast(), 0, 'f', 2);

    SecurityLogFilter failed;
    failed.success = false;
    for (const auto& [name, filter] : {std::pair<const char*, SecurityLogFilter>{"all entries", {}},
                                       std::pair<const char*, SecurityLogFilter>{"failures", failed}}) {
        QElapsedTimer timer;
        timer.start();
        const auto counted = query.count(filter);
        if (!counted)
            fail(counted.errorMessage());
        out() << QStringLiteral("  count, %1 : %2 ms (%3 rows)\n")
                     .arg(QString::fromLatin1(name), -12)
                     .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                     .arg(*counted);
    }
    out().flush();
}

void benchDetector(Database& db, std::mt19937& random)
{
    SecurityLog log(db, SystemClock::instance());
    AlertBus alerts(db, SystemClock::instance());
    AdminAudit audit(log, alerts);
    IpBlockList blocklist(db, SystemClock::instance(), log, audit, alerts);
    IntrusionDetector detector(blocklist, log, alerts, SystemClock::instance());

    const int logins = 200000;
    QStringList ips;
    for (int i = 0; i < 50000; ++i)
        ips.append(QStringLiteral("172.%1.%2.%3").arg(16 + i / 60000).arg((i / 250) % 250).arg(i % 250));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < logins; ++i)
        detector.onLoginAttempt(ips.at(int(random() % ips.size())), QStringLiteral("user"),
                                random() % 3 != 0);
    const double loginRate = perSecond(logins, timer.nsecsElapsed());

    const QStringList inputs{
        QStringLiteral("Called Mr. O'Brien; he will drop by the office on Tuesday."),
        QStringLiteral("اختر خطة الدفع المناسبة: دفعة أولى 20% والباقي على خمس سنوات."),
        QStringLiteral("Budget: SAR 1,250,000 - 1,400,000; flexible for the right unit."),
        QStringLiteral("See https://nova-crm.example/properties/4471?ref=email&utm=x")};
    const int inspections = 50000;
    const qint64 before = detector.decisions();
    timer.restart();
    for (int i = 0; i < inspections; ++i)
        (void)detector.inspectInput(inputs.at(i % inputs.size()), QStringLiteral("192.0.2.1"), std::nullopt,
                                    QStringLiteral("note"));
    const double inspectRate = perSecond(detector.decisions() - before, timer.nsecsElapsed());

    out() << "Intrusion detector\n";
    out() << QStringLiteral("  login decisions     : %1 /s (%2 attempts over %3 addresses, %4 blocks)\n")
                 .arg(loginRate, 0, 'f', 0)
                 .arg(logins)
                 .arg(ips.size())
                 .arg(blocklist.list().value().size());
    out() << QStringLiteral("  input inspections   : %1 /s (benign CRM notes)\n").arg(inspectRate, 0, 'f', 0);
    out().flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nova-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Nova Admin benchmarks: security log and intrusion detector."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows in the log for query timing."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Database URL (default: a temporary SQLite file). "
                       "Use a throw-away database: rows are added to it."),
        QStringLiteral("URL"));
    parser.addOptions({rowsOption, databaseOption});
    parser.process(app);

    bool ok = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&ok);
    if (!ok || rows < 1000)
        fail(QStringLiteral("--rows must be a number of at least 1000"));
    QTemporaryDir dir;
    const QString urlText = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                         : dir.filePath(QStringLiteral("bench.db"));
    const auto url = DatabaseUrl::parse(urlText);
    if (!url)
        fail(url.errorMessage());
    auto db = Database::open(*url);
    if (!db)
        fail(db.errorMessage());

    std::mt19937 random(20240601);
    benchAppend(**db, random);
    fillTo(**db, rows, random);
    benchQueries(**db);
    benchScrolling(**db);
    benchDetector(**db, random);
    return 0;
}
