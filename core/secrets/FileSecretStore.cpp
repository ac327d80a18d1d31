#include "FileSecretStore.h"

#include "Bidi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nova {

namespace {

Error ioError(const QString& message)
{
    return Error{QString::fromLatin1(FileSecretStore::kIo), message};
}

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

// lstat, not QFileInfo: a symbolic link must not redirect a secret elsewhere,
// and the owner and mode have to be those of the entry itself.
Status checkEntry(const QString& path, bool directory)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return ioError(QCoreApplication::translate("nova::FileSecretStore", "Cannot inspect %1: %2")
                           .arg(leftToRight(path), QString::fromLocal8Bit(std::strerror(errno))));
    const bool rightKind = directory ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode);
    if (!rightKind)
        return Error{QString::fromLatin1(FileSecretStore::kInsecure),
                     directory ? QCoreApplication::translate("nova::FileSecretStore",
                                                             "%1 must be a plain folder (not a link) to hold "
                                                             "secrets.")
                                     .arg(leftToRight(path))
                               : QCoreApplication::translate("nova::FileSecretStore",
                                                             "%1 must be a plain file (not a link or a "
                                                             "device) to hold a secret.")
                                     .arg(leftToRight(path))};
    if (st.st_uid != ::geteuid())
        return Error{QString::fromLatin1(FileSecretStore::kInsecure),
                     QCoreApplication::translate("nova::FileSecretStore",
                                                 "%1 belongs to another user (uid %2); secrets must be owned "
                                                 "by the account that uses them (uid %3).")
                         .arg(leftToRight(path), QString::number(st.st_uid), QString::number(::geteuid()))};
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return Error{
            QString::fromLatin1(FileSecretStore::kInsecure),
            //: %1 is a path, %2 a file mode such as 0644, %3 the command that fixes it
            QCoreApplication::translate("nova::FileSecretStore",
                                        "%1 can be accessed by other users (mode %2), so its "
                                        "secrets are not used. Fix it with: %3")
                .arg(leftToRight(path), leftToRight(octal(st.st_mode)),
                     leftToRight(QStringLiteral("chmod %1 %2")
                                     .arg(directory ? QStringLiteral("700") : QStringLiteral("600"), path)))};
    return {};
}

} // namespace

Status FileSecretStore::checkPrivate(const QString& path, bool directory)
{
    return checkEntry(path, directory);
}

FileSecretStore::FileSecretStore(QString directory)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{}

QString FileSecretStore::pathOf(const QString& name) const
{
    return m_directory + QLatin1Char('/') + name;
}

Status FileSecretStore::checkDirectory() const
{
    return checkEntry(m_directory, true);
}

Status FileSecretStore::ensureDirectory() const
{
    if (!QFileInfo::exists(m_directory)) {
        const QString parent = QFileInfo(m_directory).absolutePath();
        if (!QDir().mkpath(parent) ||
            !QDir().mkdir(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return ioError(
                QCoreApplication::translate("nova::FileSecretStore", "Cannot create the secret folder %1.")
                    .arg(leftToRight(m_directory)));
    }
    return checkDirectory();
}

Result<QByteArray> FileSecretStore::read(const QString& name) const
{
    if (const Status valid = checkName(name); !valid)
        return valid.error();
    if (!QFileInfo::exists(m_directory))
        return notFound(name);
    if (const Status dir = checkDirectory(); !dir)
        return dir.error();
    const QString path = pathOf(name);
    if (!QFileInfo(path).exists() && !QFileInfo(path).isSymLink())
        return notFound(name);
    if (const Status entry = checkEntry(path, false); !entry)
        return entry.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QCoreApplication::translate("nova::FileSecretStore", "Cannot read %1: %2")
                           .arg(leftToRight(path), file.errorString()));
    if (file.size() > kMaxSecretSize)
        return ioError(QCoreApplication::translate("nova::FileSecretStore",
                                                   "%1 is too large to be a secret; it was not read.")
                           .arg(leftToRight(path)));
    return file.readAll();
}

Status FileSecretStore::write(const QString& name, const QByteArray& bytes)
{
    if (const Status valid = checkName(name); !valid)
        return valid;
    if (bytes.size() > kMaxSecretSize)
        return ioError(
            QCoreApplication::translate("nova::FileSecretStore", "The secret is too large to store."));
    if (const Status dir = ensureDirectory(); !dir)
        return dir;
    const QString path = pathOf(name);
    if (QFileInfo(path).isSymLink())
        return checkEntry(path, false);
    QSaveFile file(path);
    // The temporary file is made 0600 before the secret is written into it,
    // so there is no moment at which it is readable by others.
    if (!file.open(QIODevice::WriteOnly) || ::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0 ||
        file.write(bytes) != bytes.size() || !file.commit())
        return ioError(QCoreApplication::translate("nova::FileSecretStore", "Cannot write %1: %2")
                           .arg(leftToRight(path), file.errorString()));
    return {};
}

Status FileSecretStore::remove(const QString& name)
{
    if (const Status valid = checkName(name); !valid)
        return valid;
    const QString path = pathOf(name);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {};
    if (const Status dir = checkDirectory(); !dir)
        return dir;
    if (!QFile::remove(path))
        return ioError(
            QCoreApplication::translate("nova::FileSecretStore", "Cannot remove %1.").arg(leftToRight(path)));
    return {};
}

} // namespace nova
