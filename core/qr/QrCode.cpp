#include "QrCode.h"

#include <QCoreApplication>
#include <qrencode.h>

#include <memory>

namespace nova {

namespace {

QRecLevel toQrLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrCode::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrCode::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

} // namespace

Result<QrCode> QrCode::encode(const QString& text, ErrorCorrection level)
{
    if (text.isEmpty())
        return Error{QStringLiteral("qr.empty"),
                     QCoreApplication::translate("nova::QrCode", "There is nothing to put in the QR code.")};
    const QByteArray utf8 = text.toUtf8();
    // 8-bit mode keeps the UTF-8 bytes as they are; the kanji/alnum modes would
    // reinterpret an Arabic account name.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeData(static_cast<int>(utf8.size()),
                          reinterpret_cast<const unsigned char*>(utf8.constData()), 0, toQrLevel(level)),
        &QRcode_free);
    if (!symbol)
        return Error{QStringLiteral("qr.too_long"),
                     QCoreApplication::translate("nova::QrCode", "The text is too long for a QR code.")};
    const int width = symbol->width;
    QList<bool> modules(width * width);
    for (int i = 0; i < width * width; ++i)
        modules[i] = (symbol->data[i] & 0x01) != 0;
    return QrCode(width, std::move(modules));
}

QImage QrCode::toImage(int scale, int quietZone) const
{
    scale = qMax(1, scale);
    const int side = (m_size + 2 * quietZone) * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                for (int dx = 0; dx < scale; ++dx)
                    image.setPixel((x + quietZone) * scale + dx, (y + quietZone) * scale + dy, 1);
            }
        }
    }
    return image;
}

QString QrCode::toSvg(int quietZone) const
{
    const int side = m_size + 2 * quietZone;
    QString path;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                path += QStringLiteral("M%1 %2h1v1h-1z").arg(x + quietZone).arg(y + quietZone);
        }
    }
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\" "
                          "shape-rendering=\"crispEdges\"><rect width=\"%1\" height=\"%1\" fill=\"#fff\"/>"
                          "<path fill=\"#000\" d=\"%2\"/></svg>\n")
        .arg(side)
        .arg(path);
}

} // namespace nova
