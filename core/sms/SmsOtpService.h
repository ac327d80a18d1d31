#pragma once

#include "Clock.h"
#include "Result.h"
#include "rbac/AccessContext.h"

#include <QObject>
#include <QString>

namespace nova {

class Database;
class KeyRing;
class SecurityLog;
class SmsSender;

struct SmsOtpOptions {
    qint64 lifetimeMs = 5 * 60 * 1000;
    int maxAttempts = 5;
    qint64 resendIntervalMs = 60 * 1000;
    int maxPerHour = 5;
};

struct SmsCodeSent {
    qint64 expiresAtMs = 0;
    QString maskedPhone; // "•••••••4567", for "code sent to …"
};

// One-time codes by SMS, the specification's sendSMSOTP/verifySMSOTP made
// safe: 6 digits from the CSPRNG (uniform), stored only as an HMAC under a
// key from the KeyRing (a copy of the database does not reveal live codes),
// valid for 5 minutes, dead after 5 wrong attempts, single use, compared in
// constant time; sending is throttled per user (1 per minute, 5 per hour).
// A new code replaces the user's earlier unused ones.
//
// The message is the specification's Arabic text. Blocks on the database
// and the sender: call off the GUI thread.
class SmsOtpService : public QObject {
    Q_OBJECT
public:
    static constexpr int kDigits = 6;
    static constexpr const char* kUnknownUser = "sms.unknown_user";
    static constexpr const char* kNoPhone = "sms.no_phone";
    static constexpr const char* kBadPhone = "sms.bad_phone";
    static constexpr const char* kThrottled = "sms.throttled";
    static constexpr const char* kNoCode = "sms.no_code";
    static constexpr const char* kExpired = "sms.expired";
    static constexpr const char* kTooManyAttempts = "sms.too_many_attempts";
    static constexpr const char* kWrongCode = "sms.wrong";
    static constexpr const char* kMalformed = "sms.malformed";

    SmsOtpService(const Database& db, SmsSender& sender, KeyRing& keys, SecurityLog& log, const Clock& clock,
                  SmsOtpOptions options = {}, QObject* parent = nullptr);

    Result<SmsCodeSent> sendCode(qint64 userId, const AccessContext& context);
    Status verifyCode(qint64 userId, const QString& code, const AccessContext& context);

    // The specification's text: "رمز التحقق الخاص بك: 123456\nصالح لمدة 5 دقائق."
    static QString messageText(const QString& code, int validMinutes = 5);
    static QString maskPhone(const QString& phone);

private:
    struct UserRow;
    Result<UserRow> loadUser(qint64 userId) const;
    Result<QByteArray> digest(qint64 userId, const QString& code);
    void logEvent(const UserRow& user, const QString& event, bool success, const AccessContext& context,
                  const QJsonObject& metadata);

    const Database& m_db;
    SmsSender& m_sender;
    KeyRing& m_keys;
    SecurityLog& m_log;
    const Clock& m_clock;
    SmsOtpOptions m_options;
};

} // namespace nova
