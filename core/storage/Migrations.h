#pragma once

#include <QList>
#include <QStringList>

namespace nova {

// The versioned schema, written once for both engines. Placeholders:
// {PK} an auto-increment 64-bit primary key, {BLOB} binary data.
struct Migration {
    int version;
    QStringList statements;
};

class Migrations {
public:
    static const QList<Migration>& all();
    static QString forEngine(QString statement, bool postgres);
};

} // namespace nova
