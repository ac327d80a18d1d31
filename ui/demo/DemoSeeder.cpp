#include "DemoSeeder.h"

#include "Clock.h"
#include "ServiceHub.h"
#include "auth/SignInService.h"
#include "blocklist/BlockedIp.h"
#include "blocklist/IpBlockList.h"
#include "blocklist/IpRange.h"
#include "crypto/Base32.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityLog.h"
#include "storage/Database.h"
#include "totp/Otp.h"
#include "twofactor/TwoFactorService.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace nova::ui {

namespace {

struct DemoUser {
    const char16_t* username;
    const char16_t* displayName;
    const char* role;
    bool twoFactor;
};

// Every role, Arabic and English names, one Arabic user name.
constexpr std::array kUsers{
    DemoUser{u"demo.admin", u"Layla Haddad", "admin", false},
    DemoUser{u"khaled.mansour", u"خالد المنصور", "manager", true},
    DemoUser{u"emily.stone", u"Emily Stone", "manager", false},
    DemoUser{u"fatima.zahra", u"فاطمة الزهراء", "security", true},
    DemoUser{u"noura.alsaud", u"نورة السعود", "broker", true},
    DemoUser{u"james.carter", u"James Carter", "broker", false},
    DemoUser{u"ريم.العلي", u"ريم العلي", "broker", false},
    DemoUser{u"omar.farouk", u"عمر فاروق", "broker", false},
    DemoUser{u"daniel.kim", u"Daniel Kim", "broker", false},
    DemoUser{u"yousef.amin", u"يوسف أمين", "broker", false},
};

// Documentation ranges (RFC 5737): never a real attacker's address.
const QStringList& attackerAddresses()
{
    static const QStringList addresses{
        QStringLiteral("203.0.113.9"),    QStringLiteral("203.0.113.47"), QStringLiteral("198.51.100.23"),
        QStringLiteral("198.51.100.200"), QStringLiteral("192.0.2.77"),   QStringLiteral("203.0.113.150"),
    };
    return addresses;
}

const QStringList& officeAddresses()
{
    static const QStringList addresses{QStringLiteral("10.20.0.14"), QStringLiteral("10.20.0.31"),
                                       QStringLiteral("10.20.1.8"), QStringLiteral("192.168.7.20"),
                                       QStringLiteral("2001:db8:4::17")};
    return addresses;
}

// A clock for back-dating the seeded log: reading i falls at a random point
// of the i-th of `readings` equal slots between start and end, so the events
// spread over the period in the order they are appended (the hash chain
// needs that order) and the last one is never later than `end`.
class SpreadClock final : public Clock {
public:
    SpreadClock(qint64 startMs, qint64 endMs, qint64 readings)
        : m_startMs(startMs)
        , m_endMs(endMs)
        , m_slotMs(std::max<qint64>(1, (endMs - startMs) / std::max<qint64>(1, readings)))
    {}
    qint64 nowMSecs() const override
    {
        const qint64 slotStart = m_startMs + m_reading++ * m_slotMs;
        const qint64 at = slotStart + static_cast<qint64>(m_random.bounded(static_cast<double>(m_slotMs)));
        return std::min(at, m_endMs);
    }

private:
    qint64 m_startMs;
    qint64 m_endMs;
    qint64 m_slotMs;
    mutable qint64 m_reading = 0;
    mutable QRandomGenerator m_random{20261123};
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(qint64 nowMs)
        : m_nowMs(nowMs)
    {}
    qint64 nowMSecs() const override { return m_nowMs; }

private:
    qint64 m_nowMs;
};

Actor seedActor()
{
    return Actor::localOperator(QStringLiteral("demo"));
}

} // namespace

DemoSeeder::DemoSeeder(ServiceHub& hub)
    : m_hub(hub)
{}

Status DemoSeeder::seed(const Progress& progress, int logEvents)
{
    // The log first: it is back-dated, and the users' own events (created,
    // 2FA enabled, the lock-out) then follow it in time as they should. The
    // office allow-list comes before the lock-out, so the detector does not
    // block the office for one user's typing.
    if (Status logged = seedLog(progress, logEvents); !logged)
        return logged;
    if (Status blocks = seedBlocks(); !blocks)
        return blocks;
    return seedUsers();
}

Status DemoSeeder::seedUsers()
{
    const Actor actor = seedActor();
    if (Status role = m_hub.roles().createRole(
            QStringLiteral("listing-editor"), QStringLiteral("Publishes and edits property listings"), actor);
        !role)
        return role;
    for (const QString& action : {Permission::kRead, Permission::kUpdate})
        (void)m_hub.roles().grant(QStringLiteral("listing-editor"),
                                  Permission{QStringLiteral("publishing"), action}, actor);

    for (const DemoUser& each : kUsers) {
        NewUser user;
        user.username = QString::fromUtf16(each.username);
        user.displayName = QString::fromUtf16(each.displayName);
        user.role = QString::fromLatin1(each.role);
        user.password = password();
        if (!user.username.contains(QChar(0x0631)))
            user.email = user.username + QStringLiteral("@nova-crm.example");
        auto created = m_hub.users().create(user, actor);
        if (!created)
            return created.error();
        if (!each.twoFactor)
            continue;
        auto enrollment = m_hub.twoFactor().enroll(created->id, actor);
        if (!enrollment)
            return enrollment.error();
        auto key = Base32::decode(enrollment->secretBase32);
        if (!key)
            return key.error();
        const QString code = Otp::totp(key.value(), m_hub.clock().nowMSecs() / 1000);
        AccessContext context{QStringLiteral("10.20.0.14"), QStringLiteral("Nova CRM Mobile/3.2"),
                              QStringLiteral("demo")};
        if (auto confirmed = m_hub.twoFactor().confirm(created->id, code, context); !confirmed)
            return confirmed.error();
    }

    if (Status signedIn = seedLastSignIns(); !signedIn)
        return signedIn;

    auto omar = m_hub.users().byName(QStringLiteral("omar.farouk"));
    if (omar)
        (void)m_hub.users().disable(omar->id, actor);
    // yousef.amin mistypes his password until the account locks.
    const AccessContext phone{QStringLiteral("10.20.1.8"), QStringLiteral("Nova CRM Mobile/3.2"),
                              QStringLiteral("demo")};
    for (int attempt = 0; attempt < m_hub.signIn().policy().lockThreshold; ++attempt)
        (void)m_hub.signIn().signIn(QStringLiteral("yousef.amin"), QStringLiteral("wrong-password"), phone);
    return {};
}

// The users were created after their back-dated sign-ins: each one's last
// sign-in is the newest successful one in the log, as the Users page would
// show it had they signed in for real.
Status DemoSeeder::seedLastSignIns()
{
    auto latest = m_hub.database().exec(QStringLiteral("SELECT username, MAX(created_at) FROM security_log"
                                                       " WHERE event = ? AND success = ? GROUP BY username"),
                                        {EventType::Login, 1});
    if (!latest)
        return latest.error();
    // Read to the end first: PostgreSQL streams a forward-only result, and the
    // next statement on the connection would cut it off.
    QList<std::pair<QString, qint64>> newest;
    while (latest->next())
        newest.append({latest->value(0).toString(), latest->value(1).toLongLong()});
    for (const auto& [username, atMs] : std::as_const(newest)) {
        auto user = m_hub.users().byName(username);
        if (!user)
            return user.error();
        const FixedClock at(atMs);
        if (Status recorded = UserRepository(m_hub.database(), at).recordSuccessfulLogin(user->id); !recorded)
            return recorded;
    }
    return {};
}

Status DemoSeeder::seedBlocks()
{
    const Actor actor = seedActor();
    struct Block {
        const char* range;
        qint64 durationMs; // 0: permanent
        const char* reason;
        QString source;
    };
    constexpr qint64 hour = 3600 * 1000;
    const std::array blocks{
        Block{"203.0.113.9", 24 * hour, "Brute force: 5 failed sign-ins in 15 minutes",
              BlockSource::Detector},
        Block{"198.51.100.23", 2 * hour, "SQL injection attempts on /api/customers", BlockSource::Detector},
        Block{"192.0.2.0/24", 0, "Known scanner network", BlockSource::Manual},
        Block{"2001:db8:bad::/48", 7 * 24 * hour, "Credential stuffing from this provider",
              BlockSource::Manual},
        Block{"203.0.113.150", 15 * 60 * 1000, "Suspicious activity: 10 events in an hour",
              BlockSource::Detector},
    };
    for (const Block& each : blocks) {
        auto range = IpRange::parse(QString::fromLatin1(each.range));
        if (!range)
            return range.error();
        const std::optional<qint64> duration =
            each.durationMs > 0 ? std::optional<qint64>(each.durationMs) : std::nullopt;
        if (auto blocked = m_hub.blockList().block(range.value(), duration, QString::fromLatin1(each.reason),
                                                   each.source, actor);
            !blocked)
            return blocked.error();
    }
    auto office = IpRange::parse(QStringLiteral("10.20.0.0/16"));
    if (office)
        (void)m_hub.blockList().allow(office.value(), QStringLiteral("Head office"), actor);
    return {};
}

Status DemoSeeder::seedLog(const Progress& progress, int events)
{
    constexpr qint64 thirtyDaysMs = 30LL * 24 * 3600 * 1000;
    // Up to a minute ago: the users' own events (created, 2FA enabled, the
    // lock-out) follow the seeded log in time.
    const qint64 end = m_hub.clock().nowMSecs() - 60 * 1000;
    SpreadClock clock(end - thirtyDaysMs, end, events);
    SecurityLog log(m_hub.database(), clock);
    QRandomGenerator random(42);

    const QStringList userAgents{QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0"),
                                 QStringLiteral("Nova CRM Mobile/3.2 (iOS 18.1)"),
                                 QStringLiteral("Nova CRM Mobile/3.2 (Android 15)"),
                                 QStringLiteral("python-requests/2.31"), QStringLiteral("curl/8.5.0")};
    auto pick = [&random](const QStringList& list) {
        return list.at(static_cast<int>(random.bounded(static_cast<quint32>(list.size()))));
    };

    constexpr int batchSize = 1000;
    for (int done = 0; done < events;) {
        QList<SecurityEvent> batch;
        const int count = std::min(batchSize, events - done);
        batch.reserve(count);
        for (int i = 0; i < count; ++i) {
            const DemoUser& who = kUsers.at(random.bounded(static_cast<quint32>(kUsers.size())));
            const QString username = QString::fromUtf16(who.username);
            const quint32 roll = random.bounded(1000U);
            const bool attacker = roll >= 700;
            const QString ip = attacker ? pick(attackerAddresses()) : pick(officeAddresses());
            const QString agent = attacker ? userAgents.at(3 + static_cast<int>(random.bounded(2U)))
                                           : userAgents.at(static_cast<int>(random.bounded(3U)));
            SecurityEvent event;
            if (roll < 550) {
                event = SecurityEvent::about(EventType::Login, true, std::nullopt, username, ip, agent,
                                             {{QStringLiteral("method"), QStringLiteral("password")}});
            } else if (roll < 650) {
                event =
                    SecurityEvent::about(EventType::TwoFactorVerify, true, std::nullopt, username, ip, agent);
            } else if (roll < 700) {
                event = SecurityEvent::about(EventType::Logout, true, std::nullopt, username, ip, agent);
            } else if (roll < 940) {
                event = SecurityEvent::about(
                    EventType::Login, false, std::nullopt, username, ip, agent,
                    {{QStringLiteral("reason"), QStringLiteral("invalid_credentials")}}, Severity::Low);
            } else if (roll < 965) {
                event = SecurityEvent::about(
                    EventType::UnauthorizedAccess, false, std::nullopt, username, ip, agent,
                    {{QStringLiteral("endpoint"), QStringLiteral("/api/finance")}}, Severity::Medium);
            } else if (roll < 985) {
                event = SecurityEvent::about(EventType::SqlInjectionAttempt, false, std::nullopt, QString(),
                                             ip, agent,
                                             {{QStringLiteral("field"), QStringLiteral("search")},
                                              {QStringLiteral("sample"), QStringLiteral("' OR 1=1 --")}},
                                             Severity::High);
            } else if (roll < 995) {
                event = SecurityEvent::about(EventType::XssAttempt, false, std::nullopt, QString(), ip, agent,
                                             {{QStringLiteral("field"), QStringLiteral("notes")}},
                                             Severity::High);
            } else {
                event = SecurityEvent::about(
                    EventType::IpBlocked, true, std::nullopt, QStringLiteral("detector"), ip, QString(),
                    {{QStringLiteral("reason"), QStringLiteral("brute_force")}}, Severity::Critical);
            }
            batch.append(event);
        }
        if (auto appended = log.appendBatch(batch); !appended)
            return appended.error();
        done += count;
        if (progress)
            progress(done, events);
    }
    return {};
}

} // namespace nova::ui
