#pragma once

#include "Result.h"
#include "qr/QrCode.h"

#include <QImage>
#include <QString>
#include <QWidget>

#include <optional>

namespace nova::ui {

// A QR code drawn crisp at any size: every module is a whole number of
// device pixels (the symbol is scaled by the largest integer that fits and
// centred), the widget stays square (heightForWidth), the quiet zone is
// always white, and the symbol is never mirrored, whatever the layout
// direction (a mirrored QR code does not scan).
class QrCodeWidget : public QWidget {
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget* parent = nullptr);

    // Encodes the text (an otpauth:// URI); on failure the widget is cleared.
    Status setText(const QString& text);
    void clear();
    const QString& text() const { return m_text; }
    bool hasCode() const { return m_code.has_value(); }

    // The symbol as the widget paints it, on a white square of that side.
    QImage renderImage(int sidePixels) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // Modules across, quiet zone included.
    int modulesAcross() const;

    QString m_text;
    std::optional<QrCode> m_code;
};

} // namespace nova::ui
