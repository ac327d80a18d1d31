#pragma once

// Decodes QR codes in an image with ZBar, a decoder we did not write. Only
// for tests that link PkgConfig::ZBAR.

#include <QImage>
#include <QStringList>

#include <zbar.h>

namespace nova::test {

inline QStringList decodeQrCodes(const QImage& source)
{
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    pixels.reserve(gray.width() * gray.height());
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char*>(gray.constScanLine(y)), gray.width());

    zbar::zbar_image_scanner_t* scanner = zbar::zbar_image_scanner_create();
    zbar::zbar_image_scanner_set_config(scanner, zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    zbar::zbar_image_scanner_set_config(scanner, zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    zbar::zbar_image_scanner_set_config(scanner, zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_BINARY, 1);
    zbar::zbar_image_t* image = zbar::zbar_image_create();
    zbar::zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(image, unsigned(gray.width()), unsigned(gray.height()));
    zbar::zbar_image_set_data(image, pixels.constData(), unsigned(pixels.size()), nullptr);
    QStringList found;
    if (zbar::zbar_scan_image(scanner, image) > 0) {
        for (const zbar::zbar_symbol_t* symbol = zbar::zbar_image_first_symbol(image); symbol;
             symbol = zbar::zbar_symbol_next(symbol)) {
            found.append(QString::fromUtf8(zbar::zbar_symbol_get_data(symbol),
                                           int(zbar::zbar_symbol_get_data_length(symbol))));
        }
    }
    zbar::zbar_image_destroy(image);
    zbar::zbar_image_scanner_destroy(scanner);
    return found;
}

} // namespace nova::test
