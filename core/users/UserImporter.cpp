#include "UserImporter.h"

#include "Bidi.h"
#include "crypto/PasswordHasher.h"
#include "rbac/AdminAudit.h"
#include "securitylog/SecurityEvent.h"
#include "storage/Database.h"
#include "users/UserRepository.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace nova {

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

Error error(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

// One user as read from the file, before validation.
struct Row {
    int line = 0;
    QString username;
    QString email;
    QString role;
    QString passwordHash;
    QString displayName;
    QString phone;
    QString status;
    QStringList problems; // found while reading (wrong types, a plain password)
};

struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// RFC 4180: comma-separated, fields optionally in double quotes with "" for
// a quote; quoted fields may hold commas and line breaks; CRLF or LF.
Result<QList<CsvRecord>> parseCsv(const QString& text)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    int line = 1;
    record.line = 1;
    const auto endField = [&]() {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&]() {
        endField();
        // Blank lines are not records.
        if (recordHasContent || record.fields.size() > 1)
            records.append(record);
        record = CsvRecord{};
        record.line = line;
        recordHasContent = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                return error("import.csv",
                             QCoreApplication::translate("nova::UserImporter",
                                                         "Line %L1: a quote in the middle of a "
                                                         "field; quote the whole field and double "
                                                         "the quotes inside it.")
                                 .arg(line));
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
        } else if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            if (fieldWasQuoted)
                return error("import.csv", QCoreApplication::translate(
                                               "nova::UserImporter", "Line %L1: text after a closing quote.")
                                               .arg(line));
            field += c;
            if (!c.isSpace())
                recordHasContent = true;
        }
    }
    if (inQuotes)
        return error("import.csv", QCoreApplication::translate("nova::UserImporter",
                                                               "Line %L1: a quoted field is never closed.")
                                       .arg(record.line));
    endRecord();
    return records;
}

const QStringList& requiredColumns()
{
    static const QStringList columns{QStringLiteral("username"), QStringLiteral("email"),
                                     QStringLiteral("role"), QStringLiteral("password_hash")};
    return columns;
}

const QStringList& optionalColumns()
{
    static const QStringList columns{QStringLiteral("display_name"), QStringLiteral("phone"),
                                     QStringLiteral("status")};
    return columns;
}

Error plainPasswordColumn()
{
    return error(
        "import.plain_password",
        QCoreApplication::translate("nova::UserImporter",
                                    "The file has a plain \"password\" column. Nova Admin imports only "
                                    "password hashes (bcrypt or Argon2id); plain passwords are refused."));
}

Result<QList<Row>> rowsFromCsv(const QString& text)
{
    auto records = parseCsv(text);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return error("import.empty", QCoreApplication::translate("nova::UserImporter", "The file is empty."));
    const CsvRecord header = records->takeFirst();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name == QLatin1String("password"))
            return plainPasswordColumn();
        if (!requiredColumns().contains(name) && !optionalColumns().contains(name))
            return error(
                "import.columns",
                QCoreApplication::translate("nova::UserImporter",
                                            "Unknown column \"%1\" in the header. Columns: %2.")
                    .arg(leftToRight(name),
                         leftToRight((requiredColumns() + optionalColumns()).join(QStringLiteral(", ")))));
        if (index.contains(name))
            return error("import.columns",
                         QCoreApplication::translate("nova::UserImporter", "The column \"%1\" appears twice.")
                             .arg(leftToRight(name)));
        index.insert(name, i);
    }
    QStringList missing;
    for (const QString& name : requiredColumns()) {
        if (!index.contains(name))
            missing.append(name);
    }
    if (!missing.isEmpty())
        return error("import.columns",
                     //: %1 lists the missing column names
                     QCoreApplication::translate("nova::UserImporter", "The header lacks %Ln column(s): %1.",
                                                 nullptr, int(missing.size()))
                         .arg(leftToRight(missing.join(QStringLiteral(", ")))));

    QList<Row> rows;
    for (const CsvRecord& record : std::as_const(*records)) {
        Row row;
        row.line = record.line;
        if (record.fields.size() != header.fields.size())
            row.problems.append(QCoreApplication::translate("nova::UserImporter",
                                                            "The row has %Ln field(s); the header has %L1.",
                                                            nullptr, int(record.fields.size()))
                                    .arg(header.fields.size()));
        const auto field = [&](const QString& name) {
            const qsizetype i = index.value(name, -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
        };
        row.username = field(QStringLiteral("username"));
        row.email = field(QStringLiteral("email"));
        row.role = field(QStringLiteral("role"));
        row.passwordHash = field(QStringLiteral("password_hash"));
        row.displayName = field(QStringLiteral("display_name"));
        row.phone = field(QStringLiteral("phone"));
        row.status = field(QStringLiteral("status"));
        rows.append(row);
    }
    return rows;
}

// The 1-based line on which each element of the users array starts:
// QJsonDocument does not report positions, so the text is scanned once.
QList<int> elementLines(const QByteArray& json, bool wrapped)
{
    QList<int> lines;
    int depth = 0;
    int line = 1;
    int target = -1;
    bool done = false;
    bool inString = false;
    bool escaped = false;
    bool expecting = false;
    QByteArray current;
    QByteArray lastKey;
    for (const char c : json) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastKey = current;
            } else
                current += c;
            continue;
        }
        const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
        if (expecting && depth == target && !space && c != ']') {
            lines.append(line);
            expecting = false;
        }
        if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '[' || c == '{') {
            ++depth;
            if (c == '[' && !done && target < 0 &&
                ((!wrapped && depth == 1) || (wrapped && depth == 2 && lastKey == "users"))) {
                target = depth;
                expecting = true;
            }
        } else if (c == ']' || c == '}') {
            if (c == ']' && depth == target) {
                done = true;
                target = -1;
            }
            --depth;
        } else if (c == ',' && depth == target) {
            expecting = true;
        }
    }
    return lines;
}

int lineAt(const QByteArray& data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

Result<QList<Row>> rowsFromJson(const QByteArray& data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error("import.json",
                     QCoreApplication::translate("nova::UserImporter", "Line %L1: invalid JSON (%2).")
                         .arg(lineAt(data, parseError.offset))
                         .arg(parseError.errorString()));
    QJsonArray array;
    bool wrapped = false;
    if (document.isArray()) {
        array = document.array();
    } else if (document.isObject() && document.object().value(QStringLiteral("users")).isArray()) {
        array = document.object().value(QStringLiteral("users")).toArray();
        wrapped = true;
    } else {
        return error(
            "import.json_shape",
            QCoreApplication::translate("nova::UserImporter",
                                        "The JSON must be an array of users or an object with a \"users\" "
                                        "array."));
    }
    const QList<int> lines = elementLines(data, wrapped);
    QList<Row> rows;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Row row;
        row.line = i < lines.size() ? lines.at(i) : 0;
        if (!array.at(i).isObject()) {
            row.problems.append(
                QCoreApplication::translate("nova::UserImporter", "The entry is not a JSON object."));
            rows.append(row);
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        // snake_case as in the CSV, camelCase as Nova CRM exports it.
        const auto text = [&](std::initializer_list<const char*> keys) {
            for (const char* key : keys) {
                const QJsonValue value = object.value(QLatin1String(key));
                if (value.isUndefined() || value.isNull())
                    continue;
                if (!value.isString()) {
                    row.problems.append(
                        QCoreApplication::translate("nova::UserImporter", "\"%1\" must be a string.")
                            .arg(leftToRight(QLatin1String(key))));
                    return QString();
                }
                return value.toString().trimmed();
            }
            return QString();
        };
        row.username = text({"username", "userName"});
        row.email = text({"email"});
        row.role = text({"role"});
        row.passwordHash = text({"password_hash", "passwordHash"});
        row.displayName = text({"display_name", "displayName", "name"});
        row.phone = text({"phone"});
        row.status = text({"status"});
        const QJsonValue plain = object.value(QStringLiteral("password"));
        if (!plain.isUndefined() && !plain.isNull())
            row.problems.append(QCoreApplication::translate(
                "nova::UserImporter", "The entry has a plain \"password\"; only password hashes "
                                      "are imported."));
        rows.append(row);
    }
    return rows;
}

QString hashProblem(const QString& hash)
{
    if (hash.isEmpty())
        return QCoreApplication::translate("nova::UserImporter", "The password hash is missing.");
    if (UserImporter::isWellFormedBcrypt(hash) || PasswordHasher::isArgon2id(hash))
        return {};
    if (hash.startsWith(QLatin1String("$2")))
        //: %1, %2 and %3 are the bcrypt prefixes $2a$, $2b$ and $2y$
        return QCoreApplication::translate(
                   "nova::UserImporter",
                   "The bcrypt hash is malformed (expected %1, %2 or %3, a cost from 04 "
                   "to 31 and 60 characters in all).")
            .arg(leftToRight(QStringLiteral("$2a$")), leftToRight(QStringLiteral("$2b$")),
                 leftToRight(QStringLiteral("$2y$")));
    if (hash.startsWith(QLatin1Char('$')))
        return QCoreApplication::translate(
            "nova::UserImporter", "Unsupported password hash: only bcrypt and Argon2id hashes are imported.");
    return QCoreApplication::translate(
        "nova::UserImporter", "The password_hash field does not hold a hash; plain passwords are not "
                              "imported.");
}

} // namespace

UserImporter::UserImporter(const Database& db, UserRepository& users, AdminAudit& audit)
    : m_db(db)
    , m_users(users)
    , m_audit(audit)
{}

bool UserImporter::isWellFormedBcrypt(const QString& hash)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\$2[aby]\$(0[4-9]|[12][0-9]|3[01])\$[./A-Za-z0-9]{53}$)"));
    return pattern.match(hash).hasMatch();
}

Result<ImportReport> UserImporter::importFile(const QString& path, const ImportOptions& options,
                                              const Actor& actor, Format format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error("import.read", QCoreApplication::translate("nova::UserImporter", "Cannot read %1: %2.")
                                        .arg(leftToRight(path), file.errorString()));
    if (file.size() > kMaxFileBytes)
        return error("import.too_large",
                     //: %1 is a number of megabytes, %2 a file path
                     QCoreApplication::translate("nova::UserImporter", "%2 is larger than %L1 MB.")
                         .arg(kMaxFileBytes / (1024 * 1024))
                         .arg(leftToRight(path)));
    if (format == Format::Auto) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("csv"))
            format = Format::Csv;
        else if (suffix == QLatin1String("json"))
            format = Format::Json;
    }
    return importData(file.readAll(), format, options, actor);
}

Result<ImportReport> UserImporter::importData(const QByteArray& raw, Format format,
                                              const ImportOptions& options, const Actor& actor)
{
    QByteArray data = raw;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data);
    if (decoder.hasError())
        return error("import.encoding",
                     QCoreApplication::translate("nova::UserImporter", "The file is not valid UTF-8 text."));
    if (format == Format::Auto) {
        const QString start = text.trimmed().left(1);
        format = start == QLatin1String("[") || start == QLatin1String("{") ? Format::Json : Format::Csv;
    }
    auto parsed = format == Format::Json ? rowsFromJson(data) : rowsFromCsv(text);
    if (!parsed)
        return parsed.error();
    const QList<Row>& rows = *parsed;

    ImportReport report;
    report.dryRun = options.dryRun;
    QHash<QString, bool> knownRoles;
    QHash<QString, int> seen; // lower-case username -> line
    QList<UserRecord> toCreate;
    int skipped = 0;
    for (const Row& row : rows) {
        QStringList problems = row.problems;
        const auto check = [&](const Status& status) {
            if (!status)
                problems.append(status.errorMessage());
        };
        check(UserService::validateUsername(row.username));
        check(UserService::validateEmail(row.email));
        check(UserService::validateDisplayName(row.displayName));
        check(UserService::validatePhone(row.phone));
        if (const QString problem = hashProblem(row.passwordHash); !problem.isEmpty())
            problems.append(problem);

        UserStatus status = UserStatus::Active;
        if (!row.status.isEmpty()) {
            const auto parsedStatus = UserStatusText::fromString(row.status);
            if (!parsedStatus || *parsedStatus == UserStatus::Locked)
                //: "active" and "disabled" are the values the file may hold; keep them in English
                problems.append(QCoreApplication::translate("nova::UserImporter",
                                                            "Unknown status \"%1\" (active or disabled).")
                                    .arg(leftToRight(row.status)));
            else
                status = *parsedStatus;
        }

        if (row.role.isEmpty()) {
            problems.append(QCoreApplication::translate("nova::UserImporter", "The role is missing."));
        } else {
            if (!knownRoles.contains(row.role)) {
                auto exists = m_users.roleExists(row.role);
                if (!exists)
                    return exists.error();
                knownRoles.insert(row.role, *exists);
            }
            if (!knownRoles.value(row.role))
                problems.append(QCoreApplication::translate("nova::UserImporter", "There is no role \"%1\".")
                                    .arg(leftToRight(row.role)));
        }

        bool skip = false;
        const QString key = row.username.toLower();
        if (!row.username.isEmpty()) {
            if (seen.contains(key)) {
                //: %1 is a line number of the file, %2 a user name
                problems.append(QCoreApplication::translate(
                                    "nova::UserImporter", "The username \"%2\" already appears on line %L1.")
                                    .arg(seen.value(key))
                                    .arg(isolated(row.username)));
            } else {
                seen.insert(key, row.line);
                auto existing = m_users.byName(row.username);
                if (existing) {
                    if (options.existing == ImportOptions::Existing::Skip)
                        skip = true;
                    else
                        problems.append(QCoreApplication::translate("nova::UserImporter",
                                                                    "The user \"%1\" already exists.")
                                            .arg(isolated(row.username)));
                } else if (existing.error().code != QLatin1String("user.not_found")) {
                    return existing.error();
                }
            }
        }

        for (const QString& problem : std::as_const(problems))
            report.errors.append(ImportRowError{row.line, problem});
        if (!problems.isEmpty())
            continue;
        if (skip) {
            ++skipped;
            continue;
        }
        toCreate.append(UserRecord{row.username, row.email, row.displayName, row.phone, row.role, status,
                                   row.passwordHash});
    }

    if (!report.errors.isEmpty())
        return report;
    report.skipped = skipped;
    report.created = int(toCreate.size());
    if (options.dryRun || toCreate.isEmpty())
        return report;

    std::optional<SecurityLogEntry> entry;
    const Status done = m_db.transaction([&]() -> Status {
        QJsonArray names;
        for (const UserRecord& record : std::as_const(toCreate)) {
            auto inserted = m_users.insert(record);
            if (!inserted)
                return Error{inserted.error().code,
                             //: %1 is a user name, %2 the reason the user could not be created
                             QCoreApplication::translate("nova::UserImporter", "User \"%1\": %2")
                                 .arg(isolated(record.username), inserted.errorMessage())};
            names.append(record.username);
        }
        const QJsonObject metadata{{QStringLiteral("created"), report.created},
                                   {QStringLiteral("skipped"), report.skipped},
                                   {QStringLiteral("format"),
                                    format == Format::Json ? QStringLiteral("json") : QStringLiteral("csv")},
                                   {QStringLiteral("usernames"), names}};
        auto logged = m_audit.record(actor, EventType::ImportUsers, metadata);
        if (!logged)
            return logged.error();
        entry = *logged;
        return {};
    });
    if (!done)
        return done.error();
    m_audit.announce(*entry);
    return report;
}

} // namespace nova
