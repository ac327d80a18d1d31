#pragma once

#include "Result.h"
#include "sms/SmsSender.h"

#include <QByteArray>
#include <QUrl>

namespace nova {

// Hands each message to an SMS gateway over HTTP(S): POST of the JSON body
// {"to": phone, "text": text} (UTF-8) to the configured URL. Any 2xx answer
// is success; another status, a network error or the timeout is an error that
// names it. Each send uses its own QNetworkAccessManager in a local event
// loop of the calling thread, so it works from any worker thread.
class WebhookSmsSender final : public SmsSender {
public:
    static constexpr int kDefaultTimeoutMs = 15000;
    static constexpr const char* kBadUrl = "sms.bad_webhook_url";

    // `authorization`, when set, is sent as the Authorization header (e.g.
    // "Bearer …"; take it from the secret store).
    explicit WebhookSmsSender(QUrl url, QByteArray authorization = {}, int timeoutMs = kDefaultTimeoutMs);

    Status send(const QString& phone, const QString& text) override;

    // http or https with a host; no credentials in the URL.
    static Status validateUrl(const QUrl& url);
    const QUrl& url() const { return m_url; }

private:
    QUrl m_url;
    QByteArray m_authorization;
    int m_timeoutMs;
};

} // namespace nova
