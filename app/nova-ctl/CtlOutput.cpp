#include "CtlOutput.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace nova::ctl {

namespace {

// The columns a cell takes in a terminal. Arabic vowel marks and invisible
// format characters (bidi marks) take none, and a character outside the BMP
// takes one, so counting UTF-16 units would misalign the table after them.
qsizetype displayWidth(const QString& text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_Enclosing &&
            category != QChar::Other_Format)
            ++width;
    }
    return width;
}

} // namespace

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
        widths.append(displayWidth(h));
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row.at(i)));
    }
    auto print = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += cells.at(i);
            if (i + 1 < cells.size())
                text += QString(qMax<qsizetype>(0, widths.value(i) - displayWidth(cells.at(i))),
                                QLatin1Char(' '));
        }
        m_out << text << Qt::endl;
    };
    print(header);
    for (const QStringList& row : rows)
        print(row);
}

int CtlOutput::error(const QString& message, int code)
{
    //: Every error message starts with the program's name; %1 is the message
    m_err << QCoreApplication::translate("nova::ctl", "nova-ctl: %1").arg(message) << Qt::endl;
    return code;
}

} // namespace nova::ctl
