// nova-bench-dashboard: the security dashboard's aggregate queries on a
// large log. Seeds a security log spread over the last 30 days (and users
// and alerts), then prints each query's latency for every range. Prints figures;
// asserts nothing.

#include "Clock.h"
#include "dashboard/DashboardQuery.h"
#include "securitylog/SecurityEvent.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <random>

using namespace nova;

namespace {

constexpr int kRuns = 7;
constexpr qint64 kThirtyDaysMs = 30LL * 24 * 3600 * 1000;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString& what)
{
    QTextStream(stderr) << "nova-bench-dashboard: " << what << Qt::endl;
    std::exit(1);
}

// Roughly the mix the demo seeds: mostly sign-ins, a quarter of them failed,
// a few attacks and blocks; attacks come from a small set of addresses.
struct Row {
    QString event;
    bool success;
    QString username;
    QString ip;
};

Row syntheticRow(std::mt19937& random)
{
    static const QStringList offences{EventType::SqlInjectionAttempt, EventType::XssAttempt,
                                      EventType::BlockedIpRequest, EventType::SuspiciousActivity};
    const quint32 roll = random() % 1000;
    const bool attacker = roll >= 700;
    const QString ip =
        attacker ? QStringLiteral("203.0.113.%1").arg(random() % 200)
                 : QStringLiteral("10.%1.%2.%3").arg(random() % 20).arg(random() % 50).arg(random() % 250);
    const QString username = QStringLiteral("user%1").arg(random() % 5000);
    if (roll < 550)
        return {EventType::Login, true, username, ip};
    if (roll < 650)
        return {EventType::TwoFactorVerify, true, username, ip};
    if (roll < 700)
        return {EventType::Logout, true, username, ip};
    if (roll < 940)
        return {EventType::Login, false, username, ip};
    if (roll < 995)
        return {offences.at(int(random() % offences.size())), false, QString(), ip};
    return {EventType::IpBlocked, true, QStringLiteral("detector"), ip};
}

void seedLog(const Database& db, qint64 rows, qint64 nowMs, std::mt19937& random)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 startMs = nowMs - kThirtyDaysMs;
    const Status status = db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        if (!q.prepare(QStringLiteral(
                "INSERT INTO security_log (created_at, event, severity, success, username, ip,"
                " user_agent, prev_hash, hash) VALUES (?, ?, 'info', ?, ?, ?, 'bench', '', '')")))
            return Database::sqlError(q.lastError());
        for (qint64 i = 0; i < rows; ++i) {
            const Row row = syntheticRow(random);
            // Evenly over 30 days, in order (the log is appended in time order).
            q.bindValue(0, startMs + i * kThirtyDaysMs / rows);
            q.bindValue(1, row.event);
            q.bindValue(2, row.success ? 1 : 0);
            q.bindValue(3, row.username);
            q.bindValue(4, row.ip);
            if (!q.exec())
                return Database::sqlError(q.lastError());
        }
        return {};
    });
    if (!status)
        fail(status.errorMessage());
    out() << QStringLiteral("Seeded %L1 log rows in %2 s\n")
                 .arg(rows)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
}

void seedUsers(const Database& db, int users, qint64 nowMs, std::mt19937& random)
{
    static const QStringList roles{QStringLiteral("admin"), QStringLiteral("broker"),
                                   QStringLiteral("manager"), QStringLiteral("security")};
    const Status status = db.transaction([&]() -> Status {
        QSqlQuery user(db.connection());
        QSqlQuery totp(db.connection());
        if (!user.prepare(
                QStringLiteral("INSERT INTO users (username, display_name, role, status, password_hash,"
                               " created_at, updated_at) VALUES (?, ?, ?, ?, 'x', ?, ?)")) ||
            !totp.prepare(QStringLiteral("INSERT INTO totp_secrets (user_id, sealed_secret, key_id, enabled,"
                                         " created_at) VALUES (?, ?, 'k', ?, ?)")))
            return Database::sqlError(user.lastError());
        for (int i = 0; i < users; ++i) {
            const QVariantList values{QStringLiteral("bench.user%1").arg(i),
                                      QStringLiteral("Bench User %1").arg(i),
                                      roles.at(int(random() % roles.size())),
                                      random() % 20 == 0 ? QStringLiteral("disabled")
                                                         : QStringLiteral("active"),
                                      nowMs,
                                      nowMs};
            for (int c = 0; c < values.size(); ++c)
                user.bindValue(c, values.at(c));
            if (!user.exec())
                return Database::sqlError(user.lastError());
            if (random() % 10 < 4)
                continue;
            totp.bindValue(0, user.lastInsertId());
            totp.bindValue(1, QByteArray(44, 's'));
            totp.bindValue(2, random() % 10 == 0 ? 0 : 1);
            totp.bindValue(3, nowMs);
            if (!totp.exec())
                return Database::sqlError(totp.lastError());
        }
        return {};
    });
    if (!status)
        fail(status.errorMessage());
}

void seedAlerts(const Database& db, qint64 alerts, qint64 nowMs, std::mt19937& random)
{
    static const QStringList severities{QStringLiteral("info"), QStringLiteral("low"),
                                        QStringLiteral("medium"), QStringLiteral("high"),
                                        QStringLiteral("critical")};
    const Status status = db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        if (!q.prepare(
                QStringLiteral("INSERT INTO alerts (created_at, severity, type, channel, message_en,"
                               " message_ar) VALUES (?, ?, 'brute_force', 'security', 'bench', 'bench')")))
            return Database::sqlError(q.lastError());
        for (qint64 i = 0; i < alerts; ++i) {
            q.bindValue(0, nowMs - kThirtyDaysMs + i * kThirtyDaysMs / alerts);
            q.bindValue(1, severities.at(int(random() % severities.size())));
            if (!q.exec())
                return Database::sqlError(q.lastError());
        }
        return {};
    });
    if (!status)
        fail(status.errorMessage());
}

// Median of kRuns after one warm-up run.
template <typename Fn>
void time(const QString& name, Fn&& query)
{
    QList<double> ms;
    for (int run = 0; run <= kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto result = query();
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!result)
            fail(result.errorMessage());
        if (run > 0)
            ms.append(elapsed);
    }
    std::sort(ms.begin(), ms.end());
    out() << QStringLiteral("  %1 : median %2 ms, worst %3 ms\n")
                 .arg(name, -28)
                 .arg(ms.at(ms.size() / 2), 7, 'f', 1)
                 .arg(ms.constLast(), 7, 'f', 1);
    out().flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nova-bench-dashboard"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Nova Admin benchmark: the security dashboard's queries."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the security log."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Rows in the user table."),
                                         QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Database URL (default: a temporary SQLite file). Use an empty, throw-away database."),
        QStringLiteral("URL"));
    parser.addOptions({rowsOption, usersOption, databaseOption});
    parser.process(app);

    bool rowsOk = false;
    bool usersOk = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&rowsOk);
    const int users = parser.value(usersOption).toInt(&usersOk);
    if (!rowsOk || rows < 1000 || !usersOk || users < 1)
        fail(QStringLiteral("--rows must be at least 1000 and --users at least 1"));
    QTemporaryDir dir;
    const QString urlText = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                         : dir.filePath(QStringLiteral("dashboard.db"));
    const auto url = DatabaseUrl::parse(urlText);
    if (!url)
        fail(url.errorMessage());
    auto db = Database::open(*url);
    if (!db)
        fail(db.errorMessage());
    Database& database = **db;

    std::mt19937 random(20261123);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    seedLog(database, rows, nowMs, random);
    seedUsers(database, users, nowMs, random);
    seedAlerts(database, rows / 50, nowMs, random);
    // What autovacuum would have done to a table of this age: statistics, and on
    // PostgreSQL the visibility map that index-only scans need.
    if (auto analysed = database.exec(database.isPostgres() ? QStringLiteral("VACUUM ANALYZE")
                                                            : QStringLiteral("ANALYZE"));
        !analysed)
        fail(analysed.errorMessage());

    const DashboardQuery query(database, SystemClock::instance());
    const qint64 offsetMs = qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000;
    const std::pair<DashboardRange, const char*> ranges[] = {{DashboardRange::Last24Hours, "last 24 hours"},
                                                             {DashboardRange::Last7Days, "last 7 days"},
                                                             {DashboardRange::Last30Days, "last 30 days"}};
    out() << "Dashboard queries on " << database.url().displayString() << ", median of " << kRuns
          << " runs\n";
    for (const auto& [range, name] : ranges) {
        const TimeBuckets buckets = query.buckets(range, offsetMs);
        out() << QString::fromLatin1(name) << " (" << buckets.count << " buckets)\n";
        time(QStringLiteral("sign-ins per bucket"), [&] { return query.signIns(buckets); });
        time(QStringLiteral("blocked IPs per bucket"), [&] { return query.blockedIps(buckets); });
        time(QStringLiteral("alerts by severity"),
             [&] { return query.alertsBySeverity(buckets.startMs, buckets.endMs()); });
        time(QStringLiteral("top offending IPs"),
             [&] { return query.topOffendingIps(buckets.startMs, buckets.endMs()); });
        time(QStringLiteral("most-targeted accounts"),
             [&] { return query.mostTargetedAccounts(buckets.startMs, buckets.endMs()); });
    }
    out() << QStringLiteral("Two-factor adoption (%L1 users)\n").arg(users);
    time(QStringLiteral("adoption per role"), [&] { return query.twoFactorAdoption(); });
    time(QStringLiteral("users without 2FA (1,000)"), [&] { return query.usersWithoutTwoFactor(1000); });
    return 0;
}
