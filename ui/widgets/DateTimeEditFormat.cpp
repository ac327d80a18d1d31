#include "DateTimeEditFormat.h"

#include <QDateTimeEdit>
#include <QLocale>

namespace nova::ui {

void applyDateTimeEditFormat(QDateTimeEdit* edit)
{
    const QLocale locale;
    edit->setLocale(locale);
    if (locale.textDirection() == Qt::RightToLeft) {
        edit->setLayoutDirection(Qt::LeftToRight);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        return;
    }
    edit->unsetLayoutDirection();
    // "1/2/26" is ambiguous in a security tool.
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
}

} // namespace nova::ui
