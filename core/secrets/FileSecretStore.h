#pragma once

#include "secrets/SecretStore.h"

namespace nova {

// One file per secret in a folder only the owner can enter (0700), each file
// 0600 and replaced atomically. For headless use (daemon, nova-ctl on a
// server). Like ssh with its keys, it refuses to use a folder or file that
// other users could read or change, and says which chmod fixes it.
class FileSecretStore final : public SecretStore {
public:
    static constexpr const char* kInsecure = "secret.insecure_permissions";
    static constexpr const char* kIo = "secret.io";

    explicit FileSecretStore(QString directory);

    Result<QByteArray> read(const QString& name) const override;
    Status write(const QString& name, const QByteArray& bytes) override;
    Status remove(const QString& name) override;

    const QString& directory() const { return m_directory; }

    // The checks this store applies to its own folder and files, for other
    // secret-bearing files (e.g. the SMS outbox): a plain folder or file (not
    // a link), owned by this account, with no group or other permissions.
    static Status checkPrivate(const QString& path, bool directory);

private:
    // Creates the folder (0700) when missing, then checks it.
    Status ensureDirectory() const;
    Status checkDirectory() const;
    QString pathOf(const QString& name) const;

    QString m_directory;
};

} // namespace nova
