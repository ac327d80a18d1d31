#include "AppSettings.h"

#include "Bidi.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace nova::ui {

namespace {

const QString kOrganization = QStringLiteral("Nova CRM");
const QString kApplication = QStringLiteral("nova-admin");
const QString kDatabaseKey = QStringLiteral("database/url");
const QString kAlertServerKey = QStringLiteral("alerts/serverUrl");
const QString kLockTimeoutKey = QStringLiteral("session/lockTimeoutMinutes");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kDigitsKey = QStringLiteral("ui/digits");

} // namespace

AppSettings AppSettings::load()
{
    const QSettings stored(kOrganization, kApplication);
    AppSettings settings;
    const QString database = stored.value(kDatabaseKey).toString().trimmed();
    if (validateDatabaseUrl(database))
        settings.databaseUrl = database;
    const QString alertServer = stored.value(kAlertServerKey).toString().trimmed();
    if (validateAlertServerUrl(alertServer))
        settings.alertServerUrl = alertServer;
    bool ok = false;
    const int minutes = stored.value(kLockTimeoutKey).toInt(&ok);
    if (ok && minutes >= 0 && minutes <= kMaxLockTimeoutMinutes)
        settings.lockTimeoutMinutes = minutes;
    const QString language = stored.value(kLanguageKey).toString();
    if (isKnownLanguage(language))
        settings.language = language;
    settings.digits = Translations::digitStyleFromName(stored.value(kDigitsKey).toString());
    return settings;
}

Status AppSettings::save() const
{
    if (auto valid = validate(); !valid)
        return valid;
    QSettings stored(kOrganization, kApplication);
    stored.setValue(kDatabaseKey, databaseUrl.trimmed());
    stored.setValue(kAlertServerKey, alertServerUrl.trimmed());
    stored.setValue(kLockTimeoutKey, lockTimeoutMinutes);
    stored.setValue(kLanguageKey, language);
    stored.setValue(kDigitsKey, Translations::digitStyleName(digits));
    stored.sync();
    if (stored.status() != QSettings::NoError)
        return Error{QStringLiteral("settings.write"),
                     tr("The settings could not be written to %1.").arg(leftToRight(stored.fileName()))};
    return {};
}

Status AppSettings::validateDatabaseUrl(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    auto parsed = DatabaseUrl::parse(text);
    if (!parsed)
        return parsed.error();
    return {};
}

bool AppSettings::databaseUrlHasPassword(const QString& text)
{
    auto parsed = DatabaseUrl::parse(text);
    return parsed && !parsed->password.isEmpty();
}

Status AppSettings::validateAlertServerUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")))
        return Error{
            QStringLiteral("settings.alert_url"),
            tr("Enter a WebSocket address such as wss://alerts.example.com:8443, or leave it empty.")};
    if (!url.userInfo().isEmpty())
        return Error{
            QStringLiteral("settings.alert_url"),
            tr("The alert server address must not contain a user name or password; the desktop signs "
               "in with its session.")};
    return {};
}

bool AppSettings::isKnownLanguage(const QString& language)
{
    return language.isEmpty() || Translations::isSupported(language);
}

Status AppSettings::validate() const
{
    if (auto database = validateDatabaseUrl(databaseUrl); !database)
        return database;
    if (auto alerts = validateAlertServerUrl(alertServerUrl); !alerts)
        return alerts;
    if (lockTimeoutMinutes < 0 || lockTimeoutMinutes > kMaxLockTimeoutMinutes)
        return Error{
            QStringLiteral("settings.lock_timeout"),
            tr("The lock timeout must be between 0 (never) and %1 minutes.").arg(kMaxLockTimeoutMinutes)};
    if (!isKnownLanguage(language))
        return Error{QStringLiteral("settings.language"), tr("Unknown language \"%1\".").arg(language)};
    return {};
}

} // namespace nova::ui
