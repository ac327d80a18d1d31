#pragma once

class QDateTimeEdit;

namespace nova::ui {

// Gives a date-time editor the current default locale and a format with
// the whole year. In right-to-left languages the editor is laid out left to
// right with a numeric day/month/year and a 24-hour time: the locale's own
// format mixes right-to-left marks and an AM/PM word, which the editor's
// sections reorder into "29:6 م" for 6:29 PM.
void applyDateTimeEditFormat(QDateTimeEdit* edit);

} // namespace nova::ui
