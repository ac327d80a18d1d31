#include "TotpVerifier.h"

#include "crypto/ConstantTime.h"
#include "totp/Otp.h"

#include <QCoreApplication>

#include <algorithm>

namespace nova {

namespace {

Error verifyError(const char* code, const char* text)
{
    return Error{QString::fromLatin1(code), QCoreApplication::translate("nova::TotpVerifier", text)};
}

} // namespace

TotpVerifier::TotpVerifier(const Clock& clock, int skewSteps)
    : m_clock(clock)
    , m_skewSteps(qBound(0, skewSteps, 10))
{}

Result<quint64> TotpVerifier::verify(const QByteArray& key, const QString& code, const OtpSettings& settings,
                                     std::optional<quint64> lastAcceptedStep) const
{
    QString typed = code;
    typed.remove(QLatin1Char(' '));
    if (typed.size() != settings.digits || !std::all_of(typed.cbegin(), typed.cend(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        })) {
        return verifyError("totp.malformed", QT_TRANSLATE_NOOP("nova::TotpVerifier",
                                                               "The code must be the digits shown in your "
                                                               "authenticator app."));
    }

    const quint64 now = Otp::timeStep(m_clock.nowSecs(), settings.periodSecs);
    const QByteArray typedBytes = typed.toLatin1();
    std::optional<quint64> accepted;
    bool replayed = false;
    // Every candidate is computed and compared, so the time taken does not
    // reveal which step (if any) matched.
    for (int offset = -m_skewSteps; offset <= m_skewSteps; ++offset) {
        if (offset < 0 && now < static_cast<quint64>(-offset))
            continue;
        const quint64 step = now + offset;
        const QByteArray expected = Otp::hotp(key, step, settings.digits, settings.algorithm).toLatin1();
        if (!ConstantTime::equal(expected, typedBytes))
            continue;
        if (lastAcceptedStep && step <= *lastAcceptedStep)
            replayed = true;
        else if (!accepted)
            accepted = step;
    }
    if (accepted)
        return *accepted;
    if (replayed)
        return verifyError(
            "totp.replayed",
            QT_TRANSLATE_NOOP("nova::TotpVerifier",
                              "This code was already used. Wait for the next code and try again."));
    return verifyError("totp.wrong", QT_TRANSLATE_NOOP("nova::TotpVerifier", "The code is not correct."));
}

} // namespace nova
