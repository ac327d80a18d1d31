#pragma once

#include "blocklist/IpRange.h"

#include <QString>

#include <optional>

namespace nova {

namespace BlockSource {
inline const QString Manual = QStringLiteral("manual");
inline const QString Detector = QStringLiteral("detector");
} // namespace BlockSource

struct BlockedIp {
    qint64 id = 0;
    IpRange range;
    QString reason;
    QString source; // BlockSource::Manual or BlockSource::Detector
    qint64 blockedAtMs = 0;
    std::optional<qint64> expiresAtMs; // empty: until unblocked
    QString createdBy;

    bool isActive(qint64 nowMs) const { return !expiresAtMs || *expiresAtMs > nowMs; }
};

struct AllowedIp {
    IpRange range;
    QString note;
    qint64 createdAtMs = 0;
};

} // namespace nova
