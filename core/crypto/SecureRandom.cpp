#include "SecureRandom.h"

#include <openssl/rand.h>

#include <cstdlib>
#include <cstring>

namespace nova {

QByteArray SecureRandom::bytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1) {
        // A CSPRNG that cannot deliver means any key we hand out would be
        // predictable; continuing would be worse than stopping.
        qFatal("SecureRandom: the system random generator failed");
    }
    return out;
}

quint32 SecureRandom::uniform(quint32 bound)
{
    Q_ASSERT(bound > 0);
    // Reject the top partial bucket so every residue is equally likely.
    const quint32 limit = UINT32_MAX - (UINT32_MAX % bound);
    for (;;) {
        const QByteArray raw = bytes(sizeof(quint32));
        quint32 value = 0;
        std::memcpy(&value, raw.constData(), sizeof value);
        if (value < limit)
            return value % bound;
    }
}

} // namespace nova
