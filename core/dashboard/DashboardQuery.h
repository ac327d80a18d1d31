#pragma once

#include "Result.h"
#include "dashboard/DashboardFigures.h"
#include "dashboard/DashboardRange.h"
#include "dashboard/TimeBuckets.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace nova {

class Clock;
class Database;

// The security dashboard's figures, each one aggregate statement that runs
// unchanged on SQLite and PostgreSQL: times are BIGINT milliseconds, bucket
// bounds are integer arithmetic (start + i * width), and rankings break ties
// by the most recent entry rather than by text, whose order depends on the
// engine's collation. Every count reads only the security_log_dashboard
// index (event, created_at, success, ip, username), never the table.
//
// Stateless apart from its references; callable from any thread (the
// Database gives each thread its own connection).
class DashboardQuery {
public:
    static constexpr int kTopLimit = 10;
    static constexpr int kMaxLimit = 10000;
    static constexpr int kMaxBuckets = 1000;

    DashboardQuery(const Database& db, const Clock& clock);

    // The buckets of `range` up to now, aligned to local hours or days.
    TimeBuckets buckets(DashboardRange range, qint64 utcOffsetMs) const;

    // Successful and failed 'login' entries per bucket.
    Result<SignInCounts> signIns(const TimeBuckets& buckets) const;
    // 'ip_blocked' entries per bucket.
    Result<QList<qint64>> blockedIps(const TimeBuckets& buckets) const;
    // Alerts raised in [fromMs, toMs) by severity.
    Result<SeverityCounts> alertsBySeverity(qint64 fromMs, qint64 toMs) const;
    // Addresses with the most offences in [fromMs, toMs): failed sign-ins,
    // requests from blocked addresses, injection and XSS attempts and
    // suspicious activity. Most first; equal counts most recent first.
    Result<QList<RankedCount>> topOffendingIps(qint64 fromMs, qint64 toMs, int limit = kTopLimit) const;
    // User names with the most failed sign-ins in [fromMs, toMs), names that
    // match no account included (that is what credential stuffing tries).
    Result<QList<RankedCount>> mostTargetedAccounts(qint64 fromMs, qint64 toMs, int limit = kTopLimit) const;
    // Over the accounts that may sign in, per role.
    Result<TwoFactorAdoption> twoFactorAdoption() const;
    // Accounts that may sign in without TOTP enabled, oldest account first.
    Result<QList<UserWithoutTwoFactor>> usersWithoutTwoFactor(int limit) const;

    // The entries that count as offences of an address.
    static const QStringList& offenceEvents();

private:
    // A condition on security_log with its values.
    struct Condition {
        QString sql;
        QVariantList values;
    };
    // One list of counts per condition, one count per bucket.
    Result<QList<QList<qint64>>> countPerBucket(const QList<Condition>& columns,
                                                const TimeBuckets& buckets) const;
    Result<QList<RankedCount>> ranked(const QString& sql, const QVariantList& values, int limit) const;

    const Database& m_db;
    const Clock& m_clock;
};

} // namespace nova
