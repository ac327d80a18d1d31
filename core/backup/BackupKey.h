#pragma once

#include <QString>

namespace nova {

// How a backup file is encrypted; the number is what the file's header stores.
enum class BackupKeyKind : quint8 { Passphrase = 1, StoredKey = 2 };

// What the person chose to encrypt or open a backup with: a passphrase, or
// the 32-byte backup key kept in the secret store ("backup-key"). A value
// type that never leaves the process; the passphrase is not logged.
class BackupKey {
public:
    static BackupKey passphrase(const QString& text) { return BackupKey(BackupKeyKind::Passphrase, text); }
    static BackupKey storedKey() { return BackupKey(BackupKeyKind::StoredKey, {}); }

    BackupKeyKind kind() const { return m_kind; }
    const QString& passphraseText() const { return m_passphrase; }

    // "passphrase" or "stored_key": for JSON output and log metadata.
    static QString kindName(BackupKeyKind kind)
    {
        return kind == BackupKeyKind::Passphrase ? QStringLiteral("passphrase")
                                                 : QStringLiteral("stored_key");
    }

private:
    BackupKey(BackupKeyKind kind, QString passphrase)
        : m_kind(kind)
        , m_passphrase(std::move(passphrase))
    {}

    BackupKeyKind m_kind;
    QString m_passphrase;
};

} // namespace nova
