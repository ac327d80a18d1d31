#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace nova {

// RFC 4648 section 6 base32, the alphabet authenticator apps use for secrets.
class Base32 {
public:
    enum class Padding { With, Without };

    static QString encode(const QByteArray& data, Padding padding = Padding::Without);

    // Accepts lower case, spaces and hyphens (apps print secrets grouped as
    // "abcd efgh …"); padding is optional, but where present it must be
    // exactly what RFC 4648 produces.
    static Result<QByteArray> decode(const QString& text);

    // "JBSW Y3DP EHPK 3PXP": groups of four for reading aloud and typing.
    static QString grouped(const QString& encoded, int groupSize = 4);
};

} // namespace nova
