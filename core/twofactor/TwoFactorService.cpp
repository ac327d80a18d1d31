#include "TwoFactorService.h"

#include "Bidi.h"
#include "crypto/AeadCipher.h"
#include "crypto/Base32.h"
#include "crypto/SecureRandom.h"
#include "rbac/AdminAudit.h"
#include "secrets/KeyRing.h"
#include "securitylog/SecurityLog.h"
#include "storage/Database.h"
#include "totp/BackupCodes.h"
#include "totp/OtpUri.h"
#include "totp/TotpVerifier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace nova {

struct TwoFactorService::UserRow {
    qint64 id = 0;
    QString username;
    QString email;
};

struct TwoFactorService::SecretRow {
    QByteArray sealed;
    QString keyId;
    OtpSettings settings;
    bool enabled = false;
    std::optional<qint64> enabledAtMs;
    std::optional<quint64> lastStep;
};

namespace {

const QString kBackupCodeKeyPurpose = QStringLiteral("backup-codes");

Error serviceError(const char* code, const char* text)
{
    return Error{QString::fromLatin1(code), QCoreApplication::translate("nova::TwoFactorService", text)};
}

Error notEnrolled()
{
    return serviceError(TwoFactorService::kNotEnrolled,
                        QT_TRANSLATE_NOOP("nova::TwoFactorService",
                                          "Two-factor authentication has not been set up for this user."));
}

Error notEnabled()
{
    return serviceError(TwoFactorService::kNotEnabled,
                        QT_TRANSLATE_NOOP("nova::TwoFactorService",
                                          "Two-factor authentication is not enabled for this user."));
}

Error alreadyEnabled()
{
    return serviceError(TwoFactorService::kAlreadyEnabled,
                        QT_TRANSLATE_NOOP("nova::TwoFactorService",
                                          "Two-factor authentication is already enabled for this user. "
                                          "Disable it first to enroll a new authenticator."));
}

// Binds a sealed secret to its row: a secret copied into another user's row
// fails authentication instead of opening.
QByteArray associatedData(qint64 userId)
{
    return QByteArrayLiteral("totp:") + QByteArray::number(userId);
}

QJsonObject targetOf(qint64 userId, const QString& username)
{
    return QJsonObject{{QStringLiteral("target_user_id"), QString::number(userId)},
                       {QStringLiteral("target_username"), username}};
}

} // namespace

TwoFactorService::TwoFactorService(const Database& db, KeyRing& keys, SecurityLog& log, AdminAudit& audit,
                                   const Clock& clock, TwoFactorOptions options, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_keys(keys)
    , m_log(log)
    , m_audit(audit)
    , m_clock(clock)
    , m_options(std::move(options))
{}

Result<TwoFactorService::UserRow> TwoFactorService::loadUser(qint64 userId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, username, email FROM users WHERE id = ?"), {userId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{QString::fromLatin1(kUnknownUser), tr("There is no user with id %1.").arg(userId)};
    return UserRow{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()};
}

Result<std::optional<TwoFactorService::SecretRow>> TwoFactorService::loadSecret(qint64 userId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT sealed_secret, key_id, algorithm, digits, period, enabled,"
                                          " enabled_at, last_step FROM totp_secrets WHERE user_id = ?"),
                           {userId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<SecretRow>();
    SecretRow row;
    row.sealed = query->value(0).toByteArray();
    row.keyId = query->value(1).toString();
    const auto algorithm = hashAlgorithmFromName(query->value(2).toString());
    row.settings.algorithm = algorithm.value_or(HashAlgorithm::Sha1);
    row.settings.digits = query->value(3).toInt();
    row.settings.periodSecs = query->value(4).toInt();
    row.enabled = query->value(5).toInt() != 0;
    if (!query->value(6).isNull())
        row.enabledAtMs = query->value(6).toLongLong();
    if (!query->value(7).isNull())
        row.lastStep = static_cast<quint64>(query->value(7).toLongLong());
    if (!algorithm || !row.settings.isValid())
        return serviceError(kSecretUnreadable,
                            QT_TRANSLATE_NOOP("nova::TwoFactorService",
                                              "The stored two-factor settings of this user are not valid."));
    return std::optional<SecretRow>(row);
}

Result<TwoFactorService::SecretRow> TwoFactorService::loadEnabledSecret(qint64 userId) const
{
    auto row = loadSecret(userId);
    if (!row)
        return row.error();
    if (!*row || !(*row)->enabled)
        return notEnabled();
    return **row;
}

Result<QByteArray> TwoFactorService::openSecret(qint64 userId, const SecretRow& row)
{
    auto key = m_keys.key(row.keyId);
    if (!key)
        return key.error();
    auto secret = AeadCipher::open(key->bytes, row.sealed, associatedData(userId));
    if (!secret)
        return Error{
            QString::fromLatin1(kSecretUnreadable),
            //: %1 is a user id, %2 an error code
            tr("The two-factor secret of user %1 cannot be opened (%2). It was altered or sealed for "
               "another user; disable and re-enroll two-factor authentication for this user.")
                .arg(userId)
                .arg(leftToRight(secret.error().code))};
    return secret;
}

void TwoFactorService::logUserEvent(const UserRow& user, const QString& event, bool success,
                                    const AccessContext& context, QJsonObject metadata, Severity severity)
{
    SecurityEvent e;
    e.event = event;
    e.success = success;
    e.severity = severity;
    e.userId = user.id;
    e.username = user.username;
    e.ip = context.ip;
    e.userAgent = context.userAgent;
    if (!context.endpoint.isEmpty())
        metadata.insert(QStringLiteral("endpoint"), context.endpoint);
    e.metadata = metadata;
    if (auto written = m_log.append(e); !written)
        qWarning("security log entry %s for user %lld not written: %s", qPrintable(event), user.id,
                 qPrintable(written.errorMessage()));
}

Status TwoFactorService::failUserEvent(const UserRow& user, const QString& event,
                                       const AccessContext& context, QJsonObject metadata, const Error& error)
{
    metadata.insert(QStringLiteral("reason"), error.code);
    const bool serious =
        error.code == QLatin1String(kSecretUnreadable) || error.code == QLatin1String("totp.replayed");
    logUserEvent(user, event, false, context, metadata, serious ? Severity::Medium : Severity::Low);
    return error;
}

Result<TotpEnrollment> TwoFactorService::enroll(qint64 userId, const Actor& actor)
{
    auto user = loadUser(userId);
    if (!user)
        return user.error();
    const QJsonObject target = targetOf(userId, user->username);
    if (!m_options.otp.isValid())
        return serviceError(
            "2fa.bad_settings",
            QT_TRANSLATE_NOOP("nova::TwoFactorService", "The configured TOTP settings are not valid."));
    // The key ring may wait on the keychain: asked before any database lock is held.
    auto key = m_keys.currentKey();
    if (!key)
        return key.error();
    const QByteArray secret = SecureRandom::bytes(kSecretBytes);
    auto sealed = AeadCipher::seal(key->bytes, secret, associatedData(userId));
    if (!sealed)
        return sealed.error();

    const Status stored = m_db.transaction([&]() -> Status {
        // A pending enrollment is replaced; an enabled one stays, and the
        // insert below then collides with it.
        if (auto removed = m_db.exec(
                QStringLiteral("DELETE FROM totp_secrets WHERE user_id = ? AND enabled = 0"), {userId});
            !removed)
            return removed.error();
        auto enabled = m_db.exec(QStringLiteral("SELECT 1 FROM totp_secrets WHERE user_id = ?"), {userId});
        if (!enabled)
            return enabled.error();
        if (enabled->next())
            return alreadyEnabled();
        if (auto inserted = m_db.exec(
                QStringLiteral("INSERT INTO totp_secrets (user_id, sealed_secret, key_id, algorithm, digits,"
                               " period, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"),
                {userId, *sealed, key->id, hashAlgorithmName(m_options.otp.algorithm), m_options.otp.digits,
                 m_options.otp.periodSecs, m_clock.nowMSecs()});
            !inserted)
            return inserted.error().code == QLatin1String("db.duplicate") ? alreadyEnabled()
                                                                          : inserted.error();
        auto logged = m_audit.record(actor, EventType::TwoFactorEnrolled, target);
        if (!logged)
            return logged.error();
        return {};
    });
    if (!stored) {
        (void)m_audit.recordRefusal(actor, EventType::TwoFactorEnrolled, target, stored.error());
        return stored.error();
    }
    Q_EMIT statusChanged(userId);

    TotpEnrollment enrollment;
    enrollment.issuer = m_options.issuer;
    enrollment.account = m_options.accountIsEmail && !user->email.isEmpty() ? user->email : user->username;
    enrollment.secretBase32 = Base32::encode(secret);
    enrollment.otpauthUri =
        OtpUri::build(OtpAccount{enrollment.issuer, enrollment.account, secret, m_options.otp});
    return enrollment;
}

Status TwoFactorService::checkTotp(const UserRow& user, const SecretRow& row, const QString& code)
{
    auto secret = openSecret(user.id, row);
    if (!secret)
        return secret.error();
    const TotpVerifier verifier(m_clock, m_options.skewSteps);
    auto step = verifier.verify(*secret, code, row.settings, row.lastStep);
    if (!step)
        return step.error();
    // The replay check the verifier made against the row as read is repeated
    // by the database, atomically: of two processes accepting the same code
    // at once, only one moves last_step forward.
    const qint64 accepted = static_cast<qint64>(*step);
    auto updated =
        m_db.exec(QStringLiteral("UPDATE totp_secrets SET last_step = ? WHERE user_id = ?"
                                 " AND sealed_secret = ? AND (last_step IS NULL OR last_step < ?)"),
                  {accepted, user.id, row.sealed, accepted});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{QStringLiteral("totp.replayed"),
                     QCoreApplication::translate("nova::TotpVerifier",
                                                 "This code was already used. Wait for the next code and try "
                                                 "again.")};
    return {};
}

Result<QStringList> TwoFactorService::storeNewBackupCodes(qint64 userId)
{
    auto key = m_keys.hmacKey(kBackupCodeKeyPurpose);
    if (!key)
        return key.error();
    if (auto removed = m_db.exec(QStringLiteral("DELETE FROM backup_codes WHERE user_id = ?"), {userId});
        !removed)
        return removed.error();
    const QStringList codes = BackupCodes::generate();
    const qint64 now = m_clock.nowMSecs();
    for (const QString& code : codes) {
        if (auto inserted = m_db.exec(
                QStringLiteral("INSERT INTO backup_codes (user_id, digest, created_at) VALUES (?, ?, ?)"),
                {userId, BackupCodes::digest(code, *key), now});
            !inserted)
            return inserted.error();
    }
    return codes;
}

Result<QStringList> TwoFactorService::confirm(qint64 userId, const QString& code,
                                              const AccessContext& context)
{
    auto user = loadUser(userId);
    if (!user)
        return user.error();
    const QJsonObject method{{QStringLiteral("method"), QStringLiteral("totp")}};
    auto row = loadSecret(userId);
    if (!row)
        return failUserEvent(*user, EventType::TwoFactorEnabled, context, method, row.error()).error();
    if (!*row)
        return failUserEvent(*user, EventType::TwoFactorEnabled, context, method, notEnrolled()).error();
    if ((*row)->enabled)
        return failUserEvent(*user, EventType::TwoFactorEnabled, context, method, alreadyEnabled()).error();

    QStringList codes;
    const Status enabled = m_db.transaction([&]() -> Status {
        if (const Status checked = checkTotp(*user, **row, code); !checked)
            return checked;
        auto updated = m_db.exec(QStringLiteral("UPDATE totp_secrets SET enabled = 1, enabled_at = ?"
                                                " WHERE user_id = ? AND enabled = 0 AND sealed_secret = ?"),
                                 {m_clock.nowMSecs(), userId, (*row)->sealed});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return serviceError(kNotEnrolled, QT_TRANSLATE_NOOP("nova::TwoFactorService",
                                                                "The enrollment was changed meanwhile. Start "
                                                                "the set-up again."));
        auto stored = storeNewBackupCodes(userId);
        if (!stored)
            return stored.error();
        codes = *stored;
        const SecurityEvent e = SecurityEvent::about(EventType::TwoFactorEnabled, true, user->id,
                                                     user->username, context.ip, context.userAgent, method);
        if (auto logged = m_log.append(e); !logged)
            return logged.error();
        return {};
    });
    if (!enabled)
        return failUserEvent(*user, EventType::TwoFactorEnabled, context, method, enabled.error()).error();
    Q_EMIT statusChanged(userId);
    return codes;
}

Status TwoFactorService::verify(qint64 userId, const QString& code, const AccessContext& context)
{
    auto user = loadUser(userId);
    if (!user)
        return user.error();
    const QJsonObject method{{QStringLiteral("method"), QStringLiteral("totp")}};
    auto row = loadEnabledSecret(userId);
    if (!row)
        return failUserEvent(*user, EventType::TwoFactorVerify, context, method, row.error());
    const Status verified = m_db.transaction([&]() -> Status {
        if (const Status checked = checkTotp(*user, *row, code); !checked)
            return checked;
        const SecurityEvent e = SecurityEvent::about(EventType::TwoFactorVerify, true, user->id,
                                                     user->username, context.ip, context.userAgent, method);
        if (auto logged = m_log.append(e); !logged)
            return logged.error();
        return {};
    });
    if (!verified)
        return failUserEvent(*user, EventType::TwoFactorVerify, context, method, verified.error());
    return {};
}

Status TwoFactorService::consumeBackupCode(qint64 userId, const QString& code)
{
    const Error wrong = serviceError(
        kWrongBackupCode, QT_TRANSLATE_NOOP("nova::TwoFactorService", "The backup code is not correct or was "
                                                                      "already used."));
    const QString typed = BackupCodes::normalize(code);
    if (typed.isEmpty() || typed.size() > 64)
        return wrong;
    auto key = m_keys.hmacKey(kBackupCodeKeyPurpose);
    if (!key)
        return key.error();
    auto query = m_db.exec(
        QStringLiteral(
            "SELECT id, digest FROM backup_codes WHERE user_id = ? AND used_at IS NULL ORDER BY id"),
        {userId});
    if (!query)
        return query.error();
    QList<qint64> ids;
    QList<QByteArray> digests;
    while (query->next()) {
        ids.append(query->value(0).toLongLong());
        digests.append(query->value(1).toByteArray());
    }
    const int found = BackupCodes::match(typed, digests, *key);
    if (found < 0)
        return wrong;
    // Only the first of two concurrent uses of one code marks it.
    auto used =
        m_db.exec(QStringLiteral("UPDATE backup_codes SET used_at = ? WHERE id = ? AND used_at IS NULL"),
                  {m_clock.nowMSecs(), ids.at(found)});
    if (!used)
        return used.error();
    if (used->numRowsAffected() != 1)
        return wrong;
    return {};
}

Status TwoFactorService::verifyBackupCode(qint64 userId, const QString& code, const AccessContext& context)
{
    auto user = loadUser(userId);
    if (!user)
        return user.error();
    const QJsonObject method{{QStringLiteral("method"), QStringLiteral("backup_code")}};
    if (auto row = loadEnabledSecret(userId); !row)
        return failUserEvent(*user, EventType::TwoFactorVerify, context, method, row.error());
    const Status used = m_db.transaction([&]() -> Status {
        if (const Status consumed = consumeBackupCode(userId, code); !consumed)
            return consumed;
        auto left = m_db.exec(
            QStringLiteral("SELECT COUNT(*) FROM backup_codes WHERE user_id = ? AND used_at IS NULL"),
            {userId});
        if (!left)
            return left.error();
        const int remaining = left->next() ? left->value(0).toInt() : 0;
        SecurityEvent e;
        e.event = EventType::BackupCodeUsed;
        e.success = true;
        // Running out of backup codes is worth an administrator's look.
        e.severity = remaining <= 2 ? Severity::Low : Severity::Info;
        e.userId = user->id;
        e.username = user->username;
        e.ip = context.ip;
        e.userAgent = context.userAgent;
        e.metadata = method;
        e.metadata.insert(QStringLiteral("codes_left"), remaining);
        if (auto logged = m_log.append(e); !logged)
            return logged.error();
        return {};
    });
    if (!used)
        return failUserEvent(*user, EventType::TwoFactorVerify, context, method, used.error());
    return {};
}

Result<QStringList> TwoFactorService::regenerateBackupCodes(qint64 userId, const Actor& actor)
{
    auto user = loadUser(userId);
    if (!user)
        return user.error();
    const QJsonObject target = targetOf(userId, user->username);
    QStringList codes;
    const Status regenerated = m_db.transaction([&]() -> Status {
        if (auto row = loadEnabledSecret(userId); !row)
            return row.error();
        auto stored = storeNewBackupCodes(userId);
        if (!stored)
            return stored.error();
        codes = *stored;
        auto logged = m_audit.record(actor, EventType::BackupCodesRegenerated, target);
        if (!logged)
            return logged.error();
        return {};
    });
    if (!regenerated) {
        (void)m_audit.recordRefusal(actor, EventType::BackupCodesRegenerated, target, regenerated.error());
        return regenerated.error();
    }
    return codes;
}

Status TwoFactorService::disable(qint64 userId, const Actor& actor)
{
    auto user = loadUser(userId);
    if (!user)
        return user.error();
    const QJsonObject target = targetOf(userId, user->username);
    const Status disabled = m_db.transaction([&]() -> Status {
        auto removed = m_db.exec(QStringLiteral("DELETE FROM totp_secrets WHERE user_id = ?"), {userId});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() < 1)
            return notEnrolled();
        if (auto codes = m_db.exec(QStringLiteral("DELETE FROM backup_codes WHERE user_id = ?"), {userId});
            !codes)
            return codes.error();
        auto logged = m_audit.record(actor, EventType::TwoFactorDisabled, target);
        if (!logged)
            return logged.error();
        return {};
    });
    if (!disabled) {
        (void)m_audit.recordRefusal(actor, EventType::TwoFactorDisabled, target, disabled.error());
        return disabled;
    }
    Q_EMIT statusChanged(userId);
    return {};
}

Status TwoFactorService::disableWithCode(qint64 userId, const QString& code, const AccessContext& context)
{
    auto user = loadUser(userId);
    if (!user)
        return user.error();
    QJsonObject metadata{{QStringLiteral("by"), QStringLiteral("user")}};
    auto row = loadEnabledSecret(userId);
    if (!row)
        return failUserEvent(*user, EventType::TwoFactorDisabled, context, metadata, row.error());
    QString typed = code;
    typed.remove(QLatin1Char(' '));
    const bool looksLikeTotp =
        typed.size() == row->settings.digits &&
        std::all_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    metadata.insert(QStringLiteral("method"),
                    looksLikeTotp ? QStringLiteral("totp") : QStringLiteral("backup_code"));
    const Status disabled = m_db.transaction([&]() -> Status {
        const Status proven = looksLikeTotp ? checkTotp(*user, *row, typed) : consumeBackupCode(userId, code);
        if (!proven)
            return proven;
        if (auto removed = m_db.exec(QStringLiteral("DELETE FROM totp_secrets WHERE user_id = ?"), {userId});
            !removed)
            return removed.error();
        if (auto codes = m_db.exec(QStringLiteral("DELETE FROM backup_codes WHERE user_id = ?"), {userId});
            !codes)
            return codes.error();
        const SecurityEvent e =
            SecurityEvent::about(EventType::TwoFactorDisabled, true, user->id, user->username, context.ip,
                                 context.userAgent, metadata, Severity::Low);
        if (auto logged = m_log.append(e); !logged)
            return logged.error();
        return {};
    });
    if (!disabled)
        return failUserEvent(*user, EventType::TwoFactorDisabled, context, metadata, disabled.error());
    Q_EMIT statusChanged(userId);
    return {};
}

Result<TwoFactorStatus> TwoFactorService::status(qint64 userId) const
{
    auto user = loadUser(userId);
    if (!user)
        return user.error();
    auto row = loadSecret(userId);
    if (!row)
        return row.error();
    TwoFactorStatus result;
    if (*row) {
        result.enrolled = true;
        result.enabled = (*row)->enabled;
        result.enabledAtMs = (*row)->enabledAtMs;
    }
    auto left = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM backup_codes WHERE user_id = ? AND used_at IS NULL"), {userId});
    if (!left)
        return left.error();
    result.backupCodesLeft = left->next() ? left->value(0).toInt() : 0;
    return result;
}

Result<int> TwoFactorService::rotateKey(const Actor& actor)
{
    auto previous = m_keys.currentKey();
    if (!previous)
        return previous.error();
    auto fresh = m_keys.createKey();
    if (!fresh)
        return fresh.error();
    QJsonObject metadata{{QStringLiteral("previous_key_id"), previous->id},
                         {QStringLiteral("new_key_id"), fresh->id}};
    int resealed = 0;
    const Status rotated = m_db.transaction([&]() -> Status {
        // Nobody may enroll with the old key or change a secret while the
        // rows are re-sealed (SQLite serialises writers by itself).
        if (m_db.isPostgres()) {
            if (auto locked =
                    m_db.exec(QStringLiteral("LOCK TABLE totp_secrets IN SHARE ROW EXCLUSIVE MODE"));
                !locked)
                return locked.error();
        }
        auto query = m_db.exec(
            QStringLiteral("SELECT user_id, sealed_secret, key_id FROM totp_secrets ORDER BY user_id"));
        if (!query)
            return query.error();
        struct Row {
            qint64 userId;
            SecretRow secret;
        };
        QList<Row> rows;
        while (query->next()) {
            Row row{query->value(0).toLongLong(), {}};
            row.secret.sealed = query->value(1).toByteArray();
            row.secret.keyId = query->value(2).toString();
            rows.append(row);
        }
        for (const Row& row : rows) {
            auto secret = openSecret(row.userId, row.secret);
            if (!secret)
                return secret.error();
            auto sealed = AeadCipher::seal(fresh->bytes, *secret, associatedData(row.userId));
            if (!sealed)
                return sealed.error();
            if (auto updated = m_db.exec(
                    QStringLiteral("UPDATE totp_secrets SET sealed_secret = ?, key_id = ? WHERE user_id = ?"),
                    {*sealed, fresh->id, row.userId});
                !updated)
                return updated.error();
            ++resealed;
        }
        metadata.insert(QStringLiteral("reencrypted"), resealed);
        auto logged = m_audit.record(actor, EventType::KeyRotated, metadata);
        if (!logged)
            return logged.error();
        return {};
    });
    if (!rotated) {
        // Nothing was committed, so no row uses the new key: drop it and keep the old one current.
        (void)m_keys.discardKey(fresh->id);
        (void)m_audit.recordRefusal(actor, EventType::KeyRotated, metadata, rotated.error());
        return rotated.error();
    }
    // After the commit: if this failed, new secrets would still be sealed with
    // the old key, which stays in the store, so every row keeps opening.
    if (const Status current = m_keys.makeCurrent(fresh->id); !current)
        return current.error();
    return resealed;
}

} // namespace nova
