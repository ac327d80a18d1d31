#pragma once

#include "crypto/HashAlgorithm.h"

#include <QByteArray>
#include <QByteArrayView>

namespace nova {

class Hmac {
public:
    static QByteArray compute(HashAlgorithm algorithm, QByteArrayView key, QByteArrayView message);
};

} // namespace nova
