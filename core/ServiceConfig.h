#pragma once

#include "auth/SignInPolicy.h"
#include "crypto/PasswordHasher.h"
#include "ids/DetectorThresholds.h"
#include "totp/OtpSettings.h"

#include <QString>

namespace nova {

// How the service layer is put together. Every field has a default that
// works on a desktop with nothing configured.
struct ServiceConfig {
    // A DatabaseUrl text; empty: the SQLite file in the user's data folder.
    QString database;
    // "auto", "keychain" or "file:DIR". "auto" keeps whatever backend the
    // database was first used with (recorded in its settings), else the
    // keychain when a D-Bus session exists, else files in the data folder.
    QString secrets = QStringLiteral("auto");
    // An http(s) URL to POST SMS codes to; empty: the outbox file.
    QString smsWebhook;
    // Empty: <data folder>/sms-outbox.jsonl.
    QString smsOutbox;
    // Argon2id cost for new hashes; hashes below it are upgraded at sign-in.
    PasswordHashParams passwordHashing;
    // The security policy; values stored in the database's settings table
    // (PolicyStore) take the place of these when the hub opens.
    SignInPolicy signIn;
    DetectorThresholds thresholds;
    // For new TOTP enrollments, and the verification window in steps.
    OtpSettings totp;
    int totpSkewSteps = 1;

    // <AppDataLocation>/secrets
    static QString defaultSecretsDirectory();
};

} // namespace nova
