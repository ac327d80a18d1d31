#pragma once

#include "Clock.h"
#include "Result.h"
#include "ServiceConfig.h"
#include "ServiceExecutor.h"
#include "policy/ServicePolicy.h"

#include <QCoreApplication>

#include <memory>

namespace nova {

class AdminAudit;
class AlertBus;
class Database;
class IntrusionDetector;
class IpBlockList;
class KeyRing;
class LogRetention;
class LoginFailureHistory;
class PasswordHasher;
class PasswordPolicy;
class PermissionService;
class PolicyStore;
class RoleService;
class SecretStore;
class SecurityLog;
class SecurityLogExporter;
class SecurityLogQuery;
class SessionTokenService;
class SignInService;
class SmsOtpService;
class SmsSender;
class TwoFactorService;
class UserImporter;
class UserService;

// The composition root: opens the database and the secret store and wires
// every service to them. The desktop, nova-service and nova-ctl each build
// one; nothing else constructs services, and no service reaches for a
// global.
class ServiceHub {
    Q_DECLARE_TR_FUNCTIONS(nova::ServiceHub)
public:
    static Result<std::unique_ptr<ServiceHub>> open(const ServiceConfig& config);
    // For tests: a clock of the caller's choosing.
    static Result<std::unique_ptr<ServiceHub>> open(const ServiceConfig& config, const Clock& clock);
    ~ServiceHub();
    ServiceHub(const ServiceHub&) = delete;
    ServiceHub& operator=(const ServiceHub&) = delete;

    Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    SecretStore& secrets() { return *m_secrets; }
    // "keychain" or "file:<folder>": the backend actually in use.
    const QString& secretsDescription() const { return m_secretsDescription; }
    KeyRing& keyRing() { return *m_keyRing; }
    SecurityLog& securityLog() { return *m_log; }
    SecurityLogQuery& logQuery() { return *m_logQuery; }
    SecurityLogExporter& logExporter() { return *m_exporter; }
    LogRetention& retention() { return *m_retention; }
    AlertBus& alerts() { return *m_alerts; }
    AdminAudit& audit() { return *m_audit; }
    const PasswordHasher& hasher() const { return *m_hasher; }
    const PasswordPolicy& passwordPolicy() const { return *m_policy; }
    RoleService& roles() { return *m_roles; }
    PermissionService& permissions() { return *m_permissions; }
    UserService& users() { return *m_users; }
    UserImporter& importer() { return *m_importer; }
    TwoFactorService& twoFactor() { return *m_twoFactor; }
    SmsOtpService& sms() { return *m_sms; }
    IpBlockList& blockList() { return *m_blockList; }
    IntrusionDetector& detector() { return *m_detector; }
    SessionTokenService& tokens() { return *m_tokens; }
    SignInService& signIn() { return *m_signIn; }
    // The deployment's security policy as stored; the services above run
    // with the policy that applied when the hub opened (policyInEffect()).
    PolicyStore& policyStore() { return *m_policyStore; }
    const ServicePolicy& policyInEffect() const { return m_policyInEffect; }
    ServiceExecutor& executor() { return m_executor; }

private:
    // nullptr: the system clock.
    explicit ServiceHub(const Clock* clock);
    Status build(const ServiceConfig& config);
    Status openSecrets(const QString& spec);

    SystemClock m_systemClock;
    const Clock& m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_secretsDescription;
    std::unique_ptr<KeyRing> m_keyRing;
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<SecurityLogQuery> m_logQuery;
    std::unique_ptr<AlertBus> m_alerts;
    std::unique_ptr<AdminAudit> m_audit;
    std::unique_ptr<SecurityLogExporter> m_exporter;
    std::unique_ptr<LogRetention> m_retention;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<PasswordPolicy> m_policy;
    std::unique_ptr<RoleService> m_roles;
    std::unique_ptr<PermissionService> m_permissions;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<UserImporter> m_importer;
    std::unique_ptr<TwoFactorService> m_twoFactor;
    std::unique_ptr<SmsSender> m_smsSender;
    std::unique_ptr<SmsOtpService> m_sms;
    std::unique_ptr<IpBlockList> m_blockList;
    std::unique_ptr<LoginFailureHistory> m_loginHistory;
    std::unique_ptr<IntrusionDetector> m_detector;
    std::unique_ptr<SessionTokenService> m_tokens;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<PolicyStore> m_policyStore;
    ServicePolicy m_policyInEffect;
    // Last: its threads finish before the services they call are destroyed.
    ServiceExecutor m_executor;
};

} // namespace nova
