#include "KeyRing.h"

#include "Bidi.h"
#include "crypto/SecureRandom.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <algorithm>

namespace nova {

namespace {

constexpr int kIdBytes = 8;

QString keyName(const QString& id)
{
    return QString::fromLatin1(KeyRing::kKeyPrefix) + id;
}

Error badKey(const QString& name)
{
    constexpr int size = KeyRing::kKeySize;
    return Error{
        QString::fromLatin1(KeyRing::kBadKey),
        //: %1 is the key's name in the secret store
        QCoreApplication::translate("nova::KeyRing",
                                    "The stored key %1 is damaged (it is not %Ln byte(s) long). Restore "
                                    "it from a backup; secrets sealed with it cannot be opened.",
                                    nullptr, size)
            .arg(leftToRight(name))};
}

} // namespace

KeyRing::KeyRing(SecretStore& store)
    : m_store(store)
{}

bool KeyRing::isValidId(const QString& id)
{
    return id.size() == kIdBytes * 2 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                      (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

Result<KeyRingKey> KeyRing::key(const QString& id)
{
    if (!isValidId(id))
        return Error{QString::fromLatin1(kUnknownKey),
                     QCoreApplication::translate("nova::KeyRing", "\"%1\" is not a key id of this key ring.")
                         .arg(leftToRight(id.left(40)))};
    const QString name = keyName(id);
    QMutexLocker lock(&m_mutex);
    if (const auto cached = m_cache.constFind(name); cached != m_cache.cend())
        return KeyRingKey{id, *cached};
    auto bytes = m_store.read(name);
    if (!bytes) {
        if (SecretStore::isNotFound(bytes.error()))
            return Error{QString::fromLatin1(kUnknownKey),
                         QCoreApplication::translate("nova::KeyRing",
                                                     "The key %1 is not in the secret store. Secrets sealed "
                                                     "with it cannot be opened until it is restored.")
                             .arg(leftToRight(name))};
        return bytes.error();
    }
    if (bytes->size() != kKeySize)
        return badKey(name);
    m_cache.insert(name, *bytes);
    return KeyRingKey{id, *bytes};
}

Result<KeyRingKey> KeyRing::currentKey()
{
    // The pointer is read every time (it is small) so a rotation by another
    // process is followed; the keys themselves never change and are cached.
    auto pointer = m_store.read(QString::fromLatin1(kCurrentName));
    if (pointer) {
        const QString id = QString::fromLatin1(pointer->trimmed());
        if (!isValidId(id))
            return badKey(QString::fromLatin1(kCurrentName));
        return key(id);
    }
    if (!SecretStore::isNotFound(pointer.error()))
        return pointer.error();
    auto created = createKey();
    if (!created)
        return created.error();
    if (const Status current = makeCurrent(created->id); !current)
        return current.error();
    return created;
}

Result<KeyRingKey> KeyRing::createKey()
{
    KeyRingKey fresh{QString::fromLatin1(SecureRandom::bytes(kIdBytes).toHex()),
                     SecureRandom::bytes(kKeySize)};
    const QString name = keyName(fresh.id);
    if (const Status written = m_store.write(name, fresh.bytes); !written)
        return written.error();
    QMutexLocker lock(&m_mutex);
    m_cache.insert(name, fresh.bytes);
    return fresh;
}

Status KeyRing::makeCurrent(const QString& id)
{
    if (!isValidId(id))
        return Error{QString::fromLatin1(kUnknownKey),
                     QCoreApplication::translate("nova::KeyRing", "\"%1\" is not a key id of this key ring.")
                         .arg(leftToRight(id.left(40)))};
    return m_store.write(QString::fromLatin1(kCurrentName), id.toLatin1());
}

Status KeyRing::discardKey(const QString& id)
{
    if (!isValidId(id))
        return {};
    const QString name = keyName(id);
    {
        QMutexLocker lock(&m_mutex);
        m_cache.remove(name);
    }
    return m_store.remove(name);
}

Result<QString> KeyRing::rotate()
{
    auto created = createKey();
    if (!created)
        return created.error();
    if (const Status current = makeCurrent(created->id); !current) {
        (void)discardKey(created->id);
        return current.error();
    }
    return created->id;
}

Result<QByteArray> KeyRing::hmacKey(const QString& purpose)
{
    const QString name = QString::fromLatin1(kHmacPrefix) + purpose;
    if (const Status valid = SecretStore::checkName(name); !valid)
        return valid.error();
    return readOrCreate(name);
}

Result<QByteArray> KeyRing::readOrCreate(const QString& name)
{
    QMutexLocker lock(&m_mutex);
    if (const auto cached = m_cache.constFind(name); cached != m_cache.cend())
        return *cached;
    auto stored = m_store.read(name);
    if (stored) {
        if (stored->size() != kKeySize)
            return badKey(name);
        m_cache.insert(name, *stored);
        return *stored;
    }
    if (!SecretStore::isNotFound(stored.error()))
        return stored.error();
    if (const Status written = m_store.write(name, SecureRandom::bytes(kKeySize)); !written)
        return written.error();
    // Read back: when two processes create the key at once, the last write
    // wins, and both must go on with that one.
    auto kept = m_store.read(name);
    if (!kept)
        return kept.error();
    if (kept->size() != kKeySize)
        return badKey(name);
    m_cache.insert(name, *kept);
    return *kept;
}

} // namespace nova
