#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace nova {

// What an administrator narrows the security log down to. Empty fields do
// not filter. All conditions must hold (AND); several event types are
// alternatives (OR).
struct SecurityLogFilter {
    QStringList events;
    std::optional<qint64> userId;
    QString username; // exact, as logged
    QString ip;       // exact address text, as logged
    std::optional<bool> success;
    std::optional<qint64> fromMs; // inclusive
    std::optional<qint64> toMs;   // exclusive
    // Case-insensitive substring of the username, IP, user agent or
    // metadata. SQLite's lower() folds ASCII only, so non-ASCII letters with
    // case (É/é) match case-sensitively there; Arabic has no case.
    QString text;

    bool isEmpty() const;

    // Appends "(...)" SQL conditions with `?` placeholders and their values,
    // so every value is bound, never spliced into the statement.
    void appendSql(QStringList& conditions, QVariantList& values) const;
};

} // namespace nova
