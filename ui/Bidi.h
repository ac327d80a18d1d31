#pragma once

#include <QString>

namespace nova::ui {

// Text the user did not write in the sentence's language (an IP address, an
// e-mail, a user name, a code) is wrapped in a Unicode isolate, so that in an
// Arabic sentence "203.0.113.9" stays "203.0.113.9" and the punctuation
// around it stays where the translator put it.

// Always left to right: addresses, e-mails, codes, secrets, URLs.
inline QString leftToRight(const QString& text)
{
    return QChar(0x2066) + text + QChar(0x2069); // LRI … PDI
}

// In the direction of its own first strong character: names, which may be
// Arabic or Latin.
inline QString isolated(const QString& text)
{
    return QChar(0x2068) + text + QChar(0x2069); // FSI … PDI
}

} // namespace nova::ui
