#include "WebhookSmsSender.h"

#include "Bidi.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace nova {

WebhookSmsSender::WebhookSmsSender(QUrl url, QByteArray authorization, int timeoutMs)
    : m_url(std::move(url))
    , m_authorization(std::move(authorization))
    , m_timeoutMs(timeoutMs > 0 ? timeoutMs : kDefaultTimeoutMs)
{}

Status WebhookSmsSender::validateUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
        !url.host().isEmpty() && url.userInfo().isEmpty())
        return {};
    return Error{QString::fromLatin1(kBadUrl),
                 //: %1 and %2 are the schemes http:// and https://, %3 the configured address
                 QCoreApplication::translate("nova::WebhookSmsSender",
                                             "The SMS webhook must be an %1 or %2 address with a host "
                                             "and without a user name or password in it: %3")
                     .arg(leftToRight(QStringLiteral("http://")), leftToRight(QStringLiteral("https://")),
                          leftToRight(url.toDisplayString(QUrl::RemoveUserInfo)))};
}

Status WebhookSmsSender::send(const QString& phone, const QString& text)
{
    if (const Status valid = validateUrl(m_url); !valid)
        return valid;
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("to"), phone}, {QStringLiteral("text"), text}})
            .toJson(QJsonDocument::Compact);

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    if (!m_authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    // A redirect of a POST is not followed: the gateway's address is configured, not discovered.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);

    // Owned here and by the manager, in this thread, so any worker thread can send.
    QNetworkAccessManager manager;
    QEventLoop loop;
    QNetworkReply* reply = manager.post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    const QString where = m_url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (httpStatus >= 200 && httpStatus < 300)
        return {};
    if (httpStatus != 0)
        return Error{
            QString::fromLatin1(kSendFailed),
            QCoreApplication::translate("nova::WebhookSmsSender",
                                        "The SMS gateway %1 refused the message with HTTP status %2.")
                .arg(leftToRight(where), QString::number(httpStatus))};
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError) {
        const int seconds = (m_timeoutMs + 999) / 1000;
        return Error{QString::fromLatin1(kSendFailed),
                     QCoreApplication::translate("nova::WebhookSmsSender",
                                                 "The SMS gateway %1 did not answer within %Ln second(s).",
                                                 nullptr, seconds)
                         .arg(leftToRight(where))};
    }
    return Error{
        QString::fromLatin1(kSendFailed),
        QCoreApplication::translate("nova::WebhookSmsSender", "The SMS gateway %1 cannot be reached: %2")
            .arg(leftToRight(where), reply->errorString())};
}

} // namespace nova
