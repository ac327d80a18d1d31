#include "SmsOtpService.h"

#include "crypto/ConstantTime.h"
#include "crypto/Hmac.h"
#include "crypto/SecureRandom.h"
#include "secrets/KeyRing.h"
#include "securitylog/SecurityLog.h"
#include "sms/SmsSender.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace nova {

struct SmsOtpService::UserRow {
    qint64 id = 0;
    QString username;
    QString phone;
};

namespace {

const QString kKeyPurpose = QStringLiteral("sms-codes");

Error smsError(const char* code, const char* text)
{
    return Error{QString::fromLatin1(code), QCoreApplication::translate("nova::SmsOtpService", text)};
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Digits with an optional leading '+', spaces, hyphens, dots and brackets
// as people write them; 6 to 15 digits (E.164 allows at most 15).
bool isPlausiblePhone(const QString& phone)
{
    int digits = 0;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (isAsciiDigit(c))
            ++digits;
        else if (!(c == QLatin1Char('+') && i == 0) && c != QLatin1Char(' ') && c != QLatin1Char('-') &&
                 c != QLatin1Char('.') && c != QLatin1Char('(') && c != QLatin1Char(')'))
            return false;
    }
    return digits >= 6 && digits <= 15;
}

} // namespace

SmsOtpService::SmsOtpService(const Database& db, SmsSender& sender, KeyRing& keys, SecurityLog& log,
                             const Clock& clock, SmsOtpOptions options, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_sender(sender)
    , m_keys(keys)
    , m_log(log)
    , m_clock(clock)
    , m_options(std::move(options))
{}

QString SmsOtpService::messageText(const QString& code, int validMinutes)
{
    return QStringLiteral("رمز التحقق الخاص بك: %1\nصالح لمدة %2 دقائق.")
        .arg(code, QString::number(validMinutes));
}

QString SmsOtpService::maskPhone(const QString& phone)
{
    const qsizetype shown = std::min<qsizetype>(4, phone.size() / 3);
    return QString(phone.size() - shown, QChar(0x2022)) + phone.right(shown);
}

Result<SmsOtpService::UserRow> SmsOtpService::loadUser(qint64 userId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, username, phone FROM users WHERE id = ?"), {userId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{
            QString::fromLatin1(kUnknownUser),
            QCoreApplication::translate("nova::SmsOtpService", "There is no user with id %1.").arg(userId)};
    return UserRow{query->value(0).toLongLong(), query->value(1).toString(),
                   query->value(2).toString().trimmed()};
}

Result<QByteArray> SmsOtpService::digest(qint64 userId, const QString& code)
{
    auto key = m_keys.hmacKey(kKeyPurpose);
    if (!key)
        return key.error();
    // Bound to the user, so a digest copied to another user's row is useless.
    const QByteArray message = QByteArrayLiteral("sms:") + QByteArray::number(userId) + ':' + code.toLatin1();
    return Hmac::compute(HashAlgorithm::Sha256, *key, message);
}

void SmsOtpService::logEvent(const UserRow& user, const QString& event, bool success,
                             const AccessContext& context, const QJsonObject& metadata)
{
    SecurityEvent e =
        SecurityEvent::about(event, success, user.id, user.username, context.ip, context.userAgent, metadata,
                             success ? Severity::Info : Severity::Low);
    if (!context.endpoint.isEmpty())
        e.metadata.insert(QStringLiteral("endpoint"), context.endpoint);
    if (auto written = m_log.append(e); !written)
        qWarning("security log entry %s for user %lld not written: %s", qPrintable(event), user.id,
                 qPrintable(written.errorMessage()));
}

Result<SmsCodeSent> SmsOtpService::sendCode(qint64 userId, const AccessContext& context)
{
    auto user = loadUser(userId);
    if (!user)
        return user.error();
    QJsonObject metadata{{QStringLiteral("method"), QStringLiteral("sms")}};
    const auto fail = [&](const Error& error) -> Result<SmsCodeSent> {
        QJsonObject why = metadata;
        why.insert(QStringLiteral("reason"), error.code);
        logEvent(*user, EventType::SmsCodeSent, false, context, why);
        return error;
    };
    if (user->phone.isEmpty())
        return fail(smsError(kNoPhone, QT_TRANSLATE_NOOP("nova::SmsOtpService",
                                                         "This user has no phone number for SMS codes.")));
    if (!isPlausiblePhone(user->phone))
        return fail(smsError(kBadPhone, QT_TRANSLATE_NOOP("nova::SmsOtpService",
                                                          "The user's phone number is not a valid number for "
                                                          "SMS codes.")));
    metadata.insert(QStringLiteral("phone"), maskPhone(user->phone));

    // 000000–999999 with every value equally likely (uniform() rejects the biased top range).
    const QString code =
        QStringLiteral("%1").arg(SecureRandom::uniform(1'000'000), kDigits, 10, QLatin1Char('0'));
    auto codeDigest = digest(userId, code);
    if (!codeDigest)
        return fail(codeDigest.error());

    const qint64 now = m_clock.nowMSecs();
    const qint64 expiresAt = now + m_options.lifetimeMs;
    qint64 codeId = 0;
    const Status stored = m_db.transaction([&]() -> Status {
        // A no-op write on the user's row: it serialises concurrent requests
        // for one user (a row lock on PostgreSQL, the write lock on SQLite),
        // so two processes cannot both slip under the throttle.
        if (auto locked =
                m_db.exec(QStringLiteral("UPDATE users SET updated_at = updated_at WHERE id = ?"), {userId});
            !locked)
            return locked.error();
        auto recent =
            m_db.exec(QStringLiteral("SELECT COUNT(*), MIN(created_at), MAX(created_at) FROM sms_codes"
                                     " WHERE user_id = ? AND created_at > ?"),
                      {userId, now - 3'600'000});
        if (!recent)
            return recent.error();
        if (recent->next() && recent->value(0).toInt() > 0) {
            const int count = recent->value(0).toInt();
            const qint64 oldest = recent->value(1).toLongLong();
            const qint64 newest = recent->value(2).toLongLong();
            qint64 waitMs = 0;
            if (now - newest < m_options.resendIntervalMs)
                waitMs = newest + m_options.resendIntervalMs - now;
            if (count >= m_options.maxPerHour)
                waitMs = std::max(waitMs, oldest + 3'600'000 - now);
            if (waitMs > 0) {
                const int seconds = static_cast<int>((waitMs + 999) / 1000);
                return Error{QString::fromLatin1(kThrottled),
                             QCoreApplication::translate("nova::SmsOtpService",
                                                         "Too many codes were requested. Try again in %Ln "
                                                         "second(s).",
                                                         nullptr, seconds)};
            }
        }
        // Only the newest code is valid: earlier unused ones die now.
        if (auto superseded = m_db.exec(
                QStringLiteral("UPDATE sms_codes SET used_at = ? WHERE user_id = ? AND used_at IS NULL"),
                {now, userId});
            !superseded)
            return superseded.error();
        auto inserted =
            m_db.exec(QStringLiteral("INSERT INTO sms_codes (user_id, digest, attempts, expires_at,"
                                     " created_at) VALUES (?, ?, 0, ?, ?) RETURNING id"),
                      {userId, *codeDigest, expiresAt, now});
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return Database::sqlError(inserted->lastError());
        codeId = inserted->value(0).toLongLong();
        return {};
    });
    if (!stored)
        return fail(stored.error());

    // Sent after the commit: a slow gateway must not hold the database's write lock.
    const int minutes = static_cast<int>((m_options.lifetimeMs + 59'999) / 60'000);
    if (const Status sent = m_sender.send(user->phone, messageText(code, minutes)); !sent) {
        // A code nobody received must not stay guessable.
        (void)m_db.exec(QStringLiteral("UPDATE sms_codes SET used_at = ? WHERE id = ? AND used_at IS NULL"),
                        {m_clock.nowMSecs(), codeId});
        return fail(sent.error());
    }
    metadata.insert(QStringLiteral("expires_at"), QString::number(expiresAt));
    logEvent(*user, EventType::SmsCodeSent, true, context, metadata);
    return SmsCodeSent{expiresAt, maskPhone(user->phone)};
}

Status SmsOtpService::verifyCode(qint64 userId, const QString& code, const AccessContext& context)
{
    auto user = loadUser(userId);
    if (!user)
        return user.error();
    const QJsonObject method{{QStringLiteral("method"), QStringLiteral("sms")}};
    const auto fail = [&](const Error& error) -> Status {
        QJsonObject why = method;
        why.insert(QStringLiteral("reason"), error.code);
        logEvent(*user, EventType::TwoFactorVerify, false, context, why);
        return error;
    };
    const Error noCode = smsError(
        kNoCode, QT_TRANSLATE_NOOP("nova::SmsOtpService", "There is no valid SMS code. Request a new one."));

    QString typed = code;
    typed.remove(QLatin1Char(' '));
    if (typed.size() != kDigits || !std::all_of(typed.cbegin(), typed.cend(), isAsciiDigit))
        return fail(smsError(kMalformed, QT_TRANSLATE_NOOP("nova::SmsOtpService",
                                                           "The code must be the 6 digits from the SMS.")));

    auto latest = m_db.exec(QStringLiteral("SELECT id, digest, attempts, expires_at, used_at FROM sms_codes"
                                           " WHERE user_id = ? ORDER BY id DESC LIMIT 1"),
                            {userId});
    if (!latest)
        return fail(latest.error());
    if (!latest->next() || !latest->value(4).isNull())
        return fail(noCode);
    const qint64 id = latest->value(0).toLongLong();
    const QByteArray stored = latest->value(1).toByteArray();
    const qint64 now = m_clock.nowMSecs();
    const Error tooMany = smsError(
        kTooManyAttempts, QT_TRANSLATE_NOOP("nova::SmsOtpService", "Too many wrong attempts for this code. "
                                                                   "Request a new one."));
    if (latest->value(3).toLongLong() <= now)
        return fail(smsError(kExpired, QT_TRANSLATE_NOOP("nova::SmsOtpService",
                                                         "The SMS code has expired. Request a new one.")));
    if (latest->value(2).toInt() >= m_options.maxAttempts)
        return fail(tooMany);

    // The attempt is counted before the comparison, atomically, so parallel
    // guesses cannot exceed the limit between a read and a write.
    auto counted = m_db.exec(QStringLiteral("UPDATE sms_codes SET attempts = attempts + 1 WHERE id = ?"
                                            " AND used_at IS NULL AND attempts < ? AND expires_at > ?"),
                             {id, m_options.maxAttempts, now});
    if (!counted)
        return fail(counted.error());
    if (counted->numRowsAffected() != 1)
        return fail(tooMany);

    auto candidate = digest(userId, typed);
    if (!candidate)
        return fail(candidate.error());
    if (!ConstantTime::equal(*candidate, stored)) {
        auto attempts = m_db.exec(QStringLiteral("SELECT attempts FROM sms_codes WHERE id = ?"), {id});
        const int used = attempts && attempts->next() ? attempts->value(0).toInt() : m_options.maxAttempts;
        const int left = std::max(0, m_options.maxAttempts - used);
        if (left == 0)
            return fail(tooMany);
        return fail(Error{QString::fromLatin1(kWrongCode),
                          QCoreApplication::translate("nova::SmsOtpService",
                                                      "The code is not correct. %Ln attempt(s) left.",
                                                      nullptr, left)});
    }

    const Status accepted = m_db.transaction([&]() -> Status {
        auto used = m_db.exec(
            QStringLiteral("UPDATE sms_codes SET used_at = ? WHERE id = ? AND used_at IS NULL"), {now, id});
        if (!used)
            return used.error();
        if (used->numRowsAffected() != 1)
            return noCode;
        const SecurityEvent e = SecurityEvent::about(EventType::TwoFactorVerify, true, user->id,
                                                     user->username, context.ip, context.userAgent, method);
        if (auto logged = m_log.append(e); !logged)
            return logged.error();
        return {};
    });
    if (!accepted)
        return fail(accepted.error());
    return {};
}

} // namespace nova
