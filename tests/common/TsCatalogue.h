#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nova::test {

// One <message> of a Qt Linguist .ts file.
struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    // The translation, or each plural form of it.
    QStringList forms;

    QString where() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
};

// Parsed with QXmlStreamReader rather than lconvert so that a malformed file
// fails with its line number in *error.
QList<TsMessage> readTs(const QString& path, QString* error);

// translations/<name> in the source tree.
QString tsPath(const QString& name);

} // namespace nova::test
