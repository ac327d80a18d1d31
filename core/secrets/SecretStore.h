#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace nova {

// Where keys live: the OS keychain on a desktop, a 0600 file or the
// environment for a daemon. Never the database, never a log.
//
// Implementations are safe to call from any thread; none of them may be
// called from the GUI thread, since the keychain can wait on a D-Bus prompt.
class SecretStore {
public:
    // Error codes callers test for.
    static constexpr const char* kNotFound = "secret.not_found";
    static constexpr const char* kBadName = "secret.bad_name";
    static constexpr const char* kReadOnly = "secret.read_only";
    static constexpr qsizetype kMaxSecretSize = 64 * 1024;

    virtual ~SecretStore() = default;

    // An error with code kNotFound when nothing is stored under `name`.
    virtual Result<QByteArray> read(const QString& name) const = 0;
    virtual Status write(const QString& name, const QByteArray& bytes) = 0;
    // Removing a secret that is not there succeeds: the goal state holds.
    virtual Status remove(const QString& name) = 0;

    // Names are letters, digits, '.', '-' and '_' (1 to 100 characters, not
    // starting with '.'), so they are safe as file names and keychain keys.
    static Status checkName(const QString& name);
    static bool isNotFound(const Error& error) { return error.code == QLatin1String(kNotFound); }
    static Error notFound(const QString& name);
};

} // namespace nova
