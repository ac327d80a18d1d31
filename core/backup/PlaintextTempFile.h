#pragma once

#include <QString>
#include <QTemporaryFile>

namespace nova {

// A private (0600) file for a plaintext SQLite copy, next to the live
// database rather than next to the backup: the backup's folder may be a
// share or a removable disk, while the live database's folder already holds
// the same data in the clear. The file and SQLite's -journal, -wal and -shm
// files beside it are removed when this object goes, on every path; a crash
// leaves it behind, so sweepStale() removes leftovers older than a day.
class PlaintextTempFile {
public:
    explicit PlaintextTempFile(const QString& folder);
    ~PlaintextTempFile();
    PlaintextTempFile(const PlaintextTempFile&) = delete;
    PlaintextTempFile& operator=(const PlaintextTempFile&) = delete;

    // Creates the empty file; false with errorString() when it cannot.
    bool create();
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }
    // The file as a device, for writing decrypted bytes into it.
    QTemporaryFile& device() { return m_file; }
    // Renames the file to `target` (which must not exist) and keeps it.
    bool keepAs(const QString& target);

    // File times are the file system's, so this compares with the wall clock.
    static void sweepStale(const QString& folder);

private:
    QTemporaryFile m_file;
    bool m_kept = false;
};

} // namespace nova
