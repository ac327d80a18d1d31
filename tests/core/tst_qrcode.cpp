// Renders QR codes and decodes them again with ZBar, a decoder we did not write.
#include "qr/QrCode.h"
#include "totp/OtpUri.h"

#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

#include <zbar.h>

using namespace nova;
using namespace zbar;

namespace {

QStringList decodeWithZbar(const QImage& source)
{
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    pixels.reserve(gray.width() * gray.height());
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char*>(gray.constScanLine(y)), gray.width());

    zbar_image_scanner_t* scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1);
    zbar_image_t* image = zbar_image_create();
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, unsigned(gray.width()), unsigned(gray.height()));
    zbar_image_set_data(image, pixels.constData(), unsigned(pixels.size()), nullptr);
    QStringList found;
    if (zbar_scan_image(scanner, image) > 0) {
        for (const zbar_symbol_t* symbol = zbar_image_first_symbol(image); symbol;
             symbol = zbar_symbol_next(symbol)) {
            found.append(
                QString::fromUtf8(zbar_symbol_get_data(symbol), int(zbar_symbol_get_data_length(symbol))));
        }
    }
    zbar_image_destroy(image);
    zbar_image_scanner_destroy(scanner);
    return found;
}

} // namespace

class TestQrCode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void otpauthUriDecodes_data();
    void otpauthUriDecodes();
    void rawArabicTextDecodes();
    void imageIsSquareWithQuietZone();
    void svgRendersAndDecodes();
    void refusesEmptyAndOversized();
};

void TestQrCode::otpauthUriDecodes_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("scale");
    QTest::newRow("ascii scale 4") << QStringLiteral("sara@example.com") << 4;
    QTest::newRow("ascii scale 1") << QStringLiteral("sara@example.com") << 2;
    QTest::newRow("arabic scale 3") << QStringLiteral("خالد العتيبي") << 3;
    QTest::newRow("arabic with colon") << QStringLiteral("مدير:الفرع") << 5;
}

void TestQrCode::otpauthUriDecodes()
{
    QFETCH(QString, account);
    QFETCH(int, scale);
    const QString uri =
        OtpUri::build(OtpAccount{QStringLiteral("Nova CRM"), account, "12345678901234567890", {}});
    const auto qr = QrCode::encode(uri);
    QVERIFY2(qr.ok(), qPrintable(qr.errorMessage()));
    const QStringList decoded = decodeWithZbar(qr->toImage(scale));
    QCOMPARE(decoded, QStringList{uri});
    const auto parsed = OtpUri::parse(decoded.value(0));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->accountName, account);
}

void TestQrCode::rawArabicTextDecodes()
{
    const QString text = QStringLiteral("رمز التحقق الخاص بك");
    const QStringList decoded = decodeWithZbar(QrCode::encode(text).value().toImage(4));
    QCOMPARE(decoded, QStringList{text});
}

void TestQrCode::imageIsSquareWithQuietZone()
{
    const QrCode qr = QrCode::encode(QStringLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP")).value();
    QVERIFY(qr.size() >= 21);
    QCOMPARE((qr.size() - 17) % 4, 0); // versions are 21, 25, 29, … modules wide
    const QImage image = qr.toImage(3);
    QCOMPARE(image.width(), image.height());
    QCOMPARE(image.width(), (qr.size() + 8) * 3);
    // The quiet zone is white, the top-left finder pattern corner is black.
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    QCOMPARE(image.pixelColor(4 * 3 - 1, 4 * 3 - 1), QColor(Qt::white));
    QCOMPARE(image.pixelColor(4 * 3, 4 * 3), QColor(Qt::black));
}

void TestQrCode::svgRendersAndDecodes()
{
    const QString uri = QStringLiteral("otpauth://totp/Nova:omar?secret=JBSWY3DPEHPK3PXP&issuer=Nova");
    const QString svg = QrCode::encode(uri).value().toSvg();
    QVERIFY(svg.startsWith(QStringLiteral("<svg")));
    QSvgRenderer renderer(svg.toUtf8());
    QVERIFY(renderer.isValid());
    QImage image(400, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    QCOMPARE(decodeWithZbar(image), QStringList{uri});
}

void TestQrCode::refusesEmptyAndOversized()
{
    QCOMPARE(QrCode::encode(QString()).error().code, QStringLiteral("qr.empty"));
    QCOMPARE(QrCode::encode(QString(8000, QLatin1Char('x'))).error().code, QStringLiteral("qr.too_long"));
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
