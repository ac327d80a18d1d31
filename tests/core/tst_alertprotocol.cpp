#include "alerts/AlertProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nova;

namespace {

constexpr qsizetype kLimit = 1024 * 1024;

QString nested(int depth, const char* open, const char* close, const QString& core = {})
{
    return QString::fromLatin1(open).repeated(depth) + core + QString::fromLatin1(close).repeated(depth);
}

QJsonObject parsed(const QByteArray& frame)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

} // namespace

class TestAlertProtocol : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesValidFrames_data();
    void parsesValidFrames();
    void refusesMalformedFrames_data();
    void refusesMalformedFrames();
    void sizeLimitIsInUtf8Bytes();
    void bracketsInsideStringsAreNotNesting();
    void channelNames_data();
    void channelNames();
    void bearerToken_data();
    void bearerToken();
    void serverFramesAreCompactObjects();
    void alertFrameCarriesTheAlert();
};

void TestAlertProtocol::parsesValidFrames_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");  // token or channel
    QTest::addColumn<qint64>("number"); // seq or after
    QTest::addColumn<QStringList>("channels");

    using T = AlertRequest::Type;
    QTest::newRow("auth") << R"({"type":"auth","token":"a.b.c"})" << int(T::Auth) << "a.b.c" << qint64(0)
                          << QStringList();
    QTest::newRow("auth ingest") << R"({"token":"ingest:k","type":"auth"})" << int(T::Auth) << "ingest:k"
                                 << qint64(0) << QStringList();
    QTest::newRow("subscribe security") << R"({"type":"subscribe","channel":"security"})" << int(T::Subscribe)
                                        << "security" << qint64(0) << QStringList();
    QTest::newRow("subscribe user") << R"({"type":"subscribe","channel":"user:42"})" << int(T::Subscribe)
                                    << "user:42" << qint64(0) << QStringList();
    QTest::newRow("subscribe sale") << R"({"type":"subscribe","channel":"sale:S-2024_07"})"
                                    << int(T::Subscribe) << "sale:S-2024_07" << qint64(0) << QStringList();
    QTest::newRow("unsubscribe") << R"({"type":"unsubscribe","channel":"broadcast"})" << int(T::Unsubscribe)
                                 << "broadcast" << qint64(0) << QStringList();
    QTest::newRow("ack") << R"({"type":"ack","seq":17})" << int(T::Ack) << "" << qint64(17) << QStringList();
    QTest::newRow("ack 2^53-1") << R"({"type":"ack","seq":9007199254740991})" << int(T::Ack) << ""
                                << qint64(9007199254740991) << QStringList();
    QTest::newRow("ack 1.0") << R"({"type":"ack","seq":1.0})" << int(T::Ack) << "" << qint64(1)
                             << QStringList();
    QTest::newRow("resume 0") << R"({"type":"resume","after":0})" << int(T::Resume) << "" << qint64(0)
                              << QStringList();
    QTest::newRow("resume with channels")
        << R"({"type":"resume","after":41,"channels":["security","broadcast","security"]})" << int(T::Resume)
        << "" << qint64(41) << QStringList{QStringLiteral("security"), QStringLiteral("broadcast")};
    QTest::newRow("resume empty channels") << R"({"type":"resume","after":3,"channels":[]})" << int(T::Resume)
                                           << "" << qint64(3) << QStringList();
    QTest::newRow("ping") << R"({"type":"ping"})" << int(T::Ping) << "" << qint64(0) << QStringList();
    QTest::newRow("ping with spaces")
        << " \n{ \"type\" : \"ping\" }\t" << int(T::Ping) << "" << qint64(0) << QStringList();
    QTest::newRow("event") << R"({"type":"event","event":{"event":"login","success":false}})" << int(T::Event)
                           << "" << qint64(0) << QStringList();
    QTest::newRow("arabic token") << QStringLiteral(R"({"type":"auth","token":"رمز"})") << int(T::Auth)
                                  << QStringLiteral("رمز") << qint64(0) << QStringList();
}

void TestAlertProtocol::parsesValidFrames()
{
    QFETCH(QString, frame);
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(qint64, number);
    QFETCH(QStringList, channels);

    QString ref;
    auto request = AlertProtocol::parse(frame, kLimit, &ref);
    QVERIFY2(request.ok(), qPrintable(request.errorMessage()));
    QCOMPARE(int(request->type), type);
    QCOMPARE(ref, AlertProtocol::typeName(request->type));
    switch (request->type) {
    case AlertRequest::Type::Auth:
        QCOMPARE(request->token, text);
        break;
    case AlertRequest::Type::Subscribe:
    case AlertRequest::Type::Unsubscribe:
        QCOMPARE(request->channel, text);
        break;
    case AlertRequest::Type::Ack:
        QCOMPARE(request->seq, number);
        break;
    case AlertRequest::Type::Resume:
        QCOMPARE(request->after, number);
        QCOMPARE(request->channels, channels);
        break;
    case AlertRequest::Type::Event:
        QCOMPARE(request->event.value(QStringLiteral("event")).toString(), QStringLiteral("login"));
        break;
    case AlertRequest::Type::Ping:
        break;
    }
}

void TestAlertProtocol::refusesMalformedFrames_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("ref");

    auto row = [](const char* name, const QString& frame, const char* code, const char* ref = "") {
        QTest::newRow(name) << frame << QString::fromLatin1(code) << QString::fromLatin1(ref);
    };
    auto raw = [](const char* text) { return QString::fromUtf8(text); };

    row("empty", {}, "bad_json");
    row("whitespace", raw("   "), "bad_json");
    row("unterminated", raw("{"), "bad_json");
    row("truncated", raw(R"({"type":"pi)"), "bad_json");
    row("trailing garbage", raw(R"({"type":"ping"} x)"), "bad_json");
    row("two objects", raw(R"({"type":"ping"}{"type":"ping"})"), "bad_json");
    row("single quotes", raw("{'type':'ping'}"), "bad_json");
    row("unquoted key", raw("{type:\"ping\"}"), "bad_json");
    row("trailing comma", raw(R"({"type":"ping",})"), "bad_json");
    row("not json", raw("hello"), "bad_json");
    row("control bytes", QString::fromLatin1("\x01\x02\x03\x7f"), "bad_json");
    row("NaN", raw(R"({"type":"ack","seq":NaN})"), "bad_json");
    row("array", raw(R"([{"type":"ping"}])"), "not_object");
    row("empty array", raw("[]"), "not_object");
    row("no type", raw("{}"), "missing_field");
    row("type null", raw(R"({"type":null})"), "bad_field");
    row("type number", raw(R"({"type":5})"), "bad_field");
    row("type object", raw(R"({"type":{"x":"ping"}})"), "bad_field");
    row("unknown type", raw(R"({"type":"shutdown"})"), "unknown_type");
    row("type wrong case", raw(R"({"type":"Ping"})"), "unknown_type");
    row("type with space", raw(R"({"type":"ping "})"), "unknown_type");
    row("spec's join-channel", raw(R"({"type":"join-channel","channel":"security"})"), "unknown_type");
    row("ping extra field", raw(R"({"type":"ping","x":1})"), "unknown_field", "ping");
    row("auth no token", raw(R"({"type":"auth"})"), "missing_field", "auth");
    row("auth empty token", raw(R"({"type":"auth","token":""})"), "bad_field", "auth");
    row("auth numeric token", raw(R"({"type":"auth","token":12})"), "bad_field", "auth");
    row("auth token too long", QStringLiteral(R"({"type":"auth","token":"%1"})").arg(QString(8193, u'a')),
        "bad_field", "auth");
    row("auth extra", raw(R"({"type":"auth","token":"t","user":"admin"})"), "unknown_field", "auth");
    row("subscribe no channel", raw(R"({"type":"subscribe"})"), "missing_field", "subscribe");
    row("subscribe null channel", raw(R"({"type":"subscribe","channel":null})"), "bad_field", "subscribe");
    row("subscribe numeric", raw(R"({"type":"subscribe","channel":7})"), "bad_field", "subscribe");
    row("subscribe list", raw(R"({"type":"subscribe","channel":["security"]})"), "bad_field", "subscribe");
    row("subscribe unknown", raw(R"({"type":"subscribe","channel":"admin"})"), "bad_field", "subscribe");
    row("subscribe upper case", raw(R"({"type":"subscribe","channel":"SECURITY"})"), "bad_field",
        "subscribe");
    row("subscribe user letters", raw(R"({"type":"subscribe","channel":"user:abc"})"), "bad_field",
        "subscribe");
    row("subscribe user empty", raw(R"({"type":"subscribe","channel":"user:"})"), "bad_field", "subscribe");
    row("subscribe user negative", raw(R"({"type":"subscribe","channel":"user:-1"})"), "bad_field",
        "subscribe");
    row("subscribe sale slash", raw(R"({"type":"subscribe","channel":"sale:1/../2"})"), "bad_field",
        "subscribe");
    row("subscribe sale sql", raw(R"({"type":"subscribe","channel":"sale:1' OR '1'='1"})"), "bad_field",
        "subscribe");
    row("subscribe sale id too long",
        QStringLiteral(R"({"type":"subscribe","channel":"sale:%1"})").arg(QString(65, u'x')), "bad_field",
        "subscribe");
    row("subscribe nul byte", raw(R"({"type":"subscribe","channel":"security\u0000"})"), "bad_field",
        "subscribe");
    row("subscribe trailing space", raw(R"({"type":"subscribe","channel":"user:1 "})"), "bad_field",
        "subscribe");
    row("subscribe arabic digits", QStringLiteral(R"({"type":"subscribe","channel":"user:١٢"})"), "bad_field",
        "subscribe");
    row("subscribe two colons", raw(R"({"type":"subscribe","channel":"sale:1:2"})"), "bad_field",
        "subscribe");
    row("subscribe extra", raw(R"({"type":"subscribe","channel":"broadcast","after":1})"), "unknown_field",
        "subscribe");
    row("unsubscribe bad", raw(R"({"type":"unsubscribe","channel":""})"), "bad_field", "unsubscribe");
    row("ack no seq", raw(R"({"type":"ack"})"), "missing_field", "ack");
    row("ack zero", raw(R"({"type":"ack","seq":0})"), "bad_field", "ack");
    row("ack negative", raw(R"({"type":"ack","seq":-3})"), "bad_field", "ack");
    row("ack fraction", raw(R"({"type":"ack","seq":1.5})"), "bad_field", "ack");
    row("ack string", raw(R"({"type":"ack","seq":"12"})"), "bad_field", "ack");
    row("ack bool", raw(R"({"type":"ack","seq":true})"), "bad_field", "ack");
    row("ack null", raw(R"({"type":"ack","seq":null})"), "bad_field", "ack");
    row("ack 2^53", raw(R"({"type":"ack","seq":9007199254740992})"), "bad_field", "ack");
    row("ack huge", raw(R"({"type":"ack","seq":1e300})"), "bad_field", "ack");
    row("resume no after", raw(R"({"type":"resume"})"), "missing_field", "resume");
    row("resume negative", raw(R"({"type":"resume","after":-1})"), "bad_field", "resume");
    row("resume channels not list", raw(R"({"type":"resume","after":1,"channels":"security"})"), "bad_field",
        "resume");
    row("resume bad channel", raw(R"({"type":"resume","after":1,"channels":["security","root"]})"),
        "bad_field", "resume");
    row("resume channel number", raw(R"({"type":"resume","after":1,"channels":[1]})"), "bad_field", "resume");
    {
        QJsonArray many;
        for (int i = 0; i < 65; ++i)
            many.append(QStringLiteral("user:%1").arg(i + 1));
        const QJsonObject frame{{QStringLiteral("type"), QStringLiteral("resume")},
                                {QStringLiteral("after"), 1},
                                {QStringLiteral("channels"), many}};
        row("resume 65 channels", QString::fromUtf8(QJsonDocument(frame).toJson()), "bad_field", "resume");
    }
    row("event missing", raw(R"({"type":"event"})"), "missing_field", "event");
    row("event string", raw(R"({"type":"event","event":"login"})"), "bad_field", "event");
    row("event array", raw(R"({"type":"event","event":[{"event":"login"}]})"), "bad_field", "event");
    row("event extra", raw(R"({"type":"event","event":{},"ip":"1.2.3.4"})"), "unknown_field", "event");
    row("10000 brackets", nested(10000, "[", "]"), "too_deep");
    row("10000 open brackets", QString(10000, u'['), "too_deep");
    row("10000 objects", nested(10000, "{\"a\":", "}", QStringLiteral("1")), "too_deep");
    row("deep event",
        QStringLiteral(R"({"type":"event","event":%1})").arg(nested(40, "{\"a\":", "}", QStringLiteral("1"))),
        "too_deep");
    row("33 levels", nested(33, "[", "]"), "too_deep");
}

void TestAlertProtocol::refusesMalformedFrames()
{
    QFETCH(QString, frame);
    QFETCH(QString, code);
    QFETCH(QString, ref);

    QString gotRef;
    auto request = AlertProtocol::parse(frame, kLimit, &gotRef);
    QVERIFY(!request.ok());
    QCOMPARE(request.error().code, code);
    QVERIFY(!request.error().message.isEmpty());
    QCOMPARE(gotRef, ref);
}

void TestAlertProtocol::sizeLimitIsInUtf8Bytes()
{
    // 40 Arabic letters are 80 UTF-8 bytes.
    const QString frame = QStringLiteral(R"({"type":"auth","token":"%1"})").arg(QString(40, QChar(0x0645)));
    const qsizetype bytes = frame.toUtf8().size();
    QVERIFY(AlertProtocol::parse(frame, bytes).ok());
    auto refused = AlertProtocol::parse(frame, bytes - 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("too_large"));
    QVERIFY(frame.size() < bytes - 1); // the limit is not a character count
}

void TestAlertProtocol::bracketsInsideStringsAreNotNesting()
{
    const QString brackets = QString(100, u'[') + QStringLiteral(R"(\"{{{)");
    const QString frame = QStringLiteral(R"({"type":"auth","token":"%1"})").arg(brackets);
    auto request = AlertProtocol::parse(frame, kLimit);
    QVERIFY2(request.ok(), qPrintable(request.errorMessage()));
    QCOMPARE(request->token, QString(100, u'[') + QStringLiteral("\"{{{"));

    // 32 levels are allowed: the frame object plus 31 inside the event.
    const QString deepest =
        QStringLiteral(R"({"type":"event","event":%1})").arg(nested(31, "{\"a\":", "}", QStringLiteral("1")));
    QVERIFY(AlertProtocol::parse(deepest, kLimit).ok());
}

void TestAlertProtocol::channelNames_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("valid");
    QTest::newRow("security") << "security" << true;
    QTest::newRow("broadcast") << "broadcast" << true;
    QTest::newRow("user") << "user:1" << true;
    QTest::newRow("sale") << "sale:abc-DEF_9" << true;
    QTest::newRow("property") << "property:77" << true;
    QTest::newRow("64 char id") << QStringLiteral("sale:") + QString(64, u'z') << true;
    QTest::newRow("65 char id") << QStringLiteral("sale:") + QString(65, u'z') << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("colon only") << ":" << false;
    QTest::newRow("customer") << "customer:1" << false;
    QTest::newRow("appointment") << "appointment:1" << false;
    QTest::newRow("user letters") << "user:me" << false;
    QTest::newRow("broadcast:1") << "broadcast:1" << false;
    QTest::newRow("security:x") << "security:x" << false;
    QTest::newRow("dot") << "sale:a.b" << false;
    QTest::newRow("space") << "sale: 1" << false;
    QTest::newRow("newline") << "sale:1\n" << false;
    QTest::newRow("wildcard") << "sale:*" << false;
}

void TestAlertProtocol::channelNames()
{
    QFETCH(QString, channel);
    QFETCH(bool, valid);
    QCOMPARE(AlertProtocol::isValidChannel(channel), valid);
}

void TestAlertProtocol::bearerToken_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("token"); // empty: none
    QTest::newRow("plain") << QByteArray("Bearer abc.def.ghi") << "abc.def.ghi";
    QTest::newRow("lower case scheme") << QByteArray("bearer abc") << "abc";
    QTest::newRow("upper case scheme") << QByteArray("BEARER abc") << "abc";
    QTest::newRow("extra spaces") << QByteArray("  Bearer   abc  ") << "abc";
    QTest::newRow("ingest") << QByteArray("Bearer ingest:s3cr3t") << "ingest:s3cr3t";
    QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz") << "";
    QTest::newRow("no token") << QByteArray("Bearer") << "";
    QTest::newRow("no token, space") << QByteArray("Bearer ") << "";
    QTest::newRow("glued") << QByteArray("Bearerabc") << "";
    QTest::newRow("two tokens") << QByteArray("Bearer abc def") << "";
    QTest::newRow("tab inside") << QByteArray("Bearer abc\tdef") << "";
    QTest::newRow("token only") << QByteArray("abc.def.ghi") << "";
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("too long") << QByteArray("Bearer ") + QByteArray(8193, 'a') << "";
}

void TestAlertProtocol::bearerToken()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, token);
    const auto got = AlertProtocol::bearerToken(header);
    QCOMPARE(got.has_value(), !token.isEmpty());
    if (got)
        QCOMPARE(*got, token);
}

void TestAlertProtocol::serverFramesAreCompactObjects()
{
    const QByteArray welcome = AlertProtocol::welcome(QStringLiteral("هدى"), 7, QStringLiteral("security"),
                                                      41, {QStringLiteral("user:7")});
    QVERIFY(!welcome.contains('\n'));
    QJsonObject object = parsed(welcome);
    QCOMPARE(object.value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    QCOMPARE(object.value(QStringLiteral("user")).toString(), QStringLiteral("هدى"));
    QCOMPARE(object.value(QStringLiteral("userId")).toInteger(), 7);
    QCOMPARE(object.value(QStringLiteral("role")).toString(), QStringLiteral("security"));
    QCOMPARE(object.value(QStringLiteral("lastSeq")).toInteger(), 41);
    QCOMPARE(object.value(QStringLiteral("channels")).toArray().first().toString(), QStringLiteral("user:7"));

    object = parsed(
        AlertProtocol::welcome(QStringLiteral("ingest"), std::nullopt, QStringLiteral("ingest"), 0, {}));
    QVERIFY(!object.contains(QStringLiteral("userId")));

    object = parsed(AlertProtocol::error(QStringLiteral("forbidden"), QStringLiteral("No."),
                                         QStringLiteral("subscribe"), QStringLiteral("rbac.denied")));
    QCOMPARE(object.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    QCOMPARE(object.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
    QCOMPARE(object.value(QStringLiteral("message")).toString(), QStringLiteral("No."));
    QCOMPARE(object.value(QStringLiteral("ref")).toString(), QStringLiteral("subscribe"));
    QCOMPARE(object.value(QStringLiteral("detail")).toString(), QStringLiteral("rbac.denied"));
    object = parsed(AlertProtocol::error(QStringLiteral("bad_json"), QStringLiteral("Bad.")));
    QVERIFY(!object.contains(QStringLiteral("ref")));
    QVERIFY(!object.contains(QStringLiteral("detail")));

    QCOMPARE(parsed(AlertProtocol::subscribed(QStringLiteral("sale:9")))
                 .value(QStringLiteral("channel"))
                 .toString(),
             QStringLiteral("sale:9"));
    QCOMPARE(parsed(AlertProtocol::unsubscribed(QStringLiteral("broadcast")))
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("unsubscribed"));
    QCOMPARE(parsed(AlertProtocol::acked(12)).value(QStringLiteral("seq")).toInteger(), 12);
    QCOMPARE(parsed(AlertProtocol::pong()), QJsonObject({{QStringLiteral("type"), QStringLiteral("pong")}}));
    QCOMPARE(parsed(AlertProtocol::accepted()),
             QJsonObject({{QStringLiteral("type"), QStringLiteral("accepted")}}));
    object = parsed(AlertProtocol::resumed(5, 90, 12));
    QCOMPARE(object.value(QStringLiteral("after")).toInteger(), 5);
    QCOMPARE(object.value(QStringLiteral("lastSeq")).toInteger(), 90);
    QCOMPARE(object.value(QStringLiteral("count")).toInteger(), 12);
}

void TestAlertProtocol::alertFrameCarriesTheAlert()
{
    Alert alert;
    alert.seq = 9'000'000'001;
    alert.createdAtMs = 1'700'000'000'123;
    alert.severity = Severity::High;
    alert.type = QStringLiteral("brute_force");
    alert.channel = QStringLiteral("security");
    alert.messageEn = QStringLiteral("5 failed logins from 203.0.113.9");
    alert.messageAr = QStringLiteral("٥ محاولات دخول فاشلة من 203.0.113.9");
    alert.ip = QStringLiteral("203.0.113.9");
    const QJsonObject frame = parsed(AlertProtocol::alert(alert));
    QCOMPARE(frame.value(QStringLiteral("type")).toString(), QStringLiteral("alert"));
    QCOMPARE(frame.value(QStringLiteral("seq")).toInteger(), alert.seq);
    const Alert back = Alert::fromJson(frame.value(QStringLiteral("alert")).toObject());
    QCOMPARE(back.seq, alert.seq);
    QCOMPARE(back.createdAtMs, alert.createdAtMs);
    QCOMPARE(back.severity, alert.severity);
    QCOMPARE(back.messageAr, alert.messageAr);
    QCOMPARE(back.ip, alert.ip);
}

QTEST_GUILESS_MAIN(TestAlertProtocol)
#include "tst_alertprotocol.moc"
