#include "ChartScale.h"

#include <algorithm>

namespace nova::ui {

ChartScale ChartScale::forMaximum(qint64 largest, int maxSteps)
{
    largest = std::max<qint64>(largest, 1);
    maxSteps = std::max(maxSteps, 1);
    const qint64 rough = (largest + maxSteps - 1) / maxSteps;
    qint64 power = 1;
    while (power * 10 <= rough)
        power *= 10;
    qint64 step = power;
    for (const qint64 factor : {1, 2, 5, 10}) {
        if (power * factor >= rough) {
            step = power * factor;
            break;
        }
    }
    return ChartScale{(largest + step - 1) / step * step, step};
}

} // namespace nova::ui
