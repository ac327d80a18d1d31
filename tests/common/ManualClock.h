#pragma once

#include "Clock.h"

namespace nova::test {

class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 msecs = 0)
        : m_msecs(msecs)
    {}
    qint64 nowMSecs() const override { return m_msecs; }
    void setSecs(qint64 secs) { m_msecs = secs * 1000; }
    void setMSecs(qint64 msecs) { m_msecs = msecs; }
    void advanceSecs(qint64 secs) { m_msecs += secs * 1000; }

private:
    qint64 m_msecs;
};

} // namespace nova::test
