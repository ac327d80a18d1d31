#pragma once

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace nova {
struct BlockedIp;
struct Role;
struct SecurityLogEntry;
struct User;
} // namespace nova

namespace nova::ctl {

// The JSON nova-ctl prints. Field names are part of its interface for
// scripts: add fields, never rename or remove them.
QJsonValue isoTime(std::optional<qint64> msecs);
QJsonObject userJson(const User& user);
QJsonObject blockedIpJson(const BlockedIp& entry);
QJsonObject roleJson(const Role& role);

} // namespace nova::ctl
