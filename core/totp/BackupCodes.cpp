#include "BackupCodes.h"

#include "crypto/ConstantTime.h"
#include "crypto/Hmac.h"
#include "crypto/SecureRandom.h"

namespace nova {

QStringList BackupCodes::generate(int count, int length)
{
    constexpr quint32 alphabetSize = sizeof kAlphabet - 1;
    QStringList codes;
    codes.reserve(count);
    while (codes.size() < count) {
        QString code;
        for (int i = 0; i < length; ++i) {
            if (i == length / 2)
                code.append(QLatin1Char('-'));
            code.append(QLatin1Char(kAlphabet[SecureRandom::uniform(alphabetSize)]));
        }
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QString BackupCodes::normalize(const QString& typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out.append(c.toUpper());
    }
    return out;
}

QByteArray BackupCodes::digest(const QString& code, QByteArrayView key)
{
    return Hmac::compute(HashAlgorithm::Sha256, key, normalize(code).toUtf8());
}

int BackupCodes::match(const QString& typed, const QList<QByteArray>& digests, QByteArrayView key)
{
    const QByteArray candidate = digest(typed, key);
    int found = -1;
    for (int i = 0; i < digests.size(); ++i) {
        if (ConstantTime::equal(candidate, digests.at(i)) && found < 0)
            found = i;
    }
    return found;
}

} // namespace nova
