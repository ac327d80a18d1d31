#include "Clock.h"

#include <QDateTime>

namespace nova {

qint64 SystemClock::nowMSecs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace nova
