#pragma once

#include <QString>

namespace nova {

// Text the user did not write in the sentence's language (an IP address, an
// e-mail, a user name, a code) is wrapped in a Unicode isolate, so that in an
// Arabic sentence "203.0.113.9" stays "203.0.113.9" and the punctuation
// around it stays where the translator put it.

// Appended one by one rather than with operator+: GCC 12 reports a false
// array-bounds error on QStringBuilder when `text` may be the shared empty string.
inline QString bidiWrapped(QChar open, const QString& text)
{
    QString result;
    result.reserve(text.size() + 2);
    result.append(open);
    result.append(text);
    result.append(QChar(0x2069)); // PDI
    return result;
}

// Always left to right: addresses, e-mails, codes, secrets, URLs.
inline QString leftToRight(const QString& text)
{
    return bidiWrapped(QChar(0x2066), text); // LRI
}

// In the direction of its own first strong character: names, which may be
// Arabic or Latin.
inline QString isolated(const QString& text)
{
    return bidiWrapped(QChar(0x2068), text); // FSI
}

} // namespace nova
