#include "AlertPresentation.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

namespace nova::ui {

namespace {

QPainterPath shapeFor(Severity severity, qreal size)
{
    const qreal m = size * 0.1;
    const QRectF box(m, m, size - 2 * m, size - 2 * m);
    QPainterPath path;
    switch (severity) {
    case Severity::Critical: {
        // An octagon, like a stop sign.
        const qreal c = box.width() * 0.29;
        path.addPolygon(QPolygonF{{box.left() + c, box.top()},
                                  {box.right() - c, box.top()},
                                  {box.right(), box.top() + c},
                                  {box.right(), box.bottom() - c},
                                  {box.right() - c, box.bottom()},
                                  {box.left() + c, box.bottom()},
                                  {box.left(), box.bottom() - c},
                                  {box.left(), box.top() + c}});
        path.closeSubpath();
        break;
    }
    case Severity::High:
        path.addPolygon(QPolygonF{
            {box.center().x(), box.top()}, {box.right(), box.bottom()}, {box.left(), box.bottom()}});
        path.closeSubpath();
        break;
    case Severity::Medium:
        path.addPolygon(QPolygonF{{box.center().x(), box.top()},
                                  {box.right(), box.center().y()},
                                  {box.center().x(), box.bottom()},
                                  {box.left(), box.center().y()}});
        path.closeSubpath();
        break;
    case Severity::Low:
    case Severity::Info:
        path.addEllipse(box.adjusted(m, m, -m, -m));
        break;
    }
    return path;
}

QPixmap paintIcon(Severity severity, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = AlertPresentation::severityColor(severity);
    const QPainterPath path = shapeFor(severity, size);
    if (severity == Severity::Info) {
        // Hollow: information asks for no attention.
        painter.setPen(QPen(color, qMax(1.5, size / 8.0)));
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.setPen(QPen(color.darker(130), 1));
        painter.setBrush(color);
    }
    painter.drawPath(path);
    return pixmap;
}

} // namespace

QString AlertPresentation::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        //: Alert severity (Info, Low, Medium, High, Critical)
        return tr("Info");
    case Severity::Low:
        //: Alert severity (Info, Low, Medium, High, Critical)
        return tr("Low");
    case Severity::Medium:
        //: Alert severity (Info, Low, Medium, High, Critical)
        return tr("Medium");
    case Severity::High:
        //: Alert severity (Info, Low, Medium, High, Critical)
        return tr("High");
    case Severity::Critical:
        //: Alert severity (Info, Low, Medium, High, Critical)
        return tr("Critical");
    }
    return {};
}

QColor AlertPresentation::severityColor(Severity severity)
{
    // Mid-tone colours that stay readable on light and dark themes.
    switch (severity) {
    case Severity::Info:
        return QColor(0x7f, 0x8c, 0x8d);
    case Severity::Low:
        return QColor(0x2e, 0x86, 0xc1);
    case Severity::Medium:
        return QColor(0xd4, 0x9a, 0x06);
    case Severity::High:
        return QColor(0xe6, 0x6a, 0x10);
    case Severity::Critical:
        return QColor(0xd0, 0x2b, 0x2b);
    }
    return {};
}

QIcon AlertPresentation::severityIcon(Severity severity)
{
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(paintIcon(severity, size));
    return icon;
}

QString AlertPresentation::typeName(const QString& type)
{
    if (type == QLatin1String("brute_force"))
        return tr("Brute force");
    if (type == QLatin1String("suspicious_activity"))
        return tr("Suspicious activity");
    if (type == QLatin1String("sql_injection"))
        return tr("SQL injection");
    if (type == QLatin1String("xss"))
        return tr("Cross-site scripting");
    if (type == QLatin1String("sensitive_action"))
        return tr("Sensitive action");
    if (type == QLatin1String("sensitive_actions"))
        return tr("Burst of sensitive actions");
    if (type == QLatin1String("ip_blocked"))
        return tr("Address blocked");
    if (type == QLatin1String("account_locked"))
        return tr("Account locked");
    return type;
}

QString AlertPresentation::message(const Alert& alert)
{
    return QLocale().language() == QLocale::Arabic && !alert.messageAr.isEmpty() ? alert.messageAr
                                                                                 : alert.messageEn;
}

} // namespace nova::ui
