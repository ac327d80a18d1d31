#pragma once

#include "Clock.h"
#include "Result.h"
#include "rbac/Actor.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <functional>

namespace nova {

class AdminAudit;
class Database;
class PermissionService;
class RoleService;

// Called after every batch of log entries or alerts read; returning false
// cancels the export (Error "export.cancelled"). `total` counts candidate
// rows, so done reaches it at the end.
using PersonalDataProgress = std::function<bool(qint64 done, qint64 total)>;

struct PersonalDataFiles {
    QString jsonPath;
    QString htmlPath;
    qint64 logEntries = 0;
    qint64 alerts = 0;
};

// The data-protection export ("right of access"): everything Nova Admin
// stores about one user, as a JSON document and an HTML summary.
//
// Secrets stay out: no password hash, no sealed TOTP secret, key id or
// nonce, no backup-code or SMS-code digest; for those the document says only
// whether they are set and how many codes remain. The security log and the
// alerts are read in batches (PersonalDataLogReader), so a large log is never
// loaded at once.
//
// Exporting is an administrative action on personal data: exportTo() needs
// users:read and security_log:read (a refusal is logged as
// unauthorized_access by PermissionService), and a completed export is
// recorded as export_data and announced as a sensitive action; a failed or
// cancelled one is recorded as refused.
class PersonalDataExporter {
public:
    static constexpr int kFormatVersion = 1;
    static inline const QString kFormat = QStringLiteral("nova-admin-personal-data");

    PersonalDataExporter(const Database& db, RoleService& roles, const PermissionService& permissions,
                         AdminAudit& audit, const Clock& clock);

    // The JSON document, without checking permissions or recording anything.
    Result<QJsonObject> collect(qint64 userId, const PersonalDataProgress& progress = {}) const;

    // Writes <stem>-personal-data.json (indented UTF-8) and
    // <stem>-personal-data.html into `folder` (created when missing), each
    // through a QSaveFile with owner-only permissions: both or neither.
    static Result<PersonalDataFiles> write(const QString& folder, const QJsonObject& document,
                                           const QLocale& locale);

    // Authorises, collects, writes and records the export. `endpoint` names
    // the screen or command for a refusal's log entry.
    Result<PersonalDataFiles> exportTo(qint64 userId, const QString& folder, const Actor& actor,
                                       const QLocale& locale, const QString& endpoint,
                                       const PersonalDataProgress& progress = {});

    // The user name made safe as a file name: letters, digits, '.', '_' and
    // '-' kept, anything else (a '/' among them) replaced, no leading dot, at
    // most 64 characters; "user-<id>" when nothing is left.
    static QString fileStem(const QString& username, qint64 userId);

private:
    Result<QJsonObject> account(qint64 userId) const;
    Result<QJsonObject> access(qint64 userId, const QString& role) const;
    Result<QJsonObject> twoFactor(qint64 userId, bool phoneOnFile) const;

    const Database& m_db;
    RoleService& m_roles;
    const PermissionService& m_permissions;
    AdminAudit& m_audit;
    const Clock& m_clock;
};

} // namespace nova
