#include "ManualClock.h"
#include "secrets/FileSecretStore.h"
#include "sms/OutboxSmsSender.h"
#include "sms/WebhookSmsSender.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/stat.h>

using namespace nova;
using nova::test::ManualClock;

namespace {

const QString kArabicText = QStringLiteral("رمز التحقق الخاص بك: 042917\nصالح لمدة 5 دقائق.");

// A minimal HTTP/1.1 server on the loopback interface: records one request
// per connection and answers with the configured status (or not at all).
class HttpListener : public QObject {
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    HttpListener()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onData(socket); });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString& path = QStringLiteral("/sms")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    int status = 200;
    bool answer = true;
    QList<Request> requests;

private:
    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        requests.append(request);
        m_buffers.remove(socket);
        if (!answer)
            return;
        const QByteArray reply = "{\"ok\":" + QByteArray(status < 300 ? "true" : "false") + "}";
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " Status\r\nContent-Type: application/json\r\n"
                      "Content-Length: " +
                      QByteArray::number(reply.size()) + "\r\nConnection: close\r\n\r\n" + reply);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

mode_t modeOf(const QString& path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

QList<QJsonObject> readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> lines;
    const QList<QByteArray> raw = file.readAll().split('\n');
    for (const QByteArray& line : raw)
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    return lines;
}

} // namespace

class TestSmsSenders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outboxAppendsJsonLines();
    void outboxIsPrivate();
    void outboxRefusesReadableFile();
    void outboxRefusesSymlink();
    void webhookPostsJson();
    void webhookFromWorkerThread();
    void webhookReportsHttpErrors_data();
    void webhookReportsHttpErrors();
    void webhookConnectionRefused();
    void webhookTimeout();
    void webhookBadUrls_data();
    void webhookBadUrls();
};

void TestSmsSenders::outboxAppendsJsonLines()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("data/sms-outbox.jsonl"));
    ManualClock clock(1'700'000'000'123);
    OutboxSmsSender sender(path, clock);
    QVERIFY(sender.send(QStringLiteral("+966501234567"), kArabicText).ok());
    clock.advanceSecs(60);
    QVERIFY(sender.send(QStringLiteral("0501112222"), QStringLiteral("second")).ok());
    const auto lines = readLines(path);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QStringLiteral("to")).toString(), QStringLiteral("+966501234567"));
    QCOMPARE(lines.at(0).value(QStringLiteral("text")).toString(), kArabicText);
    QCOMPARE(lines.at(0).value(QStringLiteral("at")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
    QCOMPARE(lines.at(1).value(QStringLiteral("text")).toString(), QStringLiteral("second"));
    // UTF-8 as is, one line per message (the newline inside the text is escaped).
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY(raw.contains(kArabicText.left(10).toUtf8()));
    QCOMPARE(raw.count('\n'), 2);
}

void TestSmsSenders::outboxIsPrivate()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("outbox.jsonl"));
    ManualClock clock;
    QVERIFY(OutboxSmsSender(path, clock).send(QStringLiteral("0501234567"), QStringLiteral("x")).ok());
    QCOMPARE(modeOf(path), mode_t(0600));
}

void TestSmsSenders::outboxRefusesReadableFile()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("outbox.jsonl"));
    ManualClock clock;
    OutboxSmsSender sender(path, clock);
    QVERIFY(sender.send(QStringLiteral("0501234567"), QStringLiteral("first")).ok());
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const Status refused = sender.send(QStringLiteral("0501234567"), QStringLiteral("second"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QString::fromLatin1(FileSecretStore::kInsecure));
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("chmod 600 ") + path),
             qPrintable(refused.errorMessage()));
    QCOMPARE(readLines(path).size(), 1);
}

void TestSmsSenders::outboxRefusesSymlink()
{
    QTemporaryDir tmp;
    const QString target = tmp.filePath(QStringLiteral("elsewhere"));
    const QString path = tmp.filePath(QStringLiteral("outbox.jsonl"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::link(target, path));
    ManualClock clock;
    QVERIFY(!OutboxSmsSender(path, clock).send(QStringLiteral("0501234567"), QStringLiteral("x")).ok());
    QCOMPARE(QFile(target).size(), 0);
}

void TestSmsSenders::webhookPostsJson()
{
    HttpListener listener;
    QVERIFY(listener.listen());
    WebhookSmsSender sender(listener.url(QStringLiteral("/api/sms?route=otp")),
                            QByteArrayLiteral("Bearer t0ken"));
    const Status sent = sender.send(QStringLiteral("+966501234567"), kArabicText);
    QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
    QCOMPARE(listener.requests.size(), 1);
    const auto& request = listener.requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/api/sms?route=otp"));
    QVERIFY(request.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer t0ken"));
    QJsonParseError error{};
    const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(body.size(), 2);
    QCOMPARE(body.value(QStringLiteral("to")).toString(), QStringLiteral("+966501234567"));
    QCOMPARE(body.value(QStringLiteral("text")).toString(), kArabicText);
    // The Arabic is sent as UTF-8 bytes, not as \u escapes.
    QVERIFY(request.body.contains(QStringLiteral("رمز التحقق").toUtf8()));
}

void TestSmsSenders::webhookFromWorkerThread()
{
    HttpListener listener;
    QVERIFY(listener.listen());
    WebhookSmsSender sender(listener.url());
    auto future =
        QtConcurrent::run([&sender]() { return sender.send(QStringLiteral("0501234567"), kArabicText); });
    // The listener lives in this thread, so keep its events flowing while the worker waits.
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000);
    QVERIFY2(future.result().ok(), qPrintable(future.result().errorMessage()));
    QCOMPARE(listener.requests.size(), 1);
}

void TestSmsSenders::webhookReportsHttpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("401") << 401;
    QTest::newRow("429") << 429;
    QTest::newRow("302 not followed") << 302;
}

void TestSmsSenders::webhookReportsHttpErrors()
{
    QFETCH(int, status);
    HttpListener listener;
    QVERIFY(listener.listen());
    listener.status = status;
    const Status sent =
        WebhookSmsSender(listener.url()).send(QStringLiteral("0501234567"), QStringLiteral("x"));
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QString::fromLatin1(SmsSender::kSendFailed));
    QVERIFY2(sent.errorMessage().contains(QString::number(status)), qPrintable(sent.errorMessage()));
    QCOMPARE(listener.requests.size(), 1);
}

void TestSmsSenders::webhookConnectionRefused()
{
    QUrl url;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        url = QUrl(QStringLiteral("http://127.0.0.1:%1/sms").arg(probe.serverPort()));
    }
    const Status sent = WebhookSmsSender(url).send(QStringLiteral("0501234567"), QStringLiteral("x"));
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QString::fromLatin1(SmsSender::kSendFailed));
    QVERIFY2(sent.errorMessage().contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(sent.errorMessage()));
}

void TestSmsSenders::webhookTimeout()
{
    HttpListener listener;
    QVERIFY(listener.listen());
    listener.answer = false;
    const Status sent =
        WebhookSmsSender(listener.url(), {}, 300).send(QStringLiteral("0501234567"), QStringLiteral("x"));
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, QString::fromLatin1(SmsSender::kSendFailed));
    QVERIFY2(sent.errorMessage().contains(QLatin1String("did not answer")), qPrintable(sent.errorMessage()));
    QCOMPARE(listener.requests.size(), 1);
}

void TestSmsSenders::webhookBadUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://gateway.example/sms");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("no host") << QStringLiteral("http:///sms");
    QTest::newRow("credentials") << QStringLiteral("https://user:secret@gateway.example/sms");
    QTest::newRow("relative") << QStringLiteral("/sms");
}

void TestSmsSenders::webhookBadUrls()
{
    QFETCH(QString, url);
    const QUrl parsed(url);
    QCOMPARE(WebhookSmsSender::validateUrl(parsed).error().code,
             QString::fromLatin1(WebhookSmsSender::kBadUrl));
    const Status sent = WebhookSmsSender(parsed).send(QStringLiteral("0501234567"), QStringLiteral("x"));
    QCOMPARE(sent.error().code, QString::fromLatin1(WebhookSmsSender::kBadUrl));
    QVERIFY(!sent.errorMessage().contains(QLatin1String("secret")));
}

QTEST_GUILESS_MAIN(TestSmsSenders)
#include "tst_smssenders.moc"
