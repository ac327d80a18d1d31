#pragma once

#include <QtGlobal>

namespace nova::ui {

// A value axis for counts: from 0 to a round maximum in round steps
// (1, 2 or 5 times a power of ten), so the grid lines read 0, 50, 100, 150
// rather than 0, 47, 94, 141.
struct ChartScale {
    qint64 maximum = 1;
    qint64 step = 1;

    // At most maxSteps steps above zero; counts are whole, so the step is at least 1.
    static ChartScale forMaximum(qint64 largest, int maxSteps = 4);
};

} // namespace nova::ui
