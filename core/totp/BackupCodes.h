#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace nova {

// One-time recovery codes. Drawn from the CSPRNG (the specification uses
// Math.random) in an alphabet without look-alikes (no 0/O, 1/I/L), shown to
// the user once, and stored only as keyed digests: HMAC-SHA256 under a key
// from the secret store, so a copy of the database alone does not reveal or
// allow brute-forcing them offline.
class BackupCodes {
public:
    static constexpr int kCount = 10;
    static constexpr int kLength = 10;
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    // Formatted in two halves for reading: "7KQ4M-XP2RW".
    static QStringList generate(int count = kCount, int length = kLength);
    // What the user typed, without spaces or hyphens, upper case.
    static QString normalize(const QString& typed);
    static QByteArray digest(const QString& code, QByteArrayView key);
    // The index of the matching digest or -1; every digest is compared.
    static int match(const QString& typed, const QList<QByteArray>& digests, QByteArrayView key);
};

} // namespace nova
