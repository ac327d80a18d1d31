#include "OtpUri.h"

#include "Bidi.h"
#include "crypto/Base32.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <QUrl>

namespace nova {

namespace {

Error uriError(const char* code, const char* text)
{
    return Error{QString::fromLatin1(code), QCoreApplication::translate("nova::OtpUri", text)};
}

QString encode(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// Strict percent-decoding: a stray '%' or a byte sequence that is not UTF-8
// is an error, not something to guess about.
std::optional<QString> decode(QStringView raw)
{
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != QLatin1Char('%'))
            continue;
        if (i + 2 >= raw.size())
            return std::nullopt;
        if (!isHex(raw.at(i + 1)) || !isHex(raw.at(i + 2)))
            return std::nullopt;
        i += 2;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(QByteArray::fromPercentEncoding(raw.toUtf8()));
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

} // namespace

QString OtpUri::build(const OtpAccount& account)
{
    QString label = encode(account.accountName);
    if (!account.issuer.isEmpty())
        label = encode(account.issuer) + QLatin1Char(':') + label;
    QString uri = QStringLiteral("otpauth://totp/") + label + QStringLiteral("?secret=") +
                  Base32::encode(account.secret, Base32::Padding::Without);
    if (!account.issuer.isEmpty())
        uri += QStringLiteral("&issuer=") + encode(account.issuer);
    uri += QStringLiteral("&algorithm=") + hashAlgorithmName(account.settings.algorithm) +
           QStringLiteral("&digits=") + QString::number(account.settings.digits) +
           QStringLiteral("&period=") + QString::number(account.settings.periodSecs);
    return uri;
}

Result<OtpAccount> OtpUri::parse(const QString& input)
{
    const QString uri = input.trimmed();
    if (uri.isEmpty())
        return uriError("uri.empty", QT_TRANSLATE_NOOP("nova::OtpUri", "The URI is empty."));
    if (uri.size() > kMaxLength)
        return uriError("uri.too_long", QT_TRANSLATE_NOOP("nova::OtpUri", "The URI is too long."));

    const QLatin1String scheme("otpauth://");
    if (!uri.startsWith(scheme, Qt::CaseInsensitive))
        return Error{QStringLiteral("uri.scheme"),
                     //: %1 is the scheme "otpauth://"
                     QCoreApplication::translate("nova::OtpUri", "The URI does not start with %1.")
                         .arg(leftToRight(scheme))};

    const QStringView rest = QStringView(uri).mid(scheme.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return uriError("uri.no_label", QT_TRANSLATE_NOOP("nova::OtpUri", "The URI has no account label."));
    const QStringView type = rest.left(slash);
    if (type.compare(QLatin1String("hotp"), Qt::CaseInsensitive) == 0)
        return uriError(
            "uri.hotp",
            QT_TRANSLATE_NOOP("nova::OtpUri", "Counter-based (HOTP) accounts are not supported; use TOTP."));
    if (type.compare(QLatin1String("totp"), Qt::CaseInsensitive) != 0)
        return uriError("uri.type", QT_TRANSLATE_NOOP("nova::OtpUri", "The URI's type must be totp."));

    const QStringView afterType = rest.mid(slash + 1);
    const qsizetype question = afterType.indexOf(QLatin1Char('?'));
    const QStringView rawLabel = question < 0 ? afterType : afterType.left(question);
    const QStringView rawQuery = question < 0 ? QStringView() : afterType.mid(question + 1);

    OtpAccount account;
    QString labelIssuer;
    const qsizetype colon = rawLabel.indexOf(QLatin1Char(':'));
    const auto decodedAccount = decode(colon < 0 ? rawLabel : rawLabel.mid(colon + 1));
    if (!decodedAccount)
        return uriError("uri.encoding", QT_TRANSLATE_NOOP("nova::OtpUri", "The account label is not valid "
                                                                          "percent-encoded UTF-8."));
    if (colon >= 0) {
        const auto decodedIssuer = decode(rawLabel.left(colon));
        if (!decodedIssuer)
            return uriError("uri.encoding",
                            QT_TRANSLATE_NOOP("nova::OtpUri", "The account label is not valid "
                                                              "percent-encoded UTF-8."));
        labelIssuer = decodedIssuer->trimmed();
    }
    account.accountName = decodedAccount->trimmed();
    if (account.accountName.isEmpty())
        return uriError("uri.no_label", QT_TRANSLATE_NOOP("nova::OtpUri", "The URI has no account label."));

    QHash<QString, QString> params;
    if (!rawQuery.isEmpty()) {
        for (const QStringView pair : rawQuery.split(QLatin1Char('&'))) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return Error{
                    QStringLiteral("uri.query"),
                    //: %1 is the literal form "name=value"
                    QCoreApplication::translate("nova::OtpUri", "A URI parameter is not of the form %1.")
                        .arg(leftToRight(QStringLiteral("name=value")))};
            const auto key = decode(pair.left(eq));
            const auto value = decode(pair.mid(eq + 1));
            if (!key || !value)
                return uriError("uri.encoding",
                                QT_TRANSLATE_NOOP("nova::OtpUri", "A URI parameter is not valid "
                                                                  "percent-encoded UTF-8."));
            const QString name = key->toLower();
            if (params.contains(name))
                return uriError("uri.duplicate",
                                QT_TRANSLATE_NOOP("nova::OtpUri", "A URI parameter appears more than once."));
            params.insert(name, *value);
        }
    }

    const QString secretText = params.value(QStringLiteral("secret"));
    if (secretText.isEmpty())
        return uriError("uri.no_secret", QT_TRANSLATE_NOOP("nova::OtpUri", "The URI has no secret."));
    auto secret = Base32::decode(secretText);
    if (!secret)
        return Error{QStringLiteral("uri.secret"),
                     QCoreApplication::translate("nova::OtpUri", "The secret is not valid base32: %1")
                         .arg(secret.errorMessage())};
    if (secret->size() < kMinSecretBytes)
        return uriError("uri.short_secret",
                        QT_TRANSLATE_NOOP("nova::OtpUri", "The secret is too short (fewer than 80 bits)."));
    account.secret = std::move(secret).value();

    const QString paramIssuer = params.value(QStringLiteral("issuer")).trimmed();
    if (!labelIssuer.isEmpty() && !paramIssuer.isEmpty() && labelIssuer != paramIssuer)
        return uriError("uri.issuer_mismatch",
                        QT_TRANSLATE_NOOP("nova::OtpUri", "The issuer in the label and the issuer "
                                                          "parameter differ."));
    account.issuer = paramIssuer.isEmpty() ? labelIssuer : paramIssuer;

    if (params.contains(QStringLiteral("algorithm"))) {
        const auto algorithm = hashAlgorithmFromName(params.value(QStringLiteral("algorithm")));
        if (!algorithm)
            return uriError(
                "uri.algorithm",
                QT_TRANSLATE_NOOP("nova::OtpUri", "The algorithm must be SHA1, SHA256 or SHA512."));
        account.settings.algorithm = *algorithm;
    }
    if (params.contains(QStringLiteral("digits"))) {
        bool ok = false;
        const int digits = params.value(QStringLiteral("digits")).toInt(&ok);
        if (!ok || digits < OtpSettings::kMinDigits || digits > OtpSettings::kMaxDigits)
            return uriError("uri.digits",
                            QT_TRANSLATE_NOOP("nova::OtpUri", "The number of digits must be 6, 7 or 8."));
        account.settings.digits = digits;
    }
    if (params.contains(QStringLiteral("period"))) {
        bool ok = false;
        const int period = params.value(QStringLiteral("period")).toInt(&ok);
        if (!ok || period < OtpSettings::kMinPeriod || period > OtpSettings::kMaxPeriod)
            return uriError(
                "uri.period",
                QT_TRANSLATE_NOOP("nova::OtpUri", "The period must be between 15 and 300 seconds."));
        account.settings.periodSecs = period;
    }
    return account;
}

} // namespace nova
