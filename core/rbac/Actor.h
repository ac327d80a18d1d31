#pragma once

#include <QString>

#include <optional>

namespace nova {

// Who performs an administrative action. A signed-in admin has a userId and
// is authorised through the permission service. An actor without a userId is
// the local operator (nova-ctl run by someone who can already open the
// database file or the PostgreSQL credentials): recovery must work even when
// no admin account can sign in, and such a person could edit the tables
// directly anyway. Every action is logged either way.
struct Actor {
    std::optional<qint64> userId;
    QString username;
    QString ip;
    QString userAgent;

    static Actor localOperator(const QString& name)
    {
        Actor actor;
        actor.username = name;
        return actor;
    }
    bool isLocalOperator() const { return !userId.has_value(); }
};

} // namespace nova
