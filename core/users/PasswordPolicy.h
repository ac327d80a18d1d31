#pragma once

#include "Result.h"

#include <QStringList>

namespace nova {

struct PasswordPolicyOptions {
    int minLength = 12;
    int maxLength = 256;
    // From this length a password needs no mix of character classes
    // (a passphrase of several words is strong without digits or symbols).
    int passphraseLength = 16;
    int minClasses = 3; // of: lower case, upper case, other letters (e.g. Arabic), digits, symbols
};

// What a new password must satisfy. Lengths count Unicode code points, so an
// Arabic password is not penalised for its UTF-16 representation.
class PasswordPolicy {
public:
    explicit PasswordPolicy(PasswordPolicyOptions options = {});

    // ok, or `password.weak` with a translated message listing every problem.
    Status check(const QString& password, const QString& username = {}) const;
    // The translated problems, empty when the password is acceptable.
    QStringList problems(const QString& password, const QString& username = {}) const;
    // The rules in words, translated, for the UI to show next to the field.
    QStringList rules() const;
    // For each entry of rules(), in the same order, whether the password
    // satisfies it (a meter ticks or crosses each rule as the user types).
    // All true exactly when problems() is empty.
    QList<bool> satisfiedRules(const QString& password, const QString& username = {}) const;
    // 0 (very weak) to 4 (strong), for a strength meter.
    int strength(const QString& password) const;

    const PasswordPolicyOptions& options() const { return m_options; }

private:
    PasswordPolicyOptions m_options;
};

} // namespace nova
