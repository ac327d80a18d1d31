#include "CtlOutput.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace nova::ctl {

void CtlOutput::json(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CtlOutput::json(const QJsonArray& array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CtlOutput::table(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths.append(h.size());
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    auto print = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i)) : cells.at(i);
        }
        m_out << text << Qt::endl;
    };
    print(header);
    for (const QStringList& row : rows)
        print(row);
}

int CtlOutput::error(const QString& message, int code)
{
    m_err << QCoreApplication::translate("nova::ctl", "nova-ctl: %1").arg(message) << Qt::endl;
    return code;
}

} // namespace nova::ctl
