#include "Otp.h"

#include "crypto/Hmac.h"

#include <QtEndian>

namespace nova {

QString Otp::hotp(const QByteArray& key, quint64 counter, int digits, HashAlgorithm algorithm)
{
    Q_ASSERT(digits >= 1 && digits <= 9);
    char message[8];
    qToBigEndian(counter, message);
    const QByteArray mac = Hmac::compute(algorithm, key, QByteArrayView(message, sizeof message));
    // RFC 4226 section 5.3 dynamic truncation.
    const int offset = static_cast<quint8>(mac.back()) & 0x0f;
    const quint32 binary = (static_cast<quint32>(static_cast<quint8>(mac[offset]) & 0x7f) << 24) |
                           (static_cast<quint32>(static_cast<quint8>(mac[offset + 1])) << 16) |
                           (static_cast<quint32>(static_cast<quint8>(mac[offset + 2])) << 8) |
                           static_cast<quint32>(static_cast<quint8>(mac[offset + 3]));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

quint64 Otp::timeStep(qint64 unixSecs, int periodSecs)
{
    Q_ASSERT(periodSecs > 0);
    return unixSecs <= 0 ? 0 : static_cast<quint64>(unixSecs) / static_cast<quint64>(periodSecs);
}

QString Otp::totp(const QByteArray& key, qint64 unixSecs, const OtpSettings& settings)
{
    return hotp(key, timeStep(unixSecs, settings.periodSecs), settings.digits, settings.algorithm);
}

int Otp::secondsRemaining(qint64 unixSecs, int periodSecs)
{
    return periodSecs - static_cast<int>(unixSecs % periodSecs);
}

} // namespace nova
