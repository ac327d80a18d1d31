#pragma once

#include "Result.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QString>

namespace nova::ui {

// What one desktop remembers for itself, in its QSettings (organization
// "Nova CRM", application "nova-admin"): where the data is, which alert
// server to listen to, when to lock, and the language. The security policy
// (2FA, lockout, detector thresholds) is the deployment's and lives in the
// database instead (PolicyStore).
struct AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    static constexpr int kDefaultLockTimeoutMinutes = 10;
    static constexpr int kMaxLockTimeoutMinutes = 24 * 60;

    // A DatabaseUrl text; empty: the embedded SQLite file in the data folder.
    QString databaseUrl;
    // ws:// or wss://; empty: the endpoint of this desktop's own service layer.
    QString alertServerUrl;
    // 0: never lock.
    int lockTimeoutMinutes = kDefaultLockTimeoutMinutes;
    // A locale name such as "en" or "ar"; empty: the system's.
    QString language;
    // How Arabic writes numbers and dates; English always uses Latin digits.
    DigitStyle digits = DigitStyle::Latin;

    // Reads QSettings("Nova CRM", "nova-admin"); a missing or invalid value
    // keeps its default.
    static AppSettings load();
    Status save() const;

    // Each returns a translated message for the settings page.
    static Status validateDatabaseUrl(const QString& text);
    static Status validateAlertServerUrl(const QString& text);
    static bool isKnownLanguage(const QString& language);
    // A PostgreSQL URL with a password puts it in the settings file in clear.
    static bool databaseUrlHasPassword(const QString& text);
    Status validate() const;

    bool operator==(const AppSettings&) const = default;
};

} // namespace nova::ui
