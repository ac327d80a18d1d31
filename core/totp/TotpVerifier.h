#pragma once

#include "Clock.h"
#include "Result.h"
#include "totp/OtpSettings.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nova {

// Checks a typed code against the steps around now. Unlike the
// specification (speakeasy with window 2, the same code accepted again and
// again), a code is refused when its step is at or before the last step this
// account accepted, so an observed code cannot be replayed.
class TotpVerifier {
public:
    explicit TotpVerifier(const Clock& clock, int skewSteps = 1);

    // On success, the accepted time step: store it as the account's last one.
    Result<quint64> verify(const QByteArray& key, const QString& code, const OtpSettings& settings,
                           std::optional<quint64> lastAcceptedStep = std::nullopt) const;

    int skewSteps() const { return m_skewSteps; }

private:
    const Clock& m_clock;
    int m_skewSteps;
};

} // namespace nova
