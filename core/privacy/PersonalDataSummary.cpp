#include "PersonalDataSummary.h"

#include "Bidi.h"
#include "Severity.h"
#include "users/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace nova {

namespace {

const QString kNone = QStringLiteral("—");

// Plain and small: it has to print well and read the same in any browser.
const char* const kStyle = "body{font-family:system-ui,'Noto Sans','Noto Sans Arabic',sans-serif;"
                           "margin:2em;line-height:1.5;color:#1b1b1b}"
                           "h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;"
                           "border-bottom:1px solid #ccc}"
                           "table{border-collapse:collapse;margin:0.5em 0}"
                           "th,td{border:1px solid #ccc;padding:0.25em 0.6em;text-align:start;"
                           "vertical-align:top}"
                           "th{background:#f2f2f2}table.facts th{width:16em}"
                           "code{font-size:0.9em;white-space:pre-wrap;word-break:break-all}"
                           ".note{color:#555}";

class Page {
public:
    explicit Page(const QLocale& locale)
        : m_locale(locale)
    {}

    QString escaped(const QString& text) const { return text.toHtmlEscaped(); }

    // A value of the person's or the system's, isolated from the text around it.
    QString isolated(const QString& text) const
    {
        if (text.isEmpty())
            return kNone;
        return QStringLiteral("<bdi>%1</bdi>").arg(escaped(text));
    }

    // Addresses, e-mails and phone numbers read left to right in any sentence.
    QString leftToRight(const QString& text) const
    {
        if (text.isEmpty())
            return kNone;
        return QStringLiteral("<bdi dir=\"ltr\">%1</bdi>").arg(escaped(text));
    }

    QString code(const QString& text) const
    {
        if (text.isEmpty())
            return kNone;
        return QStringLiteral("<code dir=\"ltr\">%1</code>").arg(escaped(text));
    }

    QString time(const QJsonValue& iso) const
    {
        const QDateTime when = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
        if (!when.isValid())
            return kNone;
        return escaped(m_locale.toString(when.toLocalTime(), QLocale::ShortFormat));
    }

    QString number(qint64 value) const { return escaped(m_locale.toString(value)); }

    void heading(const QString& text) { m_body += QStringLiteral("<h2>%1</h2>\n").arg(escaped(text)); }
    void paragraph(const QString& html, bool note = false)
    {
        m_body += note ? QStringLiteral("<p class=\"note\">%1</p>\n").arg(html)
                       : QStringLiteral("<p>%1</p>\n").arg(html);
    }
    void raw(const QString& html) { m_body += html; }

    // Rows of label and value (the value already HTML).
    void facts(const QList<std::pair<QString, QString>>& rows)
    {
        m_body += QStringLiteral("<table class=\"facts\">\n");
        for (const auto& [label, value] : rows)
            m_body +=
                QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(escaped(label), value);
        m_body += QStringLiteral("</table>\n");
    }

    void table(const QStringList& headers, const QList<QStringList>& rows)
    {
        if (rows.isEmpty()) {
            paragraph(escaped(PersonalDataSummary::tr("None.")));
            return;
        }
        m_body += QStringLiteral("<table>\n<thead><tr>");
        for (const QString& header : headers)
            m_body += QStringLiteral("<th scope=\"col\">%1</th>").arg(escaped(header));
        m_body += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList& row : rows) {
            m_body += QStringLiteral("<tr>");
            for (const QString& cell : row)
                m_body += QStringLiteral("<td>%1</td>").arg(cell);
            m_body += QStringLiteral("</tr>\n");
        }
        m_body += QStringLiteral("</tbody></table>\n");
    }

    QByteArray document(const QString& title) const
    {
        const bool rtl = m_locale.textDirection() == Qt::RightToLeft;
        const QString lang = m_locale.language() == QLocale::C ? QStringLiteral("en") : m_locale.bcp47Name();
        QString page;
        page += QStringLiteral(
                    "<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .arg(escaped(lang), rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
        page += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                    .arg(title, QString::fromLatin1(kStyle));
        page += m_body;
        page += QStringLiteral("</body>\n</html>\n");
        return page.toUtf8();
    }

    const QLocale& locale() const { return m_locale; }

private:
    QLocale m_locale;
    QString m_body;
};

QString statusText(const QString& stored)
{
    const std::optional<UserStatus> status = UserStatusText::fromString(stored);
    return status ? UserStatusText::displayName(*status) : stored;
}

QString severityText(const QString& name)
{
    switch (severityFromName(name)) {
    case Severity::Info:
        //: An alert's severity, like "Low" and "Critical"
        return PersonalDataSummary::tr("Information");
    case Severity::Low:
        return PersonalDataSummary::tr("Low");
    case Severity::Medium:
        return PersonalDataSummary::tr("Medium");
    case Severity::High:
        return PersonalDataSummary::tr("High");
    case Severity::Critical:
        return PersonalDataSummary::tr("Critical");
    }
    return name;
}

QString permissionList(const Page& page, const QJsonArray& permissions)
{
    if (permissions.isEmpty())
        return page.escaped(PersonalDataSummary::tr("None."));
    QStringList codes;
    for (const QJsonValue& permission : permissions)
        codes.append(page.code(permission.toString()));
    return codes.join(QLatin1String(", "));
}

void writeAccount(Page& page, const QJsonObject& account)
{
    page.heading(PersonalDataSummary::tr("Account"));
    const QString lockedUntil = account.value(QStringLiteral("locked")).toBool()
                                    ? page.time(account.value(QStringLiteral("locked_until")))
                                    : page.escaped(PersonalDataSummary::tr("Not locked"));
    page.facts({
        {PersonalDataSummary::tr("User name"),
         page.isolated(account.value(QStringLiteral("username")).toString())},
        {PersonalDataSummary::tr("Display name"),
         page.isolated(account.value(QStringLiteral("display_name")).toString())},
        {PersonalDataSummary::tr("E-mail"),
         page.leftToRight(account.value(QStringLiteral("email")).toString())},
        {PersonalDataSummary::tr("Phone"),
         page.leftToRight(account.value(QStringLiteral("phone")).toString())},
        {PersonalDataSummary::tr("Role"), page.isolated(account.value(QStringLiteral("role")).toString())},
        {PersonalDataSummary::tr("Status"),
         page.escaped(statusText(account.value(QStringLiteral("effective_status")).toString()))},
        {PersonalDataSummary::tr("Locked until"), lockedUntil},
        {PersonalDataSummary::tr("Failed sign-ins in a row"),
         page.number(account.value(QStringLiteral("failed_logins")).toInteger())},
        {PersonalDataSummary::tr("Last sign-in"),
         page.time(account.value(QStringLiteral("last_sign_in_at")))},
        {PersonalDataSummary::tr("Password last changed"),
         page.time(account.value(QStringLiteral("password_changed_at")))},
        {PersonalDataSummary::tr("Account created"), page.time(account.value(QStringLiteral("created_at")))},
        {PersonalDataSummary::tr("Account last updated"),
         page.time(account.value(QStringLiteral("updated_at")))},
    });
}

void writeAccess(Page& page, const QJsonObject& access)
{
    page.heading(PersonalDataSummary::tr("Role and permissions"));
    QString role = page.isolated(access.value(QStringLiteral("role")).toString());
    if (!access.value(QStringLiteral("role_known")).toBool())
        //: %1 is a role name
        role = page.escaped(PersonalDataSummary::tr("%1 (this role no longer exists)")).arg(role);
    QStringList owned;
    for (const QJsonValue& value : access.value(QStringLiteral("owned_resources")).toArray()) {
        const QJsonObject resource = value.toObject();
        owned.append(page.code(resource.value(QStringLiteral("type")).toString() + QLatin1Char(' ') +
                               resource.value(QStringLiteral("id")).toString()));
    }
    page.facts({
        {PersonalDataSummary::tr("Role"), role},
        {PersonalDataSummary::tr("Permissions of the role"),
         permissionList(page, access.value(QStringLiteral("role_permissions")).toArray())},
        {PersonalDataSummary::tr("Permissions in effect"),
         permissionList(page, access.value(QStringLiteral("effective_permissions")).toArray())},
        {PersonalDataSummary::tr("Resources owned"),
         owned.isEmpty() ? page.escaped(PersonalDataSummary::tr("None.")) : owned.join(QLatin1String(", "))},
    });
    page.paragraph(page.escaped(PersonalDataSummary::tr("Personal grants on top of the role:")));
    QList<QStringList> grants;
    for (const QJsonValue& value : access.value(QStringLiteral("personal_grants")).toArray()) {
        const QJsonObject grant = value.toObject();
        const QJsonValue expires = grant.value(QStringLiteral("expires_at"));
        QString expiry =
            expires.isNull() ? page.escaped(PersonalDataSummary::tr("No expiry")) : page.time(expires);
        if (grant.value(QStringLiteral("expired")).toBool())
            //: %1 is the date and time a permission grant ran out
            expiry = page.escaped(PersonalDataSummary::tr("%1 (expired)")).arg(expiry);
        grants.append({page.code(grant.value(QStringLiteral("permission")).toString()),
                       page.time(grant.value(QStringLiteral("granted_at"))), expiry});
    }
    page.table({PersonalDataSummary::tr("Permission"), PersonalDataSummary::tr("Granted"),
                PersonalDataSummary::tr("Expires")},
               grants);
}

void writeTwoFactor(Page& page, const QJsonObject& twoFactor)
{
    page.heading(PersonalDataSummary::tr("Two-factor authentication"));
    const QJsonObject totp = twoFactor.value(QStringLiteral("totp")).toObject();
    QString app = page.escaped(PersonalDataSummary::tr("Not set up"));
    if (totp.value(QStringLiteral("enabled")).toBool())
        //: %1 is a date and time
        app = page.escaped(PersonalDataSummary::tr("On since %1"))
                  .arg(page.time(totp.value(QStringLiteral("enabled_at"))));
    else if (totp.value(QStringLiteral("enrolled")).toBool())
        //: %1 is a date and time
        app = page.escaped(PersonalDataSummary::tr("Set up on %1, not confirmed yet"))
                  .arg(page.time(totp.value(QStringLiteral("enrolled_at"))));
    const QJsonObject backup = twoFactor.value(QStringLiteral("backup_codes")).toObject();
    const QJsonObject sms = twoFactor.value(QStringLiteral("sms")).toObject();
    page.facts({
        {PersonalDataSummary::tr("Authenticator app"), app},
        {PersonalDataSummary::tr("Unused backup codes"),
         page.number(backup.value(QStringLiteral("remaining")).toInteger())},
        {PersonalDataSummary::tr("Used backup codes"),
         page.number(backup.value(QStringLiteral("used")).toInteger())},
        {PersonalDataSummary::tr("Phone for SMS codes"),
         page.escaped(sms.value(QStringLiteral("phone_on_file")).toBool()
                          ? PersonalDataSummary::tr("A phone number is on file")
                          : PersonalDataSummary::tr("No phone number is on file"))},
        {PersonalDataSummary::tr("SMS codes sent"),
         page.number(sms.value(QStringLiteral("codes_sent")).toInteger())},
    });
}

QString concernText(const QJsonArray& relation)
{
    const bool actor = relation.contains(QStringLiteral("actor"));
    const bool subject = relation.contains(QStringLiteral("subject"));
    if (actor && subject)
        return PersonalDataSummary::tr("By and about the user");
    return actor ? PersonalDataSummary::tr("By the user") : PersonalDataSummary::tr("About the user");
}

void writeLog(Page& page, const QJsonArray& entries)
{
    page.heading(PersonalDataSummary::tr("Security log"));
    page.paragraph(page.escaped(
        PersonalDataSummary::tr("%Ln entries in the security log were written by or about this user.",
                                nullptr, static_cast<int>(entries.size()))));
    QList<QStringList> rows;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        const QJsonObject metadata = entry.value(QStringLiteral("metadata")).toObject();
        rows.append({page.time(entry.value(QStringLiteral("time"))),
                     page.code(entry.value(QStringLiteral("event")).toString()),
                     page.escaped(entry.value(QStringLiteral("success")).toBool()
                                      ? PersonalDataSummary::tr("Succeeded")
                                      : PersonalDataSummary::tr("Failed")),
                     page.leftToRight(entry.value(QStringLiteral("ip")).toString()),
                     page.escaped(concernText(entry.value(QStringLiteral("relation")).toArray())),
                     metadata.isEmpty() ? kNone
                                        : page.code(QString::fromUtf8(
                                              QJsonDocument(metadata).toJson(QJsonDocument::Compact)))});
    }
    page.table({PersonalDataSummary::tr("Time"), PersonalDataSummary::tr("Event"),
                PersonalDataSummary::tr("Outcome"), PersonalDataSummary::tr("IP address"),
                PersonalDataSummary::tr("Concerns"), PersonalDataSummary::tr("Details")},
               rows);
}

void writeAlerts(Page& page, const QJsonArray& alerts)
{
    page.heading(PersonalDataSummary::tr("Alerts"));
    page.paragraph(page.escaped(
        PersonalDataSummary::tr("%Ln alerts concern this user.", nullptr, static_cast<int>(alerts.size()))));
    const bool arabic = page.locale().language() == QLocale::Arabic;
    QList<QStringList> rows;
    for (const QJsonValue& value : alerts) {
        const QJsonObject alert = value.toObject();
        rows.append(
            {page.time(alert.value(QStringLiteral("time"))),
             page.escaped(severityText(alert.value(QStringLiteral("severity")).toString())),
             page.escaped(alert.value(arabic ? QStringLiteral("message_ar") : QStringLiteral("message_en"))
                              .toString()),
             page.leftToRight(alert.value(QStringLiteral("ip")).toString())});
    }
    page.table({PersonalDataSummary::tr("Time"), PersonalDataSummary::tr("Severity"),
                PersonalDataSummary::tr("Message"), PersonalDataSummary::tr("IP address")},
               rows);
}

} // namespace

QByteArray PersonalDataSummary::html(const QJsonObject& document, const QLocale& locale)
{
    Page page(locale);
    const QJsonObject account = document.value(QStringLiteral("account")).toObject();
    const QString username = account.value(QStringLiteral("username")).toString();
    //: The heading of a data-protection export; %1 is a user name
    const QString heading = PersonalDataSummary::tr("Personal data of %1");
    page.raw(QStringLiteral("<h1>%1</h1>\n").arg(page.escaped(heading).arg(page.isolated(username))));
    //: %1 is a date and time
    page.paragraph(page.escaped(PersonalDataSummary::tr("Exported from Nova Admin on %1."))
                       .arg(page.time(document.value(QStringLiteral("generated_at")))));
    page.paragraph(page.escaped(PersonalDataSummary::tr(
                       "The JSON file next to this summary holds the same data in full, in a "
                       "machine-readable form. Passwords, authenticator secrets and backup codes "
                       "are never exported, only whether they are set. Times are in this computer's "
                       "time zone; the JSON file gives them in UTC.")),
                   true);
    writeAccount(page, account);
    writeAccess(page, document.value(QStringLiteral("access")).toObject());
    writeTwoFactor(page, document.value(QStringLiteral("two_factor")).toObject());
    writeLog(
        page,
        document.value(QStringLiteral("security_log")).toObject().value(QStringLiteral("entries")).toArray());
    writeAlerts(page,
                document.value(QStringLiteral("alerts")).toObject().value(QStringLiteral("items")).toArray());
    // The title is plain text: the name is isolated with Unicode controls instead of markup.
    return page.document(heading.arg(nova::isolated(username)).toHtmlEscaped());
}

} // namespace nova
