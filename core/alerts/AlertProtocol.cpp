#include "AlertProtocol.h"

#include "Bidi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace nova {

namespace {

Error fail(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

// Counts nesting outside strings so that a frame of 10,000 brackets is
// refused in one pass instead of being handed to the JSON parser.
bool nestsDeeperThan(const QByteArray& bytes, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > limit)
                return true;
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return false;
}

struct TypeSpec {
    AlertRequest::Type type;
    const char* name;
    QList<const char*> fields; // besides "type"
};

const QList<TypeSpec>& typeSpecs()
{
    static const QList<TypeSpec> specs{
        {AlertRequest::Type::Auth, "auth", {"token"}},
        {AlertRequest::Type::Subscribe, "subscribe", {"channel"}},
        {AlertRequest::Type::Unsubscribe, "unsubscribe", {"channel"}},
        {AlertRequest::Type::Ack, "ack", {"seq"}},
        {AlertRequest::Type::Resume, "resume", {"after", "channels"}},
        {AlertRequest::Type::Ping, "ping", {}},
        {AlertRequest::Type::Event, "event", {"event"}},
    };
    return specs;
}

Error missing(const char* field)
{
    return fail(AlertProtocol::kMissingField,
                QCoreApplication::translate("nova::AlertProtocol", "The field \"%1\" is required.")
                    .arg(leftToRight(key(field))));
}

Result<qint64> integerField(const QJsonObject& object, const char* field, qint64 minimum)
{
    const QJsonValue value = object.value(key(field));
    if (value.isUndefined())
        return missing(field);
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number ||
        number < double(minimum) || number > double(AlertProtocol::kMaxSafeInteger))
        return fail(AlertProtocol::kBadField,
                    QCoreApplication::translate("nova::AlertProtocol",
                                                "The field \"%1\" must be a whole number from %L2 to %L3.")
                        .arg(leftToRight(key(field)))
                        .arg(minimum)
                        .arg(AlertProtocol::kMaxSafeInteger));
    return static_cast<qint64>(number);
}

Result<QString> channelValue(const QJsonValue& value, const char* field)
{
    if (!value.isString() || !AlertProtocol::isValidChannel(value.toString()))
        return fail(
            AlertProtocol::kBadField,
            //: %1 is a field name; %2 to %6 are the channel names the protocol accepts
            QCoreApplication::translate("nova::AlertProtocol",
                                        "The field \"%1\" must be a channel name: %2, %3, %4, %5 or %6.")
                .arg(leftToRight(key(field)), leftToRight(QStringLiteral("security")),
                     leftToRight(QStringLiteral("broadcast")), leftToRight(QStringLiteral("user:<id>")),
                     leftToRight(QStringLiteral("sale:<id>")), leftToRight(QStringLiteral("property:<id>"))));
    return value.toString();
}

bool isIdCharacter(QChar c, bool digitsOnly)
{
    if (c >= u'0' && c <= u'9')
        return true;
    if (digitsOnly)
        return false;
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'-';
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Result<AlertRequest> AlertProtocol::parse(QStringView text, qsizetype maxBytes, QString* refType)
{
    // A UTF-16 length over the limit is over it in UTF-8 too; skip the conversion.
    if (text.size() > maxBytes)
        return fail(kTooLarge, tr("The frame is larger than %Ln byte(s).", nullptr, int(maxBytes)));
    const QByteArray bytes = text.toUtf8();
    if (bytes.size() > maxBytes)
        return fail(kTooLarge, tr("The frame is larger than %Ln byte(s).", nullptr, int(maxBytes)));
    if (nestsDeeperThan(bytes, kMaxDepth))
        return fail(kTooDeep, tr("The frame nests deeper than %Ln level(s).", nullptr, kMaxDepth));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::DeepNesting)
        return fail(kTooDeep, tr("The frame nests deeper than %Ln level(s).", nullptr, kMaxDepth));
    if (parseError.error != QJsonParseError::NoError)
        return fail(kBadJson, tr("The frame is not valid JSON (at character %L1).").arg(parseError.offset));
    if (!document.isObject())
        return fail(kNotObject, tr("The frame must be a JSON object."));
    const QJsonObject object = document.object();

    const QJsonValue typeValue = object.value(QStringLiteral("type"));
    if (typeValue.isUndefined())
        return missing("type");
    if (!typeValue.isString())
        return fail(kBadField, tr("The field \"type\" must be a string."));
    const TypeSpec* spec = nullptr;
    for (const TypeSpec& candidate : typeSpecs()) {
        if (typeValue.toString() == QLatin1String(candidate.name))
            spec = &candidate;
    }
    if (!spec)
        return fail(kUnknownType,
                    tr("Unknown frame type \"%1\".").arg(leftToRight(typeValue.toString().left(64))));
    if (refType)
        *refType = key(spec->name);

    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("type"))
            continue;
        bool known = false;
        for (const char* field : spec->fields)
            known = known || it.key() == QLatin1String(field);
        if (!known)
            return fail(kUnknownField,
                        //: %1 is a frame type such as "subscribe", %2 the field the client sent
                        tr("A \"%1\" frame has no field \"%2\".")
                            .arg(leftToRight(key(spec->name)), leftToRight(it.key().left(64))));
    }

    AlertRequest request;
    request.type = spec->type;
    switch (spec->type) {
    case AlertRequest::Type::Auth: {
        const QJsonValue token = object.value(QStringLiteral("token"));
        if (token.isUndefined())
            return missing("token");
        if (!token.isString() || token.toString().isEmpty() || token.toString().size() > kMaxTokenLength)
            return fail(kBadField, tr("The field \"token\" must be a string of 1 to %Ln character(s).",
                                      nullptr, int(kMaxTokenLength)));
        request.token = token.toString();
        break;
    }
    case AlertRequest::Type::Subscribe:
    case AlertRequest::Type::Unsubscribe: {
        const QJsonValue channel = object.value(QStringLiteral("channel"));
        if (channel.isUndefined())
            return missing("channel");
        auto name = channelValue(channel, "channel");
        if (!name)
            return name.error();
        request.channel = *name;
        break;
    }
    case AlertRequest::Type::Ack: {
        auto seq = integerField(object, "seq", 1);
        if (!seq)
            return seq.error();
        request.seq = *seq;
        break;
    }
    case AlertRequest::Type::Resume: {
        auto after = integerField(object, "after", 0);
        if (!after)
            return after.error();
        request.after = *after;
        if (object.contains(QStringLiteral("channels"))) {
            const QJsonValue channels = object.value(QStringLiteral("channels"));
            if (!channels.isArray() || channels.toArray().size() > kMaxResumeChannels)
                return fail(kBadField,
                            tr("The field \"channels\" must be a list of at most %Ln channel name(s).",
                               nullptr, kMaxResumeChannels));
            for (const QJsonValue& channel : channels.toArray()) {
                auto name = channelValue(channel, "channels");
                if (!name)
                    return name.error();
                if (!request.channels.contains(*name))
                    request.channels.append(*name);
            }
        }
        break;
    }
    case AlertRequest::Type::Ping:
        break;
    case AlertRequest::Type::Event: {
        const QJsonValue event = object.value(QStringLiteral("event"));
        if (event.isUndefined())
            return missing("event");
        if (!event.isObject())
            return fail(kBadField, tr("The field \"event\" must be a JSON object."));
        request.event = event.toObject();
        break;
    }
    }
    return request;
}

bool AlertProtocol::isValidChannel(QStringView channel)
{
    if (channel == u"security" || channel == u"broadcast")
        return true;
    if (channel.size() > kMaxChannelLength)
        return false;
    const qsizetype colon = channel.indexOf(u':');
    if (colon < 0)
        return false;
    const QStringView kind = channel.left(colon);
    const QStringView id = channel.mid(colon + 1);
    const bool digitsOnly = kind == u"user";
    if (!digitsOnly && kind != u"sale" && kind != u"property")
        return false;
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (!isIdCharacter(c, digitsOnly))
            return false;
    }
    return true;
}

QString AlertProtocol::typeName(AlertRequest::Type type)
{
    for (const TypeSpec& spec : typeSpecs()) {
        if (spec.type == type)
            return key(spec.name);
    }
    return {};
}

std::optional<QString> AlertProtocol::bearerToken(const QByteArray& headerValue)
{
    const QByteArray value = headerValue.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.left(space).toLower() != "bearer")
        return std::nullopt;
    const QByteArray token = value.mid(space + 1).trimmed();
    if (token.isEmpty() || token.size() > kMaxTokenLength || token.contains(' ') || token.contains('\t'))
        return std::nullopt;
    return QString::fromUtf8(token);
}

QByteArray AlertProtocol::welcome(const QString& user, std::optional<qint64> userId, const QString& role,
                                  qint64 lastSeq, const QStringList& channels)
{
    QJsonObject frame{{QStringLiteral("type"), QStringLiteral("welcome")},
                      {QStringLiteral("user"), user},
                      {QStringLiteral("role"), role},
                      {QStringLiteral("lastSeq"), lastSeq},
                      {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}};
    if (userId)
        frame.insert(QStringLiteral("userId"), *userId);
    return compact(frame);
}

QByteArray AlertProtocol::subscribed(const QString& channel)
{
    return compact(
        {{QStringLiteral("type"), QStringLiteral("subscribed")}, {QStringLiteral("channel"), channel}});
}

QByteArray AlertProtocol::unsubscribed(const QString& channel)
{
    return compact(
        {{QStringLiteral("type"), QStringLiteral("unsubscribed")}, {QStringLiteral("channel"), channel}});
}

QByteArray AlertProtocol::alert(const Alert& alert)
{
    return compact({{QStringLiteral("type"), QStringLiteral("alert")},
                    {QStringLiteral("seq"), alert.seq},
                    {QStringLiteral("alert"), alert.toJson()}});
}

QByteArray AlertProtocol::resumed(qint64 after, qint64 lastSeq, int count)
{
    return compact({{QStringLiteral("type"), QStringLiteral("resumed")},
                    {QStringLiteral("after"), after},
                    {QStringLiteral("lastSeq"), lastSeq},
                    {QStringLiteral("count"), count}});
}

QByteArray AlertProtocol::acked(qint64 seq)
{
    return compact({{QStringLiteral("type"), QStringLiteral("acked")}, {QStringLiteral("seq"), seq}});
}

QByteArray AlertProtocol::pong()
{
    return compact({{QStringLiteral("type"), QStringLiteral("pong")}});
}

QByteArray AlertProtocol::accepted()
{
    return compact({{QStringLiteral("type"), QStringLiteral("accepted")}});
}

QByteArray AlertProtocol::error(const QString& code, const QString& message, const QString& ref,
                                const QString& detail)
{
    QJsonObject frame{{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("message"), message}};
    if (!ref.isEmpty())
        frame.insert(QStringLiteral("ref"), ref);
    if (!detail.isEmpty())
        frame.insert(QStringLiteral("detail"), detail);
    return compact(frame);
}

} // namespace nova
