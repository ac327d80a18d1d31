#include "PersonalDataExporter.h"

#include "Bidi.h"
#include "privacy/PersonalDataLogReader.h"
#include "privacy/PersonalDataSummary.h"
#include "rbac/AdminAudit.h"
#include "rbac/PermissionService.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityEvent.h"
#include "storage/Database.h"
#include "users/UserRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QVariant>

#include <optional>

namespace nova {

namespace {

constexpr int kMaxStem = 64;

QJsonValue isoTime(const QVariant& msecs)
{
    if (msecs.isNull())
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue text(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

std::optional<qint64> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QJsonArray permissionNames(const QList<Permission>& permissions)
{
    QJsonArray names;
    for (const Permission& permission : permissions)
        names.append(permission.toString());
    return names;
}

Error fileError(const QString& path, const QString& reason)
{
    //: %1 is a file path, %2 the system's reason
    return Error{QStringLiteral("export.write"),
                 QCoreApplication::translate("nova::PersonalDataExporter", "Cannot write %1: %2")
                     .arg(leftToRight(QDir::toNativeSeparators(path)), reason)};
}

// Personal data: readable by the owner only, from the first byte on.
Status openPrivate(QSaveFile& file)
{
    // QSaveFile would write through a link to wherever it points.
    if (QFileInfo(file.fileName()).isSymLink())
        return fileError(file.fileName(),
                         QCoreApplication::translate("nova::PersonalDataExporter", "it is a symbolic link"));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fileError(file.fileName(), file.errorString());
    return {};
}

Status writeAll(QSaveFile& file, const QByteArray& bytes)
{
    if (file.write(bytes) != bytes.size())
        return fileError(file.fileName(), file.errorString());
    return {};
}

} // namespace

PersonalDataExporter::PersonalDataExporter(const Database& db, RoleService& roles,
                                           const PermissionService& permissions, AdminAudit& audit,
                                           const Clock& clock)
    : m_db(db)
    , m_roles(roles)
    , m_permissions(permissions)
    , m_audit(audit)
    , m_clock(clock)
{}

QString PersonalDataExporter::fileStem(const QString& username, qint64 userId)
{
    QString stem;
    stem.reserve(username.size());
    for (const QChar c : username) {
        const bool kept = c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('.') ||
                          c == QLatin1Char('_') || c == QLatin1Char('-');
        stem.append(kept ? c : QLatin1Char('_'));
    }
    // No hidden file, and nothing that reads as "." or "..".
    while (stem.startsWith(QLatin1Char('.')))
        stem.remove(0, 1);
    stem.truncate(kMaxStem);
    if (stem.isEmpty())
        return QStringLiteral("user-%1").arg(userId);
    return stem;
}

Result<QJsonObject> PersonalDataExporter::account(qint64 userId) const
{
    // Every column but password_hash, named one by one so a column added
    // later is never exported before someone decides it may be.
    auto q = m_db.exec(QStringLiteral("SELECT id, username, email, display_name, phone, role, status,"
                                      " failed_logins, locked_until, last_login_at, password_changed_at,"
                                      " created_at, updated_at FROM users WHERE id = ?"),
                       {userId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("user.not_found"),
                     QCoreApplication::translate("nova::PersonalDataExporter", "No such user.")};
    const QString stored = q->value(6).toString();
    const std::optional<qint64> lockedUntil = optionalInt(q->value(8));
    const UserStatus effective = UserRepository::effectiveStatus(stored, lockedUntil, m_clock.nowMSecs());
    return QJsonObject{
        {QStringLiteral("id"), q->value(0).toLongLong()},
        {QStringLiteral("username"), q->value(1).toString()},
        {QStringLiteral("email"), text(q->value(2))},
        {QStringLiteral("display_name"), text(q->value(3))},
        {QStringLiteral("phone"), text(q->value(4))},
        {QStringLiteral("role"), q->value(5).toString()},
        {QStringLiteral("status"), stored},
        {QStringLiteral("effective_status"), UserStatusText::toString(effective)},
        {QStringLiteral("locked"), effective == UserStatus::Locked},
        {QStringLiteral("locked_until"), isoTime(q->value(8))},
        {QStringLiteral("failed_logins"), q->value(7).toInt()},
        {QStringLiteral("last_sign_in_at"), isoTime(q->value(9))},
        {QStringLiteral("password_changed_at"), isoTime(q->value(10))},
        {QStringLiteral("created_at"), isoTime(q->value(11))},
        {QStringLiteral("updated_at"), isoTime(q->value(12))},
    };
}

Result<QJsonObject> PersonalDataExporter::access(qint64 userId, const QString& roleName) const
{
    QJsonObject access{{QStringLiteral("role"), roleName}};
    auto role = m_roles.role(roleName);
    if (!role && role.error().code != QLatin1String("role.not_found"))
        return role.error();
    access.insert(QStringLiteral("role_known"), role.ok());
    access.insert(QStringLiteral("role_description"), role ? role->description : QString());
    access.insert(QStringLiteral("role_permissions"), role ? permissionNames(role->grants) : QJsonArray());

    auto grants = m_roles.userGrants(userId);
    if (!grants)
        return grants.error();
    const qint64 now = m_clock.nowMSecs();
    QJsonArray personal;
    for (const UserGrant& grant : *grants) {
        personal.append(QJsonObject{
            {QStringLiteral("permission"), grant.permission.toString()},
            {QStringLiteral("granted_at"), isoTime(grant.createdAtMs)},
            {QStringLiteral("granted_by"),
             grant.grantedBy ? QJsonValue(*grant.grantedBy) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("expires_at"),
             grant.expiresAtMs ? isoTime(*grant.expiresAtMs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("expired"), grant.expiresAtMs && *grant.expiresAtMs <= now},
        });
    }
    access.insert(QStringLiteral("personal_grants"), personal);

    auto effective = m_permissions.effectivePermissions(userId);
    if (!effective)
        return effective.error();
    access.insert(QStringLiteral("effective_permissions"), permissionNames(*effective));

    auto owned = m_db.exec(QStringLiteral("SELECT resource_type, resource_id FROM resource_owners"
                                          " WHERE user_id = ? ORDER BY resource_type, resource_id"),
                           {userId});
    if (!owned)
        return owned.error();
    QJsonArray resources;
    while (owned->next())
        resources.append(QJsonObject{{QStringLiteral("type"), owned->value(0).toString()},
                                     {QStringLiteral("id"), owned->value(1).toString()}});
    access.insert(QStringLiteral("owned_resources"), resources);
    return access;
}

Result<QJsonObject> PersonalDataExporter::twoFactor(qint64 userId, bool phoneOnFile) const
{
    // Only facts about the secrets: the sealed secret, its key id and the
    // code digests are never selected.
    auto totp = m_db.exec(QStringLiteral("SELECT enabled, enabled_at, created_at, algorithm, digits, period"
                                         " FROM totp_secrets WHERE user_id = ?"),
                          {userId});
    if (!totp)
        return totp.error();
    QJsonObject totpJson{{QStringLiteral("enrolled"), false},
                         {QStringLiteral("enabled"), false},
                         {QStringLiteral("enrolled_at"), QJsonValue::Null},
                         {QStringLiteral("enabled_at"), QJsonValue::Null}};
    if (totp->next()) {
        totpJson = QJsonObject{{QStringLiteral("enrolled"), true},
                               {QStringLiteral("enabled"), totp->value(0).toInt() != 0},
                               {QStringLiteral("enabled_at"), isoTime(totp->value(1))},
                               {QStringLiteral("enrolled_at"), isoTime(totp->value(2))},
                               {QStringLiteral("algorithm"), totp->value(3).toString()},
                               {QStringLiteral("digits"), totp->value(4).toInt()},
                               {QStringLiteral("period"), totp->value(5).toInt()}};
    }

    auto backup = m_db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN used_at IS NULL THEN 1"
                                           " ELSE 0 END), 0) FROM backup_codes WHERE user_id = ?"),
                            {userId});
    if (!backup)
        return backup.error();
    const qint64 codes = backup->next() ? backup->value(0).toLongLong() : 0;
    const qint64 unused = backup->value(1).toLongLong();

    auto sms = m_db.exec(QStringLiteral("SELECT COUNT(*), MAX(created_at) FROM sms_codes WHERE user_id = ?"),
                         {userId});
    if (!sms)
        return sms.error();
    const bool smsRow = sms->next();
    return QJsonObject{
        {QStringLiteral("totp"), totpJson},
        {QStringLiteral("backup_codes"),
         QJsonObject{{QStringLiteral("remaining"), unused}, {QStringLiteral("used"), codes - unused}}},
        {QStringLiteral("sms"),
         QJsonObject{{QStringLiteral("phone_on_file"), phoneOnFile},
                     {QStringLiteral("codes_sent"), smsRow ? sms->value(0).toLongLong() : 0},
                     {QStringLiteral("last_code_sent_at"), smsRow ? isoTime(sms->value(1)) : QJsonValue()}}},
    };
}

Result<QJsonObject> PersonalDataExporter::collect(qint64 userId, const PersonalDataProgress& progress) const
{
    auto accountJson = account(userId);
    if (!accountJson)
        return accountJson.error();
    const PersonalDataSubject who{userId, accountJson->value(QStringLiteral("username")).toString()};
    auto accessJson = access(userId, accountJson->value(QStringLiteral("role")).toString());
    if (!accessJson)
        return accessJson.error();
    auto twoFactorJson = twoFactor(userId, !accountJson->value(QStringLiteral("phone")).toString().isEmpty());
    if (!twoFactorJson)
        return twoFactorJson.error();

    const PersonalDataLogReader reader(m_db);
    // Fixed upper bounds: what is written during the export (its own audit
    // entry and alert among it) is not part of it.
    const auto upToId = reader.lastLogId();
    if (!upToId)
        return upToId.error();
    const auto upToSeq = reader.lastAlertSeq();
    if (!upToSeq)
        return upToSeq.error();
    qint64 logTotal = 0;
    qint64 total = 0;
    if (progress) {
        const auto logCandidates = reader.countLogCandidates(who, *upToId);
        if (!logCandidates)
            return logCandidates.error();
        const auto alertCandidates = reader.countAlertCandidates(who, *upToSeq);
        if (!alertCandidates)
            return alertCandidates.error();
        logTotal = *logCandidates;
        total = logTotal + *alertCandidates;
    }
    const auto report = [&](qint64 done) { return !progress || progress(done, total); };
    auto entries = reader.logEntries(who, *upToId, report);
    if (!entries)
        return entries.error();
    auto alerts = reader.alerts(who, *upToSeq, [&](qint64 read) { return report(logTotal + read); });
    if (!alerts)
        return alerts.error();

    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("generated_at"), isoTime(m_clock.nowMSecs())},
        {QStringLiteral("generated_by"), QStringLiteral("Nova Admin")},
        {QStringLiteral("account"), *accountJson},
        {QStringLiteral("access"), *accessJson},
        {QStringLiteral("two_factor"), *twoFactorJson},
        {QStringLiteral("security_log"),
         QJsonObject{{QStringLiteral("count"), entries->size()}, {QStringLiteral("entries"), *entries}}},
        {QStringLiteral("alerts"),
         QJsonObject{{QStringLiteral("count"), alerts->size()}, {QStringLiteral("items"), *alerts}}},
    };
}

Result<PersonalDataFiles> PersonalDataExporter::write(const QString& folder, const QJsonObject& document,
                                                      const QLocale& locale)
{
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("export.folder"),
                     //: %1 is a folder path
                     QCoreApplication::translate("nova::PersonalDataExporter", "Cannot create the folder %1.")
                         .arg(leftToRight(QDir::toNativeSeparators(folder)))};
    const QJsonObject account = document.value(QStringLiteral("account")).toObject();
    const QString stem = fileStem(account.value(QStringLiteral("username")).toString(),
                                  account.value(QStringLiteral("id")).toInteger());
    const QDir dir(folder);
    PersonalDataFiles files;
    files.jsonPath = dir.absoluteFilePath(stem + QStringLiteral("-personal-data.json"));
    files.htmlPath = dir.absoluteFilePath(stem + QStringLiteral("-personal-data.html"));
    files.logEntries =
        document.value(QStringLiteral("security_log")).toObject().value(QStringLiteral("count")).toInteger();
    files.alerts =
        document.value(QStringLiteral("alerts")).toObject().value(QStringLiteral("count")).toInteger();

    QSaveFile json(files.jsonPath);
    QSaveFile html(files.htmlPath);
    for (const Status& step : {openPrivate(json), openPrivate(html)}) {
        if (!step)
            return step.error();
    }
    if (const Status written = writeAll(json, QJsonDocument(document).toJson(QJsonDocument::Indented));
        !written)
        return written.error();
    if (const Status written = writeAll(html, PersonalDataSummary::html(document, locale)); !written)
        return written.error();
    if (!json.commit())
        return fileError(files.jsonPath, json.errorString());
    if (!html.commit()) {
        // Both files or neither: the summary alone would look complete.
        QFile::remove(files.jsonPath);
        return fileError(files.htmlPath, html.errorString());
    }
    return files;
}

Result<PersonalDataFiles> PersonalDataExporter::exportTo(qint64 userId, const QString& folder,
                                                         const Actor& actor, const QLocale& locale,
                                                         const QString& endpoint,
                                                         const PersonalDataProgress& progress)
{
    for (const QString& feature : {QStringLiteral("users"), QStringLiteral("security_log")}) {
        if (const Status allowed =
                m_permissions.authorize(actor, Permission{feature, Permission::kRead}, endpoint);
            !allowed)
            return allowed.error();
    }
    QJsonObject metadata{{QStringLiteral("what"), QStringLiteral("personal_data")},
                         {QStringLiteral("user_id"), userId}};
    const auto refuse = [&](const Error& why) -> Error {
        if (const Status logged = m_audit.recordRefusal(actor, EventType::ExportData, metadata, why); !logged)
            qWarning("refused personal-data export not logged: %s", qPrintable(logged.errorMessage()));
        return why;
    };
    const auto document = collect(userId, progress);
    if (!document)
        return refuse(document.error());
    metadata.insert(QStringLiteral("target"),
                    document->value(QStringLiteral("account")).toObject().value(QStringLiteral("username")));
    auto files = write(folder, *document, locale);
    if (!files)
        return refuse(files.error());
    // File names only: the folder may name a person too.
    metadata.insert(QStringLiteral("entries"), files->logEntries);
    metadata.insert(QStringLiteral("alerts"), files->alerts);
    metadata.insert(QStringLiteral("files"),
                    QJsonArray{QFileInfo(files->jsonPath).fileName(), QFileInfo(files->htmlPath).fileName()});
    const auto recorded = m_audit.record(actor, EventType::ExportData, metadata);
    if (!recorded) {
        // An export that is not on record must not leave personal data behind.
        QFile::remove(files->jsonPath);
        QFile::remove(files->htmlPath);
        return recorded.error();
    }
    m_audit.announce(*recorded);
    return files;
}

} // namespace nova
