#pragma once

#include "Result.h"

#include <QImage>
#include <QList>
#include <QString>

namespace nova {

// A QR symbol as a square matrix of modules. libqrencode is an
// implementation detail of QrCode.cpp; nothing else includes <qrencode.h>.
class QrCode {
public:
    enum class ErrorCorrection { Low, Medium, Quartile, High };
    static constexpr int kQuietZone = 4;

    static Result<QrCode> encode(const QString& text, ErrorCorrection level = ErrorCorrection::Medium);

    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Integer scaling keeps every module a crisp square at any zoom.
    QImage toImage(int scale, int quietZone = kQuietZone) const;
    QString toSvg(int quietZone = kQuietZone) const;

private:
    QrCode(int size, QList<bool> modules)
        : m_size(size)
        , m_modules(std::move(modules))
    {}
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace nova
