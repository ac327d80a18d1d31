#pragma once

#include "Result.h"

#include <QString>

namespace nova {

// Where the data lives: an SQLite file (the embedded default) or a
// PostgreSQL server shared by several desktops and daemons.
struct DatabaseUrl {
    enum class Engine { Sqlite, Postgresql };
    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; // QPSQL connect options, e.g. "sslmode=require"

    // "postgresql://user[:pw]@host[:port]/db[?sslmode=…]", "sqlite:///abs/path.db", or a plain file path.
    static Result<DatabaseUrl> parse(const QString& text);
    static QString defaultSqlitePath();
    // For logs and the UI: never shows the password.
    QString displayString() const;
};

} // namespace nova
