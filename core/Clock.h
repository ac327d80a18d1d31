#pragma once

#include <QtGlobal>

namespace nova {

// Everything that depends on the time asks a Clock, so tests can fix it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMSecs() const = 0;
    qint64 nowSecs() const { return nowMSecs() / 1000; }
};

class SystemClock final : public Clock {
public:
    qint64 nowMSecs() const override;
    static const SystemClock& instance();
};

} // namespace nova
