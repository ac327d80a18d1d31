#include "SecretStore.h"

#include "Bidi.h"

#include <QCoreApplication>

#include <algorithm>

namespace nova {

Status SecretStore::checkName(const QString& name)
{
    const bool ok = !name.isEmpty() && name.size() <= 100 && !name.startsWith(QLatin1Char('.')) &&
                    std::all_of(name.cbegin(), name.cend(), [](QChar c) {
                        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                               (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                               c == QLatin1Char('-') || c == QLatin1Char('_');
                    });
    if (ok)
        return {};
    return Error{QString::fromLatin1(kBadName),
                 QCoreApplication::translate("nova::SecretStore",
                                             "\"%1\" is not a valid secret name (use letters, digits, '.', "
                                             "'-' and '_').")
                     .arg(leftToRight(name.left(100)))};
}

Error SecretStore::notFound(const QString& name)
{
    return Error{QString::fromLatin1(kNotFound),
                 QCoreApplication::translate("nova::SecretStore", "No secret named %1 is stored.")
                     .arg(leftToRight(name))};
}

} // namespace nova
