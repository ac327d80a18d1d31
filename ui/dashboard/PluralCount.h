#pragma once

#include <QtGlobal>

#include <algorithm>
#include <climits>

namespace nova::ui {

// A count as tr()'s %n takes it: an int, so a count past INT_MAX is capped
// there rather than wrapped to a negative number.
inline int pluralCount(qint64 count)
{
    return static_cast<int>(std::min<qint64>(count, INT_MAX));
}

} // namespace nova::ui
