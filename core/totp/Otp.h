#pragma once

#include "totp/OtpSettings.h"

#include <QByteArray>
#include <QString>

namespace nova {

// RFC 4226 (HOTP) and RFC 6238 (TOTP) as pure functions: no clock inside,
// the caller passes the time, so every code is reproducible in a test.
class Otp {
public:
    static QString hotp(const QByteArray& key, quint64 counter, int digits = 6,
                        HashAlgorithm algorithm = HashAlgorithm::Sha1);
    static quint64 timeStep(qint64 unixSecs, int periodSecs);
    static QString totp(const QByteArray& key, qint64 unixSecs, const OtpSettings& settings = {});
    // Seconds until the code shown now is replaced.
    static int secondsRemaining(qint64 unixSecs, int periodSecs);
};

} // namespace nova
