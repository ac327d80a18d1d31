#pragma once

#include "Result.h"
#include "totp/OtpSettings.h"

#include <QByteArray>
#include <QString>

namespace nova {

struct OtpAccount {
    QString issuer;
    QString accountName;
    QByteArray secret;
    OtpSettings settings;
};

// otpauth:// URIs in Google Authenticator's Key Uri Format: the label
// "Issuer:account" (each part percent-encoded, so Arabic names and ':' in an
// account survive) plus the issuer= parameter that newer apps prefer.
class OtpUri {
public:
    static constexpr qsizetype kMaxLength = 4096;
    static constexpr qsizetype kMinSecretBytes = 10;

    static QString build(const OtpAccount& account);
    static Result<OtpAccount> parse(const QString& uri);
};

} // namespace nova
