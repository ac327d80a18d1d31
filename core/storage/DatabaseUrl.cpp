#include "DatabaseUrl.h"

#include "Bidi.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace nova {

namespace {

Error urlError(const QString& message)
{
    return Error{QStringLiteral("db.url"), message};
}

} // namespace

QString DatabaseUrl::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("nova-admin.sqlite"));
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& input)
{
    const QString text = input.trimmed();
    DatabaseUrl out;
    if (text.isEmpty()) {
        out.sqlitePath = defaultSqlitePath();
        return out;
    }
    if (text.startsWith(QLatin1String("postgres://")) || text.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            //: %1 is the form of a PostgreSQL URL
            return urlError(QCoreApplication::translate("nova::DatabaseUrl",
                                                        "The PostgreSQL URL is not valid. Expected %1.")
                                .arg(leftToRight(QStringLiteral("postgresql://user@host:port/database"))));
        out.engine = Engine::Postgresql;
        out.host = url.host();
        out.port = url.port(5432);
        out.user = url.userName(QUrl::FullyDecoded);
        out.password = url.password(QUrl::FullyDecoded);
        out.database = url.path(QUrl::FullyDecoded).mid(1);
        if (out.database.isEmpty() || out.database.contains(QLatin1Char('/')))
            //: %1 is an example PostgreSQL URL
            return urlError(QCoreApplication::translate(
                                "nova::DatabaseUrl", "The PostgreSQL URL must name one database, as in %1.")
                                .arg(leftToRight(QStringLiteral("postgresql://user@host:5432/nova"))));
        const QUrlQuery query(url);
        QStringList options;
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout") ||
                key == QLatin1String("sslrootcert") || key == QLatin1String("application_name"))
                options.append(key + QLatin1Char('=') + value);
            else
                return urlError(
                    QCoreApplication::translate("nova::DatabaseUrl", "Unknown PostgreSQL URL option: %1")
                        .arg(leftToRight(key)));
        }
        out.options = options.join(QLatin1Char(';'));
        return out;
    }
    if (text.startsWith(QLatin1String("sqlite:"))) {
        const QUrl url(text);
        out.sqlitePath = url.path(QUrl::FullyDecoded);
    } else if (text.contains(QLatin1String("://"))) {
        //: %1 and %2 are the forms of an SQLite and a PostgreSQL URL
        return urlError(QCoreApplication::translate("nova::DatabaseUrl",
                                                    "Unsupported database URL. Use a file path, %1 or %2.")
                            .arg(leftToRight(QStringLiteral("sqlite:///path")),
                                 leftToRight(QStringLiteral("postgresql://…"))));
    } else {
        out.sqlitePath = text;
    }
    if (out.sqlitePath.isEmpty())
        return urlError(QCoreApplication::translate("nova::DatabaseUrl", "The SQLite file path is empty."));
    out.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(out.sqlitePath));
    return out;
}

QString DatabaseUrl::displayString() const
{
    if (engine == Engine::Sqlite)
        return sqlitePath;
    QString shown = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        shown += user + QLatin1Char('@');
    return shown + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
}

} // namespace nova
