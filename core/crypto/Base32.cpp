#include "Base32.h"

#include <QCoreApplication>

#include <algorithm>

namespace nova {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
// Data characters an encoder emits for each possible remainder of the input length.
constexpr int kValidTailLengths[] = {0, 2, 4, 5, 7};

Error base32Error(const char* code, const char* text)
{
    return Error{QString::fromLatin1(code), QCoreApplication::translate("nova::Base32", text)};
}

int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'2' && u <= u'7')
        return u - u'2' + 26;
    return -1;
}

} // namespace

QString Base32::encode(const QByteArray& data, Padding padding)
{
    QString out;
    out.reserve((data.size() + 4) / 5 * 8);
    quint64 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    if (padding == Padding::With) {
        while (out.size() % 8 != 0)
            out.append(QLatin1Char('='));
    }
    return out;
}

Result<QByteArray> Base32::decode(const QString& text)
{
    constexpr qsizetype kMaxInput = 4096;
    if (text.size() > kMaxInput)
        return base32Error("base32.too_long",
                           QT_TRANSLATE_NOOP("nova::Base32", "The base32 text is too long."));

    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\t'))
            continue;
        clean.append(c.toUpper());
    }
    if (clean.isEmpty())
        return base32Error("base32.empty", QT_TRANSLATE_NOOP("nova::Base32", "The base32 text is empty."));

    const qsizetype firstPad = clean.indexOf(QLatin1Char('='));
    qsizetype dataLength = clean.size();
    if (firstPad >= 0) {
        dataLength = firstPad;
        for (qsizetype i = firstPad; i < clean.size(); ++i) {
            if (clean.at(i) != QLatin1Char('='))
                return base32Error("base32.bad_padding",
                                   QT_TRANSLATE_NOOP("nova::Base32", "Characters follow the '=' padding."));
        }
        if (clean.size() % 8 != 0)
            return base32Error("base32.bad_padding",
                               QT_TRANSLATE_NOOP("nova::Base32", "The '=' padding has the wrong length."));
    }
    const qsizetype tail = dataLength % 8;
    if (std::find(std::begin(kValidTailLengths), std::end(kValidTailLengths), tail) ==
            std::end(kValidTailLengths) ||
        dataLength == 0) {
        return base32Error("base32.bad_length",
                           QT_TRANSLATE_NOOP("nova::Base32", "The base32 text has an impossible length."));
    }
    if (firstPad >= 0 && clean.size() - dataLength >= 8)
        return base32Error("base32.bad_padding",
                           QT_TRANSLATE_NOOP("nova::Base32", "The '=' padding has the wrong length."));

    QByteArray out;
    out.reserve(dataLength * 5 / 8);
    quint64 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < dataLength; ++i) {
        const int value = valueOf(clean.at(i));
        if (value < 0)
            return base32Error("base32.bad_char",
                               QT_TRANSLATE_NOOP("nova::Base32", "The base32 text contains a character "
                                                                 "outside A–Z and 2–7."));
        buffer = (buffer << 5) | static_cast<quint64>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    return out;
}

QString Base32::grouped(const QString& encoded, int groupSize)
{
    QString out;
    for (qsizetype i = 0; i < encoded.size(); i += groupSize) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(encoded.mid(i, groupSize));
    }
    return out;
}

} // namespace nova
