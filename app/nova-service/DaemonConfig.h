#pragma once

#include "Result.h"
#include "ServiceConfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace nova::service {

// nova-service's settings: a JSON file (--config) overridden by the command
// line. Every key is optional:
//   {"database": "postgresql://nova@db:5432/nova", "secrets": "file:/var/lib/nova-admin/secrets",
//    "listen": "127.0.0.1:8765", "tlsCert": "/etc/nova-admin/cert.pem", "tlsKey": "/etc/nova-admin/key.pem",
//    "smsWebhook": "https://sms.example/send",
//    "detector": {"bruteForceFailures": 5, "bruteForceWindowMinutes": 15, "bruteForceBlockHours": 24,
//                 "suspiciousEvents": 10, "suspiciousBlockMinutes": 60, "injectionAttempts": 3},
//    "signIn": {"lockThreshold": 5, "lockMinutes": 15},
//    "backupFolder": "/var/backups/nova-admin", "backupKeep": "14"}
struct DaemonConfig {
    Q_DECLARE_TR_FUNCTIONS(nova::service::DaemonConfig)

public:
    ServiceConfig services;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8765;
    QString tlsCert;
    QString tlsKey;
    // Daily encrypted backups (SQLite only) go here when set; the newest
    // backupKeep files are kept.
    QString backupFolder;
    static constexpr int kDefaultBackupKeep = 14;
    static constexpr int kMaxBackupKeep = 365;
    int backupKeep = kDefaultBackupKeep;

    static Result<DaemonConfig> fromArguments(const QStringList& arguments);
    // Applies a configuration file's settings on top of this one.
    Status applyFile(const QString& path);
    Status setListen(const QString& addressAndPort);
    Status setBackupKeep(const QString& count);
};

} // namespace nova::service
