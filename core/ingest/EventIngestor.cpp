#include "EventIngestor.h"

#include "Bidi.h"
#include "ids/IntrusionDetector.h"
#include "securitylog/SecurityLog.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>

namespace nova {

namespace {

Error invalid(const QString& message)
{
    return Error{QStringLiteral("ingest.invalid"), message};
}

const QStringList& knownKeys()
{
    static const QStringList keys{QStringLiteral("event"),     QStringLiteral("success"),
                                  QStringLiteral("ip"),        QStringLiteral("user"),
                                  QStringLiteral("userAgent"), QStringLiteral("severity"),
                                  QStringLiteral("metadata"),  QStringLiteral("fields")};
    return keys;
}

Status checkString(const QJsonObject& event, const QString& key, int maxLength)
{
    if (!event.contains(key))
        return {};
    if (!event.value(key).isString())
        return invalid(QCoreApplication::translate("nova::EventIngestor", "\"%1\" must be a string.")
                           .arg(leftToRight(key)));
    if (event.value(key).toString().size() > maxLength)
        return invalid(QCoreApplication::translate("nova::EventIngestor",
                                                   "\"%1\" is longer than %Ln character(s).", nullptr,
                                                   maxLength)
                           .arg(leftToRight(key)));
    return {};
}

} // namespace

EventIngestor::EventIngestor(SecurityLog& log, IntrusionDetector& detector)
    : m_log(log)
    , m_detector(detector)
{}

Status EventIngestor::ingest(const QJsonObject& event, const QString& peerIp)
{
    for (auto it = event.constBegin(); it != event.constEnd(); ++it) {
        if (!knownKeys().contains(it.key()))
            return invalid(tr("Unknown field \"%1\" in the event.").arg(leftToRight(it.key().left(64))));
    }
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    const QString name = event.value(QStringLiteral("event")).toString();
    if (!namePattern.match(name).hasMatch())
        return invalid(tr("\"event\" must name the event in lower case, e.g. \"login\"."));
    for (const auto& [key, length] :
         {std::pair{QStringLiteral("ip"), 64}, std::pair{QStringLiteral("user"), 128},
          std::pair{QStringLiteral("userAgent"), 512}, std::pair{QStringLiteral("severity"), 16}}) {
        if (auto checked = checkString(event, key, length); !checked)
            return checked;
    }
    if (event.contains(QStringLiteral("success")) && !event.value(QStringLiteral("success")).isBool())
        return invalid(tr("\"success\" must be true or false."));
    const QString ip = event.value(QStringLiteral("ip")).toString();
    if (!ip.isEmpty() && QHostAddress(ip).isNull())
        return invalid(tr("\"%1\" is not an IPv4 or IPv6 address.").arg(leftToRight(ip.left(64))));
    Severity severity = Severity::Info;
    if (event.contains(QStringLiteral("severity"))) {
        const QString text = event.value(QStringLiteral("severity")).toString();
        severity = severityFromName(text);
        if (severityName(severity) != text)
            return invalid(tr("\"severity\" must be info, low, medium, high or critical."));
    }
    if (event.contains(QStringLiteral("metadata")) && !event.value(QStringLiteral("metadata")).isObject())
        return invalid(tr("\"metadata\" must be an object."));
    QJsonObject metadata = event.value(QStringLiteral("metadata")).toObject();
    if (QJsonDocument(metadata).toJson(QJsonDocument::Compact).size() > kMaxMetadataBytes)
        return invalid(tr("\"metadata\" is larger than %Ln byte(s).", nullptr, kMaxMetadataBytes));
    if (event.contains(QStringLiteral("fields")) && !event.value(QStringLiteral("fields")).isObject())
        return invalid(tr("\"fields\" must be an object of strings."));
    const QJsonObject fields = event.value(QStringLiteral("fields")).toObject();
    if (fields.size() > kMaxFields)
        return invalid(tr("At most %Ln field(s) can be inspected per event.", nullptr, kMaxFields));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().toUtf8().size() > kMaxFieldBytes)
            return invalid(
                tr("Field \"%1\" must be a string of at most %Ln byte(s).", nullptr, kMaxFieldBytes)
                    .arg(leftToRight(it.key().left(64))));
    }

    metadata.insert(QStringLiteral("source"), QStringLiteral("crm"));
    if (!peerIp.isEmpty())
        metadata.insert(QStringLiteral("reported_by"), peerIp);
    const bool success = event.value(QStringLiteral("success")).toBool(true);
    const QString user = event.value(QStringLiteral("user")).toString();
    const SecurityEvent logged =
        SecurityEvent::about(name, success, std::nullopt, user, ip,
                             event.value(QStringLiteral("userAgent")).toString(), metadata, severity);
    if (auto written = m_log.append(logged); !written)
        return written.error();

    // The detector's own log entries and blocks follow the event they judge.
    if (!ip.isEmpty()) {
        if (name == EventType::Login)
            m_detector.onLoginAttempt(ip, user, success);
        else
            m_detector.onEvent(name, ip, std::nullopt);
    }
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        m_detector.inspectInput(it.value().toString(), ip, std::nullopt, it.key());
    return {};
}

} // namespace nova
