#pragma once

#include "Severity.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace nova {

// What the detectors and sensitive actions raise. seq is the database's
// sequence number: strictly increasing, so a client resumes after the last
// one it saw.
struct Alert {
    qint64 seq = 0;
    qint64 createdAtMs = 0;
    Severity severity = Severity::Medium;
    QString type;                                 // e.g. "brute_force", "ip_blocked", "sensitive_action"
    QString channel = QStringLiteral("security"); // who may see it: "security", "user:<id>", "broadcast"
    QString messageEn;
    QString messageAr;
    QString ip;
    std::optional<qint64> userId;
    QString username;
    std::optional<qint64> logId;
    QString ackedBy;
    qint64 ackedAtMs = 0;

    QJsonObject toJson() const;
    static Alert fromJson(const QJsonObject& json);
};

} // namespace nova
