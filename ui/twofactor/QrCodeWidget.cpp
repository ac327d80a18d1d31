#include "QrCodeWidget.h"

#include <QPainter>
#include <QPen>

namespace nova::ui {

namespace {
// Below two device pixels per module phone cameras struggle; the widget
// asks for more and prefers four.
constexpr int kMinPixelsPerModule = 2;
constexpr int kPreferredPixelsPerModule = 4;
constexpr int kEmptySide = 160;

// Fills the modules of `code` at `scale` pixels each, starting at the
// top-left corner of the symbol (quiet zone excluded). Explicit coordinates
// only: a right-to-left layout must never mirror a QR code.
void paintModules(QPainter& painter, const QrCode& code, const QPoint& origin, int scale)
{
    for (int y = 0; y < code.size(); ++y) {
        int x = 0;
        while (x < code.size()) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int runStart = x;
            while (x < code.size() && code.isDark(x, y))
                ++x;
            painter.fillRect(origin.x() + runStart * scale, origin.y() + y * scale, (x - runStart) * scale,
                             scale, Qt::black);
        }
    }
}
} // namespace

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

Status QrCodeWidget::setText(const QString& text)
{
    auto code = QrCode::encode(text);
    if (!code) {
        clear();
        return code.error();
    }
    m_text = text;
    m_code = std::move(code).value();
    updateGeometry();
    update();
    return {};
}

void QrCodeWidget::clear()
{
    m_text.clear();
    m_code.reset();
    updateGeometry();
    update();
}

int QrCodeWidget::modulesAcross() const
{
    return m_code ? m_code->size() + 2 * QrCode::kQuietZone : 0;
}

QImage QrCodeWidget::renderImage(int sidePixels) const
{
    const int across = modulesAcross();
    if (across == 0 || sidePixels < across)
        return {};
    QImage image(sidePixels, sidePixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    const int scale = sidePixels / across;
    // The rounding remainder is split around the symbol, so it stays centred
    // and the quiet zone only grows.
    const int offset = (sidePixels - across * scale) / 2 + QrCode::kQuietZone * scale;
    QPainter painter(&image);
    paintModules(painter, *m_code, QPoint(offset, offset), scale);
    return image;
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = m_code ? modulesAcross() * kPreferredPixelsPerModule : kEmptySide;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = m_code ? modulesAcross() * kMinPixelsPerModule : kEmptySide / 2;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const int side = std::min(width(), height());
    const int left = (width() - side) / 2;
    const int top = (height() - side) / 2;
    if (!m_code) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.drawRect(QRect(left, top, side - 1, side - 1));
        return;
    }
    // Whole device pixels per module: on a fractional scale factor a module
    // edge would otherwise fall between pixels and blur.
    const qreal ratio = devicePixelRatioF();
    const int deviceSide = static_cast<int>(side * ratio);
    QImage image = renderImage(deviceSide);
    if (image.isNull()) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Too small to show the QR code"));
        return;
    }
    image.setDevicePixelRatio(ratio);
    painter.drawImage(QPoint(left, top), image);
}

} // namespace nova::ui
