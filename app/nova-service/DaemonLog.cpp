#include "DaemonLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>

namespace nova::service::DaemonLog {

namespace {

QMutex& outputMutex()
{
    static QMutex mutex;
    return mutex;
}

void write(const char* level, const QString& message, QJsonObject fields)
{
    fields.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), QString::fromLatin1(level));
    fields.insert(QStringLiteral("message"), message);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&outputMutex());
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QJsonObject fields;
    if (context.category && qstrcmp(context.category, "default") != 0)
        fields.insert(QStringLiteral("category"), QString::fromLatin1(context.category));
    switch (type) {
    case QtDebugMsg:
        write("debug", message, fields);
        break;
    case QtInfoMsg:
        write("info", message, fields);
        break;
    case QtWarningMsg:
        write("warning", message, fields);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        write("error", message, fields);
        break;
    }
}

} // namespace

void install()
{
    qInstallMessageHandler(handler);
}

void info(const QString& message, const QJsonObject& fields)
{
    write("info", message, fields);
}

void warning(const QString& message, const QJsonObject& fields)
{
    write("warning", message, fields);
}

void error(const QString& message, const QJsonObject& fields)
{
    write("error", message, fields);
}

} // namespace nova::service::DaemonLog
