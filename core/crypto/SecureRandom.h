#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace nova {

// The operating system's CSPRNG through OpenSSL's RAND_bytes. Never
// std::rand, never QRandomGenerator::global() for secrets.
class SecureRandom {
public:
    static QByteArray bytes(qsizetype count);
    // Uniform in [0, bound) without modulo bias.
    static quint32 uniform(quint32 bound);
};

} // namespace nova
