#include "OutboxSmsSender.h"

#include "Bidi.h"
#include "secrets/FileSecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nova {

namespace {

Error outboxError(const QString& path, const QString& why)
{
    //: %1 is a file path, %2 the system's reason
    return Error{QString::fromLatin1(SmsSender::kSendFailed),
                 QCoreApplication::translate("nova::OutboxSmsSender", "Cannot write the SMS outbox %1: %2")
                     .arg(leftToRight(path), why)};
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

OutboxSmsSender::OutboxSmsSender(QString filePath, const Clock& clock)
    : m_filePath(QDir::cleanPath(QFileInfo(filePath).absoluteFilePath()))
    , m_clock(clock)
{}

QString OutboxSmsSender::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sms-outbox.jsonl");
}

Status OutboxSmsSender::send(const QString& phone, const QString& text)
{
    const QJsonObject line{
        {QStringLiteral("to"), phone},
        {QStringLiteral("text"), text},
        {QStringLiteral("at"),
         QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC).toString(Qt::ISODateWithMs)}};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';

    QMutexLocker lock(&m_mutex);
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return Error{QString::fromLatin1(kSendFailed),
                     QCoreApplication::translate("nova::OutboxSmsSender",
                                                 "The folder of the SMS outbox %1 cannot be created.")
                         .arg(leftToRight(m_filePath))};
    // Created 0600 (never a moment readable by others); a link is not followed.
    const int fd = ::open(QFile::encodeName(m_filePath).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return outboxError(m_filePath, systemError());
    QFile file;
    if (!file.open(fd, QIODevice::WriteOnly | QIODevice::Append, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return outboxError(m_filePath, file.errorString());
    }
    // An outbox someone else can read would leak live codes: refused with the chmod that fixes it.
    if (const Status secure = FileSecretStore::checkPrivate(m_filePath, false); !secure)
        return secure;
    // One write() of the whole line with O_APPEND, so lines from several
    // processes never interleave.
    if (file.write(bytes) != bytes.size() || !file.flush())
        return outboxError(m_filePath, file.errorString());
    return {};
}

} // namespace nova
