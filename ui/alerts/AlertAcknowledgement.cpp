#include "AlertAcknowledgement.h"

#include "ServiceHub.h"
#include "alerts/AlertBus.h"
#include "rbac/PermissionService.h"
#include "securitylog/SecurityLog.h"

#include <QJsonObject>

namespace nova::ui {

Result<AlertAcknowledgement::Outcome> AlertAcknowledgement::run(ServiceHub& hub, const Actor& actor,
                                                                const QList<Item>& items)
{
    const QString ownChannel = actor.userId ? QStringLiteral("user:%1").arg(*actor.userId) : QString();
    const bool needsUpdate =
        std::any_of(items.begin(), items.end(), [&](const Item& item) { return item.channel != ownChannel; });
    if (needsUpdate) {
        if (auto allowed =
                hub.permissions().authorize(actor, Permission{QStringLiteral("alerts"), Permission::kUpdate},
                                            QStringLiteral("alerts:ack"));
            !allowed)
            return allowed.error();
    }

    Outcome outcome;
    outcome.by = actor.username;
    outcome.atMs = hub.clock().nowMSecs();
    for (const Item& item : items) {
        if (auto acked = hub.alerts().acknowledge(item.seq, actor.username); !acked) {
            if (outcome.failure.isEmpty())
                outcome.failure = acked.errorMessage();
            continue;
        }
        outcome.acknowledged.append(item.seq);
        // Acknowledging decides that nobody needs to look at the alert any
        // more: an action staff answer for, logged like the server's ack.
        const SecurityEvent event = SecurityEvent::about(
            EventType::AlertAcknowledged, true, actor.userId, actor.username, actor.ip, actor.userAgent,
            QJsonObject{{QStringLiteral("seq"), item.seq},
                        {QStringLiteral("channel"), item.channel},
                        {QStringLiteral("type"), item.type}});
        if (auto written = hub.securityLog().append(event); !written && outcome.failure.isEmpty())
            outcome.failure = written.errorMessage();
    }
    return outcome;
}

} // namespace nova::ui
