#include "ServiceHub.h"

#include "Bidi.h"
#include "alerts/AlertBus.h"
#include "auth/SessionTokenService.h"
#include "auth/SignInService.h"
#include "blocklist/IpBlockList.h"
#include "crypto/PasswordHasher.h"
#include "ids/IntrusionDetector.h"
#include "ids/LoginFailureHistory.h"
#include "policy/PolicyStore.h"
#include "rbac/AdminAudit.h"
#include "rbac/PermissionService.h"
#include "rbac/RoleService.h"
#include "secrets/FileSecretStore.h"
#include "secrets/KeyRing.h"
#include "secrets/KeychainSecretStore.h"
#include "securitylog/LogRetention.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogExporter.h"
#include "securitylog/SecurityLogQuery.h"
#include "sms/OutboxSmsSender.h"
#include "sms/SmsOtpService.h"
#include "sms/WebhookSmsSender.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/SettingsTable.h"
#include "twofactor/TwoFactorService.h"
#include "users/PasswordPolicy.h"
#include "users/UserImporter.h"
#include "users/UserService.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace nova {

namespace {

constexpr const char* kSecretsSetting = "secrets.backend";

} // namespace

QString ServiceConfig::defaultSecretsDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("secrets"));
}

ServiceHub::ServiceHub(const Clock* clock)
    : m_clock(clock ? *clock : m_systemClock)
{}

ServiceHub::~ServiceHub()
{
    m_executor.waitForDone();
}

Result<std::unique_ptr<ServiceHub>> ServiceHub::open(const ServiceConfig& config)
{
    std::unique_ptr<ServiceHub> hub(new ServiceHub(nullptr));
    if (auto built = hub->build(config); !built)
        return built.error();
    return hub;
}

Result<std::unique_ptr<ServiceHub>> ServiceHub::open(const ServiceConfig& config, const Clock& clock)
{
    std::unique_ptr<ServiceHub> hub(new ServiceHub(&clock));
    if (auto built = hub->build(config); !built)
        return built.error();
    return hub;
}

Status ServiceHub::openSecrets(const QString& requested)
{
    QString spec = requested.trimmed().isEmpty() ? QStringLiteral("auto") : requested.trimmed();
    auto stored = SettingsTable::read(*m_db, QString::fromLatin1(kSecretsSetting));
    if (!stored)
        return stored.error();
    const std::optional<QString> recorded = stored->value_or(QString()).isEmpty() ? std::nullopt : *stored;
    if (spec == QLatin1String("auto")) {
        // The keys that sealed this database's secrets are where they were
        // first put; a second program on the same database must find them.
        if (recorded)
            spec = *recorded;
        else if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            spec = QStringLiteral("keychain");
        else
            spec = QStringLiteral("file:") + ServiceConfig::defaultSecretsDirectory();
    }
    if (spec == QLatin1String("keychain")) {
        m_secrets = std::make_unique<KeychainSecretStore>();
    } else if (spec.startsWith(QLatin1String("file:")) && spec.size() > 5) {
        const QString folder = QDir(spec.mid(5)).absolutePath();
        spec = QStringLiteral("file:") + folder;
        m_secrets = std::make_unique<FileSecretStore>(folder);
    } else {
        return Error{QStringLiteral("config.secrets"),
                     //: %1 is the secret store the configuration names; auto, keychain and file:FOLDER are
                     //: literal values
                     tr("Unknown secret store \"%1\": use auto, keychain or file:FOLDER.")
                         .arg(leftToRight(requested))};
    }
    m_secretsDescription = spec;
    if (!recorded)
        return SettingsTable::write(*m_db, QString::fromLatin1(kSecretsSetting), spec);
    return {};
}

Status ServiceHub::build(const ServiceConfig& requested)
{
    auto url = DatabaseUrl::parse(requested.database.isEmpty() ? DatabaseUrl::defaultSqlitePath()
                                                               : requested.database);
    if (!url)
        return url.error();
    if (url->engine == DatabaseUrl::Engine::Sqlite)
        QDir().mkpath(QFileInfo(url->sqlitePath).absolutePath());
    auto db = Database::open(*url);
    if (!db)
        return db.error();
    m_db = std::move(db).value();

    // The deployment's policy, as an administrator stored it, in place of
    // this program's own defaults and configuration.
    const ServicePolicy configured = ServicePolicy::fromConfig(requested);
    auto stored = PolicyStore::read(*m_db, configured);
    if (!stored)
        return stored.error();
    m_policyInEffect = *stored;
    ServiceConfig config = requested;
    m_policyInEffect.applyTo(config);

    if (auto secrets = openSecrets(config.secrets); !secrets)
        return secrets;
    m_keyRing = std::make_unique<KeyRing>(*m_secrets);

    m_log = std::make_unique<SecurityLog>(*m_db, m_clock);
    m_logQuery = std::make_unique<SecurityLogQuery>(*m_db);
    m_alerts = std::make_unique<AlertBus>(*m_db, m_clock);
    m_audit = std::make_unique<AdminAudit>(*m_log, *m_alerts);
    m_exporter = std::make_unique<SecurityLogExporter>(*m_db, *m_audit);
    m_retention = std::make_unique<LogRetention>(*m_db, *m_log, *m_audit, *m_keyRing, m_clock);
    m_hasher = std::make_unique<PasswordHasher>(config.passwordHashing);
    m_policy = std::make_unique<PasswordPolicy>();
    m_roles = std::make_unique<RoleService>(*m_db, *m_audit, m_clock);
    if (auto seeded = m_roles->ensureDefaults(); !seeded)
        return seeded;
    m_permissions = std::make_unique<PermissionService>(*m_db, *m_log, m_clock);
    m_users = std::make_unique<UserService>(*m_db, *m_hasher, *m_policy, *m_audit, m_clock);
    m_importer = std::make_unique<UserImporter>(*m_db, m_users->repository(), *m_audit);
    TwoFactorOptions twoFactor;
    twoFactor.otp = config.totp;
    twoFactor.skewSteps = config.totpSkewSteps;
    m_twoFactor = std::make_unique<TwoFactorService>(*m_db, *m_keyRing, *m_log, *m_audit, m_clock, twoFactor);

    if (!config.smsWebhook.isEmpty()) {
        const QUrl webhook(config.smsWebhook);
        if (auto valid = WebhookSmsSender::validateUrl(webhook); !valid)
            return valid;
        m_smsSender = std::make_unique<WebhookSmsSender>(webhook);
    } else {
        m_smsSender = std::make_unique<OutboxSmsSender>(
            config.smsOutbox.isEmpty() ? OutboxSmsSender::defaultPath() : config.smsOutbox, m_clock);
    }
    m_sms = std::make_unique<SmsOtpService>(*m_db, *m_smsSender, *m_keyRing, *m_log, m_clock);
    m_blockList = std::make_unique<IpBlockList>(*m_db, m_clock, *m_log, *m_audit, *m_alerts);
    m_loginHistory = std::make_unique<LoginFailureHistory>(*m_db);
    m_detector =
        std::make_unique<IntrusionDetector>(*m_blockList, *m_log, *m_alerts, m_clock, config.thresholds);
    m_detector->setLoginHistory(m_loginHistory.get());
    m_tokens = std::make_unique<SessionTokenService>(*m_db, *m_secrets, m_clock);
    m_signIn = std::make_unique<SignInService>(
        SignInService::Dependencies{m_users->repository(), *m_hasher, *m_twoFactor, *m_sms, *m_tokens,
                                    *m_blockList, *m_detector, *m_log, *m_alerts, m_clock},
        config.signIn);
    m_policyStore = std::make_unique<PolicyStore>(*m_db, *m_audit, configured);
    return {};
}

} // namespace nova
