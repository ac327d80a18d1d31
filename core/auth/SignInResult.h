#pragma once

#include "auth/SessionClaims.h"
#include "users/User.h"

#include <QList>
#include <QString>

#include <optional>

namespace nova {

enum class SecondFactor { Totp, BackupCode, Sms };

// Where a sign-in stands after a step: either a session was issued, or the
// password was right and a second factor is due for the challenge returned.
struct SignInResult {
    enum class Stage { SecondFactorRequired, SignedIn };
    Stage stage = Stage::SecondFactorRequired;
    User user;
    QString challenge;
    QList<SecondFactor> methods;
    std::optional<IssuedToken> session;

    bool signedIn() const { return stage == Stage::SignedIn; }
};

} // namespace nova
