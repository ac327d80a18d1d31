// The QR code widget: square at every size, crisp (whole pixels per module),
// and never mirrored; every image is decoded by ZBar.
#include "qr/QrCode.h"
#include "twofactor/QrCodeWidget.h"
#include "twofactor/ZbarDecoder.h"

#include <QApplication>
#include <QTest>

using namespace nova;
using namespace nova::test;

namespace {

const QString kUri = QStringLiteral(
    "otpauth://totp/Nova%20CRM:sara%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Nova%20CRM");

// Pixels that are neither pure black nor pure white (anti-aliasing, blur).
int greyPixels(const QImage& image, const QRect& area)
{
    int grey = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel != qRgb(0, 0, 0) && pixel != qRgb(255, 255, 255))
                ++grey;
        }
    }
    return grey;
}

// The bounding box of the black pixels.
QRect darkBounds(const QImage& image)
{
    QRect bounds;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == qRgb(0, 0, 0))
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

// Length of the black run starting at the symbol's top-left corner: the
// finder pattern is 7 modules wide.
int finderRun(const QImage& image)
{
    const QRect bounds = darkBounds(image);
    int run = 0;
    while (bounds.left() + run < image.width() &&
           image.pixel(bounds.left() + run, bounds.top()) == qRgb(0, 0, 0))
        ++run;
    return run;
}

} // namespace

class TestQrCodeWidget : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void renderedImageIsSquareCrispAndDecodes_data();
    void renderedImageIsSquareCrispAndDecodes();
    void widgetPaintsASquareCentredSymbol();
    void rightToLeftLayoutDoesNotMirror();
    void refusesWhatCannotBeEncoded();
    void tooSmallGivesNoImage();
};

void TestQrCodeWidget::renderedImageIsSquareCrispAndDecodes_data()
{
    QTest::addColumn<int>("side");
    for (int side : {100, 200, 257, 333, 512, 1000})
        QTest::addRow("%d px", side) << side;
}

void TestQrCodeWidget::renderedImageIsSquareCrispAndDecodes()
{
    QFETCH(int, side);
    ui::QrCodeWidget widget;
    QVERIFY(widget.setText(kUri).ok());
    QVERIFY(widget.hasCode());
    const int across = QrCode::encode(kUri).value().size() + 2 * QrCode::kQuietZone;
    const QImage image = widget.renderImage(side);
    QCOMPARE(image.size(), QSize(side, side));
    QCOMPARE(greyPixels(image, image.rect()), 0);
    // Whole pixels per module: the largest integer scale that fits.
    const int scale = side / across;
    QCOMPARE(finderRun(image), 7 * scale);
    const QRect symbol = darkBounds(image);
    QCOMPARE(symbol.width(), symbol.height());
    QCOMPARE(symbol.width(), (across - 2 * QrCode::kQuietZone) * scale);
    // Centred, so the quiet zone is at least four modules on every side.
    QVERIFY(symbol.left() >= QrCode::kQuietZone * scale);
    QVERIFY(std::abs(symbol.left() - (side - 1 - symbol.right())) <= 1);
    QCOMPARE(decodeQrCodes(image), QStringList{kUri});
}

void TestQrCodeWidget::widgetPaintsASquareCentredSymbol()
{
    ui::QrCodeWidget widget;
    QVERIFY(widget.setText(kUri).ok());
    QVERIFY(widget.hasHeightForWidth());
    QCOMPARE(widget.heightForWidth(240), 240);
    QCOMPARE(widget.sizeHint().width(), widget.sizeHint().height());
    for (const QSize size : {QSize(300, 200), QSize(200, 300), QSize(451, 451)}) {
        widget.resize(size);
        const QImage shot = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const int side = std::min(size.width(), size.height());
        const QRect square((size.width() - side) / 2, (size.height() - side) / 2, side, side);
        QCOMPARE(greyPixels(shot, square), 0);
        const QRect symbol = darkBounds(shot);
        QCOMPARE(symbol.width(), symbol.height());
        QVERIFY(square.contains(symbol));
        QCOMPARE(decodeQrCodes(shot), QStringList{kUri});
    }
}

void TestQrCodeWidget::rightToLeftLayoutDoesNotMirror()
{
    ui::QrCodeWidget leftToRight;
    QVERIFY(leftToRight.setText(kUri).ok());
    leftToRight.resize(260, 260);
    const QImage expected = leftToRight.grab().toImage().convertToFormat(QImage::Format_RGB32);

    QApplication::setLayoutDirection(Qt::RightToLeft);
    ui::QrCodeWidget rightToLeft;
    rightToLeft.setLayoutDirection(Qt::RightToLeft);
    QVERIFY(rightToLeft.setText(kUri).ok());
    rightToLeft.resize(260, 260);
    const QImage shot = rightToLeft.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QApplication::setLayoutDirection(Qt::LeftToRight);

    QCOMPARE(shot, expected);
    QCOMPARE(shot.mirrored(true, false) == expected, false);
    QCOMPARE(decodeQrCodes(shot), QStringList{kUri});
}

void TestQrCodeWidget::refusesWhatCannotBeEncoded()
{
    ui::QrCodeWidget widget;
    QVERIFY(widget.setText(kUri).ok());
    const Status refused = widget.setText(QString(8000, QLatin1Char('x')));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("qr.too_long"));
    QVERIFY(!widget.hasCode());
    QVERIFY(widget.text().isEmpty());
    QVERIFY(widget.renderImage(300).isNull());
}

void TestQrCodeWidget::tooSmallGivesNoImage()
{
    ui::QrCodeWidget widget;
    QVERIFY(widget.setText(kUri).ok());
    const int across = QrCode::encode(kUri).value().size() + 2 * QrCode::kQuietZone;
    QVERIFY(widget.renderImage(across - 1).isNull());
    QCOMPARE(widget.renderImage(across).size(), QSize(across, across));
    widget.clear();
    QVERIFY(!widget.hasCode());
    QVERIFY(widget.renderImage(300).isNull());
}

QTEST_MAIN(TestQrCodeWidget)
#include "tst_qrcodewidget.moc"
