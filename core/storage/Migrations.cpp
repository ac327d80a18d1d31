#include "Migrations.h"

namespace nova {

namespace {

QList<Migration> buildMigrations()
{
    Migration v1{1, {}};
    v1.statements = {
        // Accounts. Times are milliseconds since the epoch (UTC) everywhere.
        QStringLiteral("CREATE TABLE users ("
                       " id {PK},"
                       " username TEXT NOT NULL,"
                       " email TEXT,"
                       " display_name TEXT,"
                       " phone TEXT,"
                       " role TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'active',"
                       " password_hash TEXT NOT NULL,"
                       " failed_logins INTEGER NOT NULL DEFAULT 0,"
                       " locked_until BIGINT,"
                       " last_login_at BIGINT,"
                       " password_changed_at BIGINT,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX users_username ON users (lower(username))"),
        // Two-factor: the TOTP secret sealed with AES-256-GCM, the key named by key_id.
        QStringLiteral("CREATE TABLE totp_secrets ("
                       " user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
                       " sealed_secret {BLOB} NOT NULL,"
                       " key_id TEXT NOT NULL,"
                       " algorithm TEXT NOT NULL DEFAULT 'SHA1',"
                       " digits INTEGER NOT NULL DEFAULT 6,"
                       " period INTEGER NOT NULL DEFAULT 30,"
                       " enabled INTEGER NOT NULL DEFAULT 0,"
                       " enabled_at BIGINT,"
                       " last_step BIGINT,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE backup_codes ("
                       " id {PK},"
                       " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " digest {BLOB} NOT NULL,"
                       " used_at BIGINT,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX backup_codes_user ON backup_codes (user_id)"),
        QStringLiteral("CREATE TABLE sms_codes ("
                       " id {PK},"
                       " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " digest {BLOB} NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " expires_at BIGINT NOT NULL,"
                       " used_at BIGINT,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX sms_codes_user ON sms_codes (user_id)"),
        // Roles and permissions.
        QStringLiteral("CREATE TABLE roles ("
                       " name TEXT PRIMARY KEY,"
                       " builtin INTEGER NOT NULL DEFAULT 0,"
                       " description TEXT)"),
        QStringLiteral("CREATE TABLE role_grants ("
                       " role TEXT NOT NULL REFERENCES roles(name) ON DELETE CASCADE,"
                       " feature TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " PRIMARY KEY (role, feature, action))"),
        QStringLiteral("CREATE TABLE user_grants ("
                       " id {PK},"
                       " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " feature TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " expires_at BIGINT,"
                       " granted_by BIGINT,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX user_grants_user ON user_grants (user_id)"),
        QStringLiteral("CREATE TABLE resource_owners ("
                       " resource_type TEXT NOT NULL,"
                       " resource_id TEXT NOT NULL,"
                       " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (resource_type, resource_id))"),
        // The append-only, hash-chained security log.
        QStringLiteral("CREATE TABLE security_log ("
                       " id {PK},"
                       " created_at BIGINT NOT NULL,"
                       " event TEXT NOT NULL,"
                       " severity TEXT NOT NULL,"
                       " success INTEGER NOT NULL,"
                       " user_id BIGINT,"
                       " username TEXT,"
                       " ip TEXT,"
                       " user_agent TEXT,"
                       " metadata TEXT,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX security_log_time ON security_log (created_at, id)"),
        QStringLiteral("CREATE INDEX security_log_event ON security_log (event, id)"),
        QStringLiteral("CREATE INDEX security_log_ip ON security_log (ip, id)"),
        QStringLiteral("CREATE INDEX security_log_user ON security_log (user_id, id)"),
        QStringLiteral("CREATE INDEX security_log_username ON security_log (username, id)"),
        // Blocked and allowed addresses (single IPs are stored as /32 or /128).
        QStringLiteral("CREATE TABLE blocked_ips ("
                       " id {PK},"
                       " cidr TEXT NOT NULL UNIQUE,"
                       " reason TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " blocked_at BIGINT NOT NULL,"
                       " expires_at BIGINT,"
                       " created_by TEXT)"),
        QStringLiteral("CREATE TABLE allowed_ips ("
                       " cidr TEXT PRIMARY KEY,"
                       " note TEXT,"
                       " created_at BIGINT NOT NULL)"),
        // Revoked session tokens, kept until they would have expired anyway.
        QStringLiteral("CREATE TABLE revoked_tokens ("
                       " jti TEXT PRIMARY KEY,"
                       " expires_at BIGINT NOT NULL)"),
        // Alerts, numbered by seq so a client can resume exactly where it stopped.
        QStringLiteral("CREATE TABLE alerts ("
                       " seq {PK},"
                       " created_at BIGINT NOT NULL,"
                       " severity TEXT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " channel TEXT NOT NULL,"
                       " message_en TEXT NOT NULL,"
                       " message_ar TEXT NOT NULL,"
                       " ip TEXT,"
                       " user_id BIGINT,"
                       " username TEXT,"
                       " log_id BIGINT,"
                       " acked_by TEXT,"
                       " acked_at BIGINT)"),
        QStringLiteral("CREATE INDEX alerts_time ON alerts (created_at)"),
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
    };

    // Issue 8: data-protection erasure, retention archiving and the dashboard.
    Migration v2{2, {}};
    v2.statements = {
        // A pseudonymised entry names the erase_user entry that vouches for
        // its new content (docs/DATA-PROTECTION.md explains the chain).
        QStringLiteral("ALTER TABLE security_log ADD COLUMN redacted_by BIGINT"),
        // The dashboard reads its counts from this index alone: success for
        // the sign-in chart, ip and username for the rankings. On a month of
        // a million-entry log, reading the rows behind an (event, created_at)
        // index instead took 0.4-0.8 s per figure.
        QStringLiteral(
            "CREATE INDEX security_log_dashboard ON security_log (event, created_at, success, ip, username)"),
        // Where the live chain starts once older entries went to an archive.
        QStringLiteral("CREATE TABLE log_anchor ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " archived_through_id BIGINT NOT NULL,"
                       " last_hash TEXT NOT NULL,"
                       " archive_file TEXT NOT NULL,"
                       " archived_at BIGINT NOT NULL)"),
    };
    return {v1, v2};
}

} // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

QString Migrations::forEngine(QString statement, bool postgres)
{
    statement.replace(QLatin1String("{PK}"), postgres ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                                      : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    statement.replace(QLatin1String("{BLOB}"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return statement;
}

} // namespace nova
