#pragma once

#include "secrets/SecretStore.h"

namespace nova {

// Secrets in the desktop's keychain through QtKeychain (the Secret Service,
// i.e. gnome-keyring or KWallet, on Linux). Each secret is one entry under
// `service` with the secret's name as its key; binary values round-trip.
//
// QtKeychain jobs are asynchronous; every call here runs its job in a local
// event loop of the calling thread and returns when the keychain answered.
// That may include the desktop asking the user to unlock the keychain, which
// is why, like every SecretStore, this must not be called on the GUI thread.
class KeychainSecretStore final : public SecretStore {
public:
    static constexpr const char* kDefaultService = "Nova Admin";
    // The keychain refused or could not be reached (no Secret Service, the
    // user dismissed the unlock prompt, D-Bus error).
    static constexpr const char* kUnavailable = "secret.keychain_unavailable";

    explicit KeychainSecretStore(QString service = QString::fromLatin1(kDefaultService));

    Result<QByteArray> read(const QString& name) const override;
    Status write(const QString& name, const QByteArray& bytes) override;
    Status remove(const QString& name) override;

    const QString& service() const { return m_service; }

private:
    QString m_service;
};

} // namespace nova
