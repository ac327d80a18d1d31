#pragma once

#include "Result.h"
#include "alerts/Alert.h"
#include "alerts/AlertRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace nova {

// The JSON frames of the live alert endpoint, documented in
// docs/ALERTS_PROTOCOL.md. Parsing is strict: one JSON object per text
// frame, a known "type", exactly the fields of that type with the right
// JSON types and ranges, no unknown fields. Every refusal is an Error whose
// code is the wire error code ("bad_json", "missing_field", …) and whose
// message is translated.
class AlertProtocol {
    Q_DECLARE_TR_FUNCTIONS(nova::AlertProtocol)
public:
    // Wire error codes (the "code" of an error frame).
    static constexpr const char* kBadJson = "bad_json";
    static constexpr const char* kNotObject = "not_object";
    static constexpr const char* kUnknownType = "unknown_type";
    static constexpr const char* kMissingField = "missing_field";
    static constexpr const char* kBadField = "bad_field";
    static constexpr const char* kUnknownField = "unknown_field";
    static constexpr const char* kTooDeep = "too_deep";
    static constexpr const char* kTooLarge = "too_large";
    static constexpr const char* kBinaryFrame = "binary_frame";
    static constexpr const char* kRateLimited = "rate_limited";
    static constexpr const char* kForbidden = "forbidden";
    static constexpr const char* kAlreadyAuthenticated = "already_authenticated";
    static constexpr const char* kNotSubscribed = "not_subscribed";
    static constexpr const char* kUnknownAlert = "unknown_alert";
    static constexpr const char* kBusy = "busy";
    static constexpr const char* kRejected = "rejected";
    static constexpr const char* kInternal = "internal";

    // WebSocket close codes the server uses besides the standard ones
    // (1000 normal, 1001 going away, 1007 invalid UTF-8, 1009 too big,
    // 1011 internal error, 1013 try again later).
    static constexpr quint16 kCloseGoingAway = 1001;
    static constexpr quint16 kCloseInternal = 1011;
    static constexpr quint16 kCloseTryAgainLater = 1013;
    static constexpr quint16 kCloseUnauthenticated = 4401;
    static constexpr quint16 kCloseForbidden = 4403;
    static constexpr quint16 kCloseNotFound = 4404;
    static constexpr quint16 kCloseIdle = 4408;
    static constexpr quint16 kCloseTooManyConnections = 4409;
    static constexpr quint16 kCloseRateLimited = 4429;

    // Nesting deeper than this is refused before the JSON parser sees it.
    static constexpr int kMaxDepth = 32;
    static constexpr qsizetype kMaxTokenLength = 8192;
    static constexpr qsizetype kMaxChannelLength = 128;
    static constexpr int kMaxResumeChannels = 64;
    // JSON numbers are doubles: integers beyond 2^53 lose precision.
    static constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

    // Parses one text frame. `maxBytes` bounds its UTF-8 size (too_large).
    // When the frame names a known type, *refType receives it even if a
    // field is then refused, so the error frame can say which request failed.
    static Result<AlertRequest> parse(QStringView text, qsizetype maxBytes, QString* refType = nullptr);

    // "security", "broadcast", "user:<digits>", "sale:<id>" or
    // "property:<id>" with an id of 1 to 64 letters, digits, '_' or '-'.
    static bool isValidChannel(QStringView channel);
    static QString typeName(AlertRequest::Type type);

    // The token of an "Authorization: Bearer <token>" header value (scheme
    // case-insensitive). Empty optional: no usable bearer credential.
    static std::optional<QString> bearerToken(const QByteArray& headerValue);

    // Server-to-client frames, serialized compactly.
    static QByteArray welcome(const QString& user, std::optional<qint64> userId, const QString& role,
                              qint64 lastSeq, const QStringList& channels);
    static QByteArray subscribed(const QString& channel);
    static QByteArray unsubscribed(const QString& channel);
    static QByteArray alert(const Alert& alert);
    static QByteArray resumed(qint64 after, qint64 lastSeq, int count);
    static QByteArray acked(qint64 seq);
    static QByteArray pong();
    static QByteArray accepted();
    // `ref` is the type of the request that failed (empty when unknown),
    // `detail` an optional finer code (for example the ingest handler's).
    static QByteArray error(const QString& code, const QString& message, const QString& ref = {},
                            const QString& detail = {});
};

} // namespace nova
