#include "DaemonConfig.h"

#include "Bidi.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace nova::service {

namespace {

// Configuration errors end up in the JSON log, which log shippers and
// fail2ban read: they stay English, unlike the --help text.
Error configError(const QString& message)
{
    return Error{QStringLiteral("config.invalid"), message};
}

// A positive whole number under `key`, scaled to the unit the services use.
Status readCount(const QJsonObject& object, const char* key, qint64 scale, auto& target)
{
    const QString name = QString::fromLatin1(key);
    if (!object.contains(name))
        return {};
    const QJsonValue value = object.value(name);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > 1e6 || number != static_cast<qint64>(number))
        return configError(QStringLiteral("\"%1\" must be a whole number from 1 to 1000000.").arg(name));
    target = static_cast<std::remove_reference_t<decltype(target)>>(static_cast<qint64>(number) * scale);
    return {};
}

} // namespace

Status DaemonConfig::setListen(const QString& addressAndPort)
{
    const qsizetype colon = addressAndPort.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int portNumber = colon > 0 ? addressAndPort.mid(colon + 1).toInt(&portOk) : -1;
    QString host = addressAndPort.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress parsed(host);
    if (!portOk || portNumber < 0 || portNumber > 65535 || parsed.isNull())
        return configError(QStringLiteral("\"%1\" is not ADDRESS:PORT, e.g. 127.0.0.1:8765 or [::1]:8765.")
                               .arg(addressAndPort));
    address = parsed;
    port = static_cast<quint16>(portNumber);
    return {};
}

Status DaemonConfig::applyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(
            QStringLiteral("Cannot read the configuration %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return configError(QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString()));
    const QJsonObject root = document.object();
    static const QStringList known{QStringLiteral("database"),     QStringLiteral("secrets"),
                                   QStringLiteral("listen"),       QStringLiteral("tlsCert"),
                                   QStringLiteral("tlsKey"),       QStringLiteral("smsWebhook"),
                                   QStringLiteral("detector"),     QStringLiteral("signIn"),
                                   QStringLiteral("backupFolder"), QStringLiteral("backupKeep")};
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return configError(QStringLiteral("Unknown setting \"%1\" in %2.").arg(it.key(), path));
        if (it.key() != QLatin1String("detector") && it.key() != QLatin1String("signIn") &&
            !it.value().isString())
            return configError(QStringLiteral("\"%1\" in %2 must be a string.").arg(it.key(), path));
    }
    if (root.contains(QStringLiteral("database")))
        services.database = root.value(QStringLiteral("database")).toString();
    if (root.contains(QStringLiteral("secrets")))
        services.secrets = root.value(QStringLiteral("secrets")).toString();
    if (root.contains(QStringLiteral("smsWebhook")))
        services.smsWebhook = root.value(QStringLiteral("smsWebhook")).toString();
    if (root.contains(QStringLiteral("tlsCert")))
        tlsCert = root.value(QStringLiteral("tlsCert")).toString();
    if (root.contains(QStringLiteral("tlsKey")))
        tlsKey = root.value(QStringLiteral("tlsKey")).toString();
    if (root.contains(QStringLiteral("listen"))) {
        if (auto listen = setListen(root.value(QStringLiteral("listen")).toString()); !listen)
            return listen;
    }
    if (root.contains(QStringLiteral("backupFolder")))
        backupFolder = root.value(QStringLiteral("backupFolder")).toString();
    if (root.contains(QStringLiteral("backupKeep"))) {
        if (auto keep = setBackupKeep(root.value(QStringLiteral("backupKeep")).toString()); !keep)
            return keep;
    }
    const QJsonObject detector = root.value(QStringLiteral("detector")).toObject();
    DetectorThresholds& t = services.thresholds;
    const qint64 minute = DetectorThresholds::kMinute;
    for (const Status& read : {readCount(detector, "bruteForceFailures", 1, t.bruteForceFailures),
                               readCount(detector, "bruteForceWindowMinutes", minute, t.bruteForceWindowMs),
                               readCount(detector, "bruteForceBlockHours", 60 * minute, t.bruteForceBlockMs),
                               readCount(detector, "suspiciousEvents", 1, t.suspiciousEvents),
                               readCount(detector, "suspiciousBlockMinutes", minute, t.suspiciousBlockMs),
                               readCount(detector, "injectionAttempts", 1, t.injectionAttempts)}) {
        if (!read)
            return read;
    }
    const QJsonObject signIn = root.value(QStringLiteral("signIn")).toObject();
    for (const Status& read : {readCount(signIn, "lockThreshold", 1, services.signIn.lockThreshold),
                               readCount(signIn, "lockMinutes", minute, services.signIn.lockDurationMs)}) {
        if (!read)
            return read;
    }
    return {};
}

Result<DaemonConfig> DaemonConfig::fromArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Nova Admin's service layer without a desktop: live alerts over WebSocket, security events from "
           "the Nova CRM backend, the intrusion detector."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"), tr("The database URL."),
        //: The placeholders of option values in the help are upper case in English
        tr("URL"));
    //: Keep auto, keychain and file:FOLDER: the option accepts them as they are
    const QCommandLineOption secrets(QStringLiteral("secrets"), tr("auto, keychain or file:FOLDER."),
                                     tr("STORE"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        //: %1 is an address and port; 0 is a port number: keep the digit
        tr("Address and port for the alert endpoint (default %1; port 0 picks a free one).")
            .arg(leftToRight(QStringLiteral("127.0.0.1:8765"))),
        tr("ADDR:PORT"));
    const QString secure = leftToRight(QStringLiteral("wss://"));
    //: %1 is wss://, the scheme of encrypted WebSocket connections
    const QCommandLineOption cert(QStringLiteral("tls-cert"), tr("PEM certificate for %1.").arg(secure),
                                  tr("FILE"));
    //: %1 is wss://, the scheme of encrypted WebSocket connections
    const QCommandLineOption key(QStringLiteral("tls-key"), tr("PEM private key for %1.").arg(secure),
                                 tr("FILE"));
    const QCommandLineOption config(QStringLiteral("config"), tr("A JSON configuration file."), tr("FILE"));
    const QCommandLineOption backups(QStringLiteral("backup-folder"),
                                     tr("Write an encrypted backup of the SQLite database here once a day."),
                                     tr("FOLDER"));
    const QCommandLineOption keep(QStringLiteral("backup-keep"),
                                  tr("Keep the newest N daily backups (default %1).").arg(kDefaultBackupKeep),
                                  QStringLiteral("N"));
    parser.addOptions({database, secrets, listen, cert, key, config, backups, keep});
    // process() prints --help/--version and errors itself, with the usual exit codes.
    parser.process(arguments);

    DaemonConfig result;
    result.services.secrets = QStringLiteral("auto");
    if (parser.isSet(config)) {
        if (auto applied = result.applyFile(parser.value(config)); !applied)
            return applied.error();
    }
    if (parser.isSet(database))
        result.services.database = parser.value(database);
    if (parser.isSet(secrets))
        result.services.secrets = parser.value(secrets);
    if (parser.isSet(listen)) {
        if (auto parsed = result.setListen(parser.value(listen)); !parsed)
            return parsed.error();
    }
    if (parser.isSet(backups))
        result.backupFolder = parser.value(backups);
    if (parser.isSet(keep)) {
        if (auto parsed = result.setBackupKeep(parser.value(keep)); !parsed)
            return parsed.error();
    }
    if (parser.isSet(cert))
        result.tlsCert = parser.value(cert);
    if (parser.isSet(key))
        result.tlsKey = parser.value(key);
    if (result.tlsCert.isEmpty() != result.tlsKey.isEmpty())
        return configError(QStringLiteral("wss:// needs both --tls-cert and --tls-key."));
    if (!result.backupFolder.isEmpty() && QDir::isRelativePath(result.backupFolder))
        return configError(
            QStringLiteral("The backup folder must be a full path: %1").arg(result.backupFolder));
    return result;
}

Status DaemonConfig::setBackupKeep(const QString& count)
{
    bool ok = false;
    const int keep = count.toInt(&ok);
    if (!ok || keep < 1 || keep > kMaxBackupKeep)
        return configError(QStringLiteral("backupKeep must be a number from 1 to %1, not \"%2\".")
                               .arg(kMaxBackupKeep)
                               .arg(count));
    backupKeep = keep;
    return {};
}

} // namespace nova::service
