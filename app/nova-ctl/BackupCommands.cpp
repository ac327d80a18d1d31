#include "Bidi.h"
#include "CommandContext.h"
#include "Commands.h"
#include "JsonFormat.h"
#include "ServiceHub.h"
#include "backup/DatabaseBackup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace nova::ctl {

namespace {

const QString kPassphraseFile = QStringLiteral("passphrase-file");
const QString kPassphraseEnv = QStringLiteral("passphrase-env");

QList<QCommandLineOption> keyOptions()
{
    return {
        QCommandLineOption(kPassphraseFile,
                           Ctl::tr("Use the passphrase on the first line of this file (default: the backup "
                                   "key in the secret store)."),
                           Ctl::tr("FILE")),
        //: VAR is the placeholder of an environment variable's name
        QCommandLineOption(kPassphraseEnv, Ctl::tr("Use the passphrase in this environment variable."),
                           Ctl::tr("VAR"))};
}

QString shownPath(const QString& path)
{
    return leftToRight(QDir::toNativeSeparators(path));
}

QString shownTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

// The key the options name; the error is printed, and its exit code returned.
std::optional<BackupKey> keyFrom(CommandContext& ctx, int* exitCode)
{
    const bool fromFile = ctx.isSet(kPassphraseFile);
    const bool fromEnv = ctx.isSet(kPassphraseEnv);
    if (fromFile && fromEnv) {
        *exitCode = ctx.out().error(Ctl::tr("Give --passphrase-file or --passphrase-env, not both."), Usage);
        return std::nullopt;
    }
    if (fromEnv) {
        const QString name = ctx.value(kPassphraseEnv);
        const QString passphrase = qEnvironmentVariable(name.toLocal8Bit().constData());
        if (passphrase.isEmpty()) {
            //: %1 is the name of an environment variable
            *exitCode = ctx.out().error(
                Ctl::tr("The environment variable %1 is not set or is empty.").arg(leftToRight(name)), Usage);
            return std::nullopt;
        }
        return BackupKey::passphrase(passphrase);
    }
    if (fromFile) {
        QFile file(ctx.value(kPassphraseFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *exitCode = ctx.out().error(
                Ctl::tr("Cannot read %1: %2").arg(shownPath(file.fileName()), file.errorString()), Failure);
            return std::nullopt;
        }
        if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther))
            //: %1 is a file path; chmod 600 is a command to type as it is
            ctx.out().prompt(
                Ctl::tr("Warning: other users can read %1; chmod 600 it.").arg(shownPath(file.fileName())) +
                QLatin1Char('\n'));
        QString passphrase = QString::fromUtf8(file.readLine());
        while (passphrase.endsWith(QLatin1Char('\n')) || passphrase.endsWith(QLatin1Char('\r')))
            passphrase.chop(1);
        if (passphrase.isEmpty()) {
            //: %1 is a file path
            *exitCode = ctx.out().error(
                Ctl::tr("The passphrase file %1 is empty.").arg(shownPath(file.fileName())), Usage);
            return std::nullopt;
        }
        return BackupKey::passphrase(passphrase);
    }
    return BackupKey::storedKey();
}

// Wrong keys and bad files are refusals (exit 1), like a wrong password; a
// key of the other kind is a usage error with a hint.
int failWith(CommandContext& ctx, const Error& error)
{
    static const QSet<QString> refusals{
        QStringLiteral("rbac.denied"),          QStringLiteral("backup.wrong_passphrase"),
        QStringLiteral("backup.wrong_key"),     QStringLiteral("backup.damaged"),
        QStringLiteral("backup.truncated"),     QStringLiteral("backup.trailing_data"),
        QStringLiteral("backup.not_backup"),    QStringLiteral("backup.header_damaged"),
        QStringLiteral("backup.newer_format"),  QStringLiteral("backup.not_nova"),
        QStringLiteral("backup.newer_schema"),  QStringLiteral("backup.corrupt_database"),
        QStringLiteral("backup.no_stored_key"), QStringLiteral("backup.weak_passphrase")};
    if (error.code == QLatin1String(DatabaseBackup::kNeedsPassphrase))
        return ctx.out().error(error.message + QLatin1Char(' ') +
                                   Ctl::tr("Give it with --passphrase-file or --passphrase-env."),
                               Usage);
    if (error.code == QLatin1String(DatabaseBackup::kNeedsStoredKey))
        return ctx.out().error(error.message + QLatin1Char(' ') +
                                   Ctl::tr("Leave out --passphrase-file and --passphrase-env."),
                               Usage);
    return ctx.out().error(error.message, refusals.contains(error.code) ? Denied : Failure);
}

QString stageText(BackupStage stage)
{
    switch (stage) {
    case BackupStage::Snapshot:
        return Ctl::tr("Copying the database");
    case BackupStage::Encrypt:
        return Ctl::tr("Encrypting");
    case BackupStage::Decrypt:
        return Ctl::tr("Decrypting and checking every part");
    case BackupStage::Check:
        return Ctl::tr("Checking the database in the backup");
    case BackupStage::SafetyCopy:
        return Ctl::tr("Saving a safety copy of the current database");
    case BackupStage::Restore:
        return Ctl::tr("Restoring");
    }
    return {};
}

// Progress on stderr, a line per stage and per tenth, so a log of the run
// stays short and stdout stays parseable.
BackupProgress progressPrinter(CommandContext& ctx)
{
    struct Shown {
        std::optional<BackupStage> stage;
        int tenth = -1;
    };
    auto shown = std::make_shared<Shown>();
    return [&ctx, shown](BackupStage stage, qint64 done, qint64 total) {
        const int tenth = total > 0 ? static_cast<int>(done * 10 / total) : 0;
        if (shown->stage == stage && tenth == shown->tenth)
            return true;
        shown->stage = stage;
        shown->tenth = tenth;
        //: Progress on the terminal: %1 is what is being done, %2 the percentage done
        ctx.out().prompt(Ctl::tr("%1: %2%").arg(stageText(stage), QLocale().toString(tenth * 10)) +
                         QLatin1Char('\n'));
        return true;
    };
}

QJsonObject infoJson(const BackupInfo& info)
{
    return {{QStringLiteral("file"), info.file},
            {QStringLiteral("bytes"), info.fileBytes},
            {QStringLiteral("databaseBytes"), info.databaseBytes},
            {QStringLiteral("createdAt"), isoTime(info.createdAtMs)},
            {QStringLiteral("schemaVersion"), info.schemaVersion},
            {QStringLiteral("key"), BackupKey::kindName(info.keyKind)}};
}

int create(CommandContext& ctx)
{
    int exitCode = Ok;
    const auto key = keyFrom(ctx, &exitCode);
    if (!key)
        return exitCode;
    auto backup = DatabaseBackup::forHub(ctx.hub());
    auto made = backup->create(ctx.argument(0), *key, ctx.actor(), progressPrinter(ctx));
    if (!made)
        return failWith(ctx, made.error());
    if (ctx.json()) {
        ctx.out().json(infoJson(*made));
        return Ok;
    }
    //: %1 is a file path, %2 its size (e.g. 12 MB)
    ctx.out().line(Ctl::tr("Backup written to %1 (%2).")
                       .arg(shownPath(made->file), QLocale().formattedDataSize(made->fileBytes)));
    if (made->keyKind == BackupKeyKind::StoredKey)
        //: %1 is where keys are kept, e.g. keychain or file:/var/lib/nova-service/secrets
        ctx.out().line(Ctl::tr("It is encrypted with the backup key in the secret store (%1). Keep a copy of "
                               "that key elsewhere: without it the backup cannot be restored on another "
                               "computer.")
                           .arg(leftToRight(ctx.hub().secretsDescription())));
    return Ok;
}

int verify(CommandContext& ctx)
{
    int exitCode = Ok;
    const auto key = keyFrom(ctx, &exitCode);
    if (!key)
        return exitCode;
    auto backup = DatabaseBackup::forHub(ctx.hub());
    auto info = backup->verify(ctx.argument(0), *key, ctx.actor());
    if (!info)
        return failWith(ctx, info.error());
    if (ctx.json()) {
        QJsonObject object = infoJson(*info);
        object.insert(QStringLiteral("intact"), true);
        ctx.out().json(object);
        return Ok;
    }
    //: %1 is a file path, %2 a date and time, %3 a size (e.g. 12 MB), %4 a schema number
    ctx.out().line(Ctl::tr("%1 is intact: a Nova Admin database backed up %2, %3, schema %4.")
                       .arg(shownPath(info->file), shownTime(info->createdAtMs),
                            QLocale().formattedDataSize(info->databaseBytes),
                            QLocale().toString(info->schemaVersion)));
    return Ok;
}

int restore(CommandContext& ctx)
{
    if (!ctx.isSet(QStringLiteral("yes")))
        //: Keep --yes: it is typed as it is
        return ctx.out().error(
            Ctl::tr("backup restore replaces everything in the database with the backup's "
                    "content (a safety copy of the current database is kept beside it). Stop "
                    "nova-service first, then run the command again with --yes."),
            Usage);
    int exitCode = Ok;
    const auto key = keyFrom(ctx, &exitCode);
    if (!key)
        return exitCode;
    auto backup = DatabaseBackup::forHub(ctx.hub());
    auto restored = backup->restore(ctx.argument(0), *key, ctx.actor(), progressPrinter(ctx));
    if (!restored)
        return failWith(ctx, restored.error());
    if (ctx.json()) {
        QJsonObject object = infoJson(restored->backup);
        object.insert(QStringLiteral("safetyCopy"), restored->safetyCopy);
        ctx.out().json(object);
        return Ok;
    }
    //: %1 is a file path, %2 a date and time, %3 the safety copy's path
    ctx.out().line(Ctl::tr("Restored %1 (backed up %2). The database as it was before is in %3.")
                       .arg(shownPath(restored->backup.file), shownTime(restored->backup.createdAtMs),
                            shownPath(restored->safetyCopy)));
    ctx.out().line(Ctl::tr("Restart Nova Admin and nova-service so that they use the restored data."));
    return Ok;
}

int mark(CommandContext& ctx)
{
    auto backup = DatabaseBackup::forHub(ctx.hub());
    const QString note = ctx.value(QStringLiteral("note"));
    if (const Status marked = backup->markExternal(note, ctx.actor()); !marked)
        return failWith(ctx, marked.error());
    if (!ctx.json())
        ctx.out().line(Ctl::tr("Recorded a backup made outside Nova Admin."));
    else
        ctx.out().json(QJsonObject{{QStringLiteral("marked"), true}, {QStringLiteral("note"), note}});
    return Ok;
}

int status(CommandContext& ctx)
{
    auto backup = DatabaseBackup::forHub(ctx.hub());
    auto last = backup->lastBackup(ctx.actor());
    if (!last)
        return failWith(ctx, last.error());
    const bool overdue = BackupHistory::isOverdue(*last, ctx.hub().clock().nowMSecs());
    if (ctx.json()) {
        QJsonValue record;
        if (*last)
            record = QJsonObject{
                {QStringLiteral("at"), isoTime((*last)->atMs)}, {QStringLiteral("kind"), (*last)->kind},
                {QStringLiteral("file"), (*last)->file},        {QStringLiteral("bytes"), (*last)->sizeBytes},
                {QStringLiteral("note"), (*last)->note},        {QStringLiteral("by"), (*last)->by}};
        ctx.out().json(
            QJsonObject{{QStringLiteral("lastBackup"), record}, {QStringLiteral("overdue"), overdue}});
        return Ok;
    }
    if (!*last) {
        ctx.out().line(Ctl::tr("No backup has been recorded for this database."));
        return Ok;
    }
    const BackupRecord& record = **last;
    if (record.kind == BackupRecord::kExternal)
        //: %1 is a date and time, %2 a user name
        ctx.out().line(Ctl::tr("Last backup: %1, made outside Nova Admin (recorded by %2).")
                           .arg(shownTime(record.atMs), isolated(record.by)));
    else
        //: %1 is a date and time, %2 a file path, %3 a user name
        ctx.out().line(Ctl::tr("Last backup: %1, %2 (by %3).")
                           .arg(shownTime(record.atMs), shownPath(record.file), isolated(record.by)));
    if (!record.note.isEmpty())
        //: %1 is the note given with "backup mark"
        ctx.out().line(Ctl::tr("Note: %1").arg(isolated(record.note)));
    if (overdue)
        ctx.out().prompt(Ctl::tr("Warning: the last backup is more than 7 days old.") + QLatin1Char('\n'));
    return Ok;
}

} // namespace

QList<Command> backupCommands()
{
    const QString group = QStringLiteral("backup");
    const Command::Argument file{Ctl::tr("FILE"), Ctl::tr("The backup file.")};
    Command createCommand{group,
                          QStringLiteral("create"),
                          Ctl::tr("Write an encrypted backup of the SQLite database while it stays in use."),
                          {file},
                          keyOptions() << jsonOption(),
                          create};
    Command verifyCommand{
        group,
        QStringLiteral("verify"),
        Ctl::tr("Decrypt a backup, check every part and the database inside, and show what it holds."),
        {file},
        keyOptions() << jsonOption(),
        verify};
    Command restoreCommand{
        group,
        QStringLiteral("restore"),
        Ctl::tr("Replace the database with a verified backup, keeping a safety copy of the "
                "current one beside it."),
        {file},
        keyOptions() << jsonOption(),
        restore};
    restoreCommand.options.append(
        QCommandLineOption(QStringLiteral("yes"),
                           Ctl::tr("Really replace the database (without it the command only explains).")));
    Command markCommand{
        group,
        QStringLiteral("mark"),
        //: Keep pg_dump: it is a program's name
        Ctl::tr("Record that a backup was made outside Nova Admin, e.g. with pg_dump."),
        {},
        {jsonOption(), QCommandLineOption(QStringLiteral("note"), Ctl::tr("A note to keep with the record."),
                                          Ctl::tr("TEXT"))},
        mark};
    Command statusCommand{group,
                          QStringLiteral("status"),
                          Ctl::tr("Show when the last backup ran; warns when it is more than 7 days old."),
                          {},
                          {jsonOption()},
                          status};
    return {createCommand, verifyCommand, restoreCommand, markCommand, statusCommand};
}

} // namespace nova::ctl
