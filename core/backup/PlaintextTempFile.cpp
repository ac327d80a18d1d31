#include "PlaintextTempFile.h"

#include "backup/SqliteFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace nova {

namespace {

const QString kPrefix = QStringLiteral(".nova-backup-");
constexpr qint64 kStaleAfterMs = 24LL * 60 * 60 * 1000;

} // namespace

PlaintextTempFile::PlaintextTempFile(const QString& folder)
    : m_file(QDir(folder).filePath(kPrefix + QStringLiteral("XXXXXX.tmp")))
{}

PlaintextTempFile::~PlaintextTempFile()
{
    m_file.close();
    if (!m_kept && !m_file.fileName().isEmpty())
        SqliteFile::removeSideFiles(m_file.fileName());
}

bool PlaintextTempFile::create()
{
    // QTemporaryFile creates the file 0600; SQLite gives its side files the
    // same mode as the database file.
    if (!m_file.open())
        return false;
    m_file.close();
    return true;
}

bool PlaintextTempFile::keepAs(const QString& target)
{
    m_file.close();
    SqliteFile::removeSideFiles(m_file.fileName());
    if (!QFile::rename(m_file.fileName(), target))
        return false;
    m_file.setAutoRemove(false);
    m_kept = true;
    return true;
}

void PlaintextTempFile::sweepStale(const QString& folder)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    // Only names QTemporaryFile makes from our template, and SQLite's side files of them.
    const QString name = kPrefix + QStringLiteral("??????.tmp");
    const QFileInfoList entries = QDir(folder).entryInfoList({name, name + QStringLiteral("-*")},
                                                             QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo& entry : entries) {
        if (nowMs - entry.lastModified().toMSecsSinceEpoch() > kStaleAfterMs)
            QFile::remove(entry.absoluteFilePath());
    }
}

} // namespace nova
