#pragma once

#include <QByteArrayView>

namespace nova {

class ConstantTime {
public:
    // Compares without an early exit, so the time taken does not tell an
    // attacker how many leading bytes of a guessed code or tag were right.
    // Lengths are not secret here (codes and tags have fixed lengths).
    static bool equal(QByteArrayView a, QByteArrayView b);
};

} // namespace nova
