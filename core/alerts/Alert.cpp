#include "Alert.h"

namespace nova {

QJsonObject Alert::toJson() const
{
    QJsonObject json{{QStringLiteral("seq"), seq},
                     {QStringLiteral("time"), createdAtMs},
                     {QStringLiteral("severity"), severityName(severity)},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("channel"), channel},
                     {QStringLiteral("message_en"), messageEn},
                     {QStringLiteral("message_ar"), messageAr}};
    if (!ip.isEmpty())
        json.insert(QStringLiteral("ip"), ip);
    if (userId)
        json.insert(QStringLiteral("user_id"), *userId);
    if (!username.isEmpty())
        json.insert(QStringLiteral("username"), username);
    if (logId)
        json.insert(QStringLiteral("log_id"), *logId);
    if (!ackedBy.isEmpty()) {
        json.insert(QStringLiteral("acked_by"), ackedBy);
        json.insert(QStringLiteral("acked_at"), ackedAtMs);
    }
    return json;
}

Alert Alert::fromJson(const QJsonObject& json)
{
    Alert alert;
    alert.seq = json.value(QStringLiteral("seq")).toInteger();
    alert.createdAtMs = json.value(QStringLiteral("time")).toInteger();
    alert.severity = severityFromName(json.value(QStringLiteral("severity")).toString());
    alert.type = json.value(QStringLiteral("type")).toString();
    alert.channel = json.value(QStringLiteral("channel")).toString(QStringLiteral("security"));
    alert.messageEn = json.value(QStringLiteral("message_en")).toString();
    alert.messageAr = json.value(QStringLiteral("message_ar")).toString();
    alert.ip = json.value(QStringLiteral("ip")).toString();
    if (json.contains(QStringLiteral("user_id")))
        alert.userId = json.value(QStringLiteral("user_id")).toInteger();
    alert.username = json.value(QStringLiteral("username")).toString();
    if (json.contains(QStringLiteral("log_id")))
        alert.logId = json.value(QStringLiteral("log_id")).toInteger();
    alert.ackedBy = json.value(QStringLiteral("acked_by")).toString();
    alert.ackedAtMs = json.value(QStringLiteral("acked_at")).toInteger();
    return alert;
}

} // namespace nova
