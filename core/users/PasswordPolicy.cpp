#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace nova {

namespace {

// The most common passwords of the public breach corpora (lower case), and
// the base words people decorate with digits ("password123", "Summer2024!").
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> words = [] {
        const char* const list[] = {
            "123456",     "password",   "123456789",  "12345678",  "12345",       "qwerty",
            "1234567",    "111111",     "123123",     "abc123",    "1234567890",  "password1",
            "1234",       "qwerty123",  "000000",     "iloveyou",  "dragon",      "sunshine",
            "princess",   "letmein",    "654321",     "monkey",    "1qaz2wsx",    "123321",
            "qwertyuiop", "superman",   "asdfghjkl",  "football",  "baseball",    "welcome",
            "master",     "shadow",     "michael",    "jennifer",  "hunter",      "trustno1",
            "starwars",   "whatever",   "freedom",    "login",     "admin",       "administrator",
            "passw0rd",   "charlie",    "donald",     "mustang",   "access",      "batman",
            "666666",     "7777777",    "121212",     "123qwe",    "zaq12wsx",    "ashley",
            "bailey",     "hello",      "loveme",     "flower",    "password123", "jordan",
            "michelle",   "nicole",     "daniel",     "babygirl",  "lovely",      "jessica",
            "1q2w3e4r",   "1q2w3e4r5t", "qazwsx",     "computer",  "killer",      "soccer",
            "pepper",     "ginger",     "buster",     "harley",    "hannah",      "thomas",
            "robert",     "matrix",     "cheese",     "summer",    "winter",      "spring",
            "autumn",     "secret",     "test",       "changeme",  "default",     "guest",
            "root",       "toor",       "pass",       "azerty",    "internet",    "samsung",
            "google",     "love",       "qwer",       "asdf",      "zxcvbnm",     "passpass",
            "welcome1",   "admin123",   "iloveu",     "chocolate", "liverpool",   "arsenal",
            "chelsea",    "barcelona",  "realmadrid", "football1", "nova",        "novacrm",
            "novaadmin",  "mohammed",   "muhammad",   "ahmed",     "allah",
        };
        QSet<QString> set;
        for (const char* word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

// Rows and columns of the keyboard (Latin and Arabic layouts) and the
// alphabet, in both directions; any run of three keys along one of them is
// a walk.
const QStringList& walkLines()
{
    static const QStringList lines = [] {
        const QStringList forward{QStringLiteral("`1234567890-="),
                                  QStringLiteral("qwertyuiop[]\\"),
                                  QStringLiteral("asdfghjkl;'"),
                                  QStringLiteral("zxcvbnm,./"),
                                  QStringLiteral("abcdefghijklmnopqrstuvwxyz"),
                                  QStringLiteral("1qaz"),
                                  QStringLiteral("2wsx"),
                                  QStringLiteral("3edc"),
                                  QStringLiteral("4rfv"),
                                  QStringLiteral("5tgb"),
                                  QStringLiteral("6yhn"),
                                  QStringLiteral("7ujm"),
                                  QStringLiteral("8ik,"),
                                  QStringLiteral("9ol."),
                                  QStringLiteral("0p;/"),
                                  QStringLiteral("qaz"),
                                  QStringLiteral("wsx"),
                                  QStringLiteral("edc"),
                                  QStringLiteral("rfv"),
                                  QStringLiteral("tgb"),
                                  QStringLiteral("yhn"),
                                  QStringLiteral("ujm"),
                                  QStringLiteral("ضصثقفغعهخحجد"),
                                  QStringLiteral("شسيبلاتنمكط"),
                                  QStringLiteral("ئءؤرلاىةوزظ"),
                                  QStringLiteral("١٢٣٤٥٦٧٨٩٠")};
        QStringList all;
        for (const QString& line : forward) {
            all.append(line);
            QString reversed = line;
            std::reverse(reversed.begin(), reversed.end());
            all.append(reversed);
        }
        return all;
    }();
    return lines;
}

bool isWalkSegment(QStringView segment)
{
    for (const QString& line : walkLines()) {
        if (line.contains(segment))
            return true;
    }
    return false;
}

// Whether the text is made entirely of keyboard or alphabet runs of at least
// three keys each ("qwertyuiop", "1qaz2wsx3edc", "asdf1234").
bool isKeyboardWalk(const QString& text)
{
    const qsizetype n = text.size();
    if (n < 3)
        return false;
    QList<bool> reachable(n + 1, false);
    reachable[0] = true;
    for (qsizetype start = 0; start < n; ++start) {
        if (!reachable.at(start))
            continue;
        for (qsizetype end = start + 3; end <= n; ++end) {
            if (!isWalkSegment(QStringView(text).mid(start, end - start)))
                break;
            reachable[end] = true;
        }
    }
    return reachable.at(n);
}

bool isDigitOrSymbol(QChar c)
{
    return !c.isLetter();
}

// The word under the decoration: lower case, digits and symbols stripped
// from both ends, common letter substitutions undone.
QString coreWord(const QString& password)
{
    QString lower = password.toLower();
    qsizetype begin = 0;
    qsizetype end = lower.size();
    while (begin < end && isDigitOrSymbol(lower.at(begin)))
        ++begin;
    while (end > begin && isDigitOrSymbol(lower.at(end - 1)))
        --end;
    QString core = lower.mid(begin, end - begin);
    static const std::pair<char16_t, char16_t> substitutions[] = {
        {u'@', u'a'}, {u'4', u'a'}, {u'0', u'o'}, {u'1', u'i'}, {u'!', u'i'},
        {u'3', u'e'}, {u'$', u's'}, {u'5', u's'}, {u'7', u't'}, {u'+', u't'},
    };
    for (QChar& c : core) {
        for (const auto& [from, to] : substitutions) {
            if (c == QChar(from))
                c = QChar(to);
        }
    }
    return core;
}

// "passwordpassword", "abcabcabc", "monkeymonkey": a word repeated.
bool isRepetitionOf(const QString& text, const QSet<QString>& words)
{
    for (qsizetype unit = 1; unit <= text.size() / 2; ++unit) {
        if (text.size() % unit != 0)
            continue;
        const QString piece = text.left(unit);
        if (piece.repeated(text.size() / unit) == text && words.contains(piece))
            return true;
    }
    return false;
}

bool isCommon(const QString& password)
{
    const QSet<QString>& common = commonPasswords();
    const QString lower = password.toLower();
    if (common.contains(lower))
        return true;
    const QString core = coreWord(password);
    if (core.isEmpty())
        return false;
    return common.contains(core) || isRepetitionOf(core, common);
}

// One character, or a unit of up to four characters, repeated ("aaaaaaaaaaaa", "abababababab").
bool isShortRepetition(const QList<uint>& codePoints)
{
    const qsizetype n = codePoints.size();
    for (qsizetype unit = 1; unit <= 4 && unit * 2 <= n; ++unit) {
        bool repeats = true;
        for (qsizetype i = unit; i < n && repeats; ++i)
            repeats = codePoints.at(i) == codePoints.at(i % unit);
        if (repeats)
            return true;
    }
    return false;
}

struct Classes {
    bool lower = false;
    bool upper = false;
    bool uncased = false; // letters without case: Arabic, Hebrew, CJK…
    bool digit = false;
    bool symbol = false;

    int count() const { return int(lower) + int(upper) + int(uncased) + int(digit) + int(symbol); }
    double poolSize() const
    {
        return (lower ? 26 : 0) + (upper ? 26 : 0) + (uncased ? 36 : 0) + (digit ? 10 : 0) +
               (symbol ? 33 : 0);
    }
};

Classes classify(const QList<uint>& codePoints)
{
    Classes classes;
    for (const uint cp : codePoints) {
        const auto c = char32_t(cp);
        if (QChar::isLetter(c)) {
            if (QChar::isLower(c))
                classes.lower = true;
            else if (QChar::isUpper(c) || QChar::category(c) == QChar::Letter_Titlecase)
                classes.upper = true;
            else
                classes.uncased = true;
        } else if (QChar::isDigit(c)) {
            classes.digit = true;
        } else if (QChar::category(c) != QChar::Mark_NonSpacing) {
            classes.symbol = true;
        }
    }
    return classes;
}

} // namespace

PasswordPolicy::PasswordPolicy(PasswordPolicyOptions options)
    : m_options(options)
{}

namespace {

// What is wrong with a password, each finding once; problems() words them
// and satisfiedRules() maps them onto rules(), so the two never disagree.
struct Findings {
    bool tooShort = false;
    bool tooLong = false;
    bool isUsername = false;
    bool containsUsername = false;
    bool repetition = false;
    bool keyboardWalk = false;
    bool common = false;
    bool fewClasses = false;
};

Findings evaluate(const PasswordPolicyOptions& options, const QString& password, const QString& username)
{
    Findings found;
    const QList<uint> codePoints = password.toUcs4();
    const auto length = int(codePoints.size());
    found.tooShort = length < options.minLength;
    found.tooLong = length > options.maxLength;

    const QString name = username.trimmed().toLower();
    const QString lower = password.toLower();
    found.isUsername = !name.isEmpty() && lower == name;
    found.containsUsername = !found.isUsername && name.size() >= 3 && lower.contains(name);

    found.repetition = length > 0 && isShortRepetition(codePoints);
    found.keyboardWalk = !found.repetition && isKeyboardWalk(lower);
    found.common = !found.repetition && !found.keyboardWalk && isCommon(password);

    found.fewClasses = length < options.passphraseLength && classify(codePoints).count() < options.minClasses;
    return found;
}

} // namespace

QStringList PasswordPolicy::problems(const QString& password, const QString& username) const
{
    const Findings findings = evaluate(m_options, password, username);
    QStringList found;
    if (findings.tooShort)
        found << QCoreApplication::translate("nova::PasswordPolicy", "It is shorter than %Ln character(s).",
                                             nullptr, m_options.minLength);
    if (findings.tooLong)
        found << QCoreApplication::translate("nova::PasswordPolicy", "It is longer than %Ln character(s).",
                                             nullptr, m_options.maxLength);

    if (findings.isUsername)
        found << QCoreApplication::translate("nova::PasswordPolicy", "It is the username.");
    else if (findings.containsUsername)
        found << QCoreApplication::translate("nova::PasswordPolicy", "It contains the username.");

    if (findings.repetition)
        found << QCoreApplication::translate("nova::PasswordPolicy",
                                             "It is one character or a short sequence repeated.");
    else if (findings.keyboardWalk)
        found << QCoreApplication::translate(
            "nova::PasswordPolicy", "It is a keyboard or alphabet sequence (such as qwerty or 123456).");
    else if (findings.common)
        found << QCoreApplication::translate(
            "nova::PasswordPolicy", "It is a common password, or a common word with digits or symbols "
                                    "added.");

    if (findings.fewClasses)
        //: %n counts kinds of characters, %1 is a length in characters
        found << QCoreApplication::translate(
                     "nova::PasswordPolicy",
                     "It needs at least %Ln kind(s) of characters (lower-case letters, "
                     "upper-case letters, letters without case such as Arabic, digits, "
                     "symbols), or a length of %L1 characters or more.",
                     nullptr, m_options.minClasses)
                     .arg(m_options.passphraseLength);
    return found;
}

QList<bool> PasswordPolicy::satisfiedRules(const QString& password, const QString& username) const
{
    const Findings f = evaluate(m_options, password, username);
    return {
        !f.tooShort && !f.tooLong,
        !f.isUsername && !f.containsUsername,
        !f.repetition && !f.keyboardWalk && !f.common,
        !f.fewClasses,
    };
}

Status PasswordPolicy::check(const QString& password, const QString& username) const
{
    const QStringList found = problems(password, username);
    if (found.isEmpty())
        return {};
    return Error{QStringLiteral("password.weak"),
                 QCoreApplication::translate("nova::PasswordPolicy", "The password was refused:") +
                     QStringLiteral("\n- ") + found.join(QStringLiteral("\n- "))};
}

QStringList PasswordPolicy::rules() const
{
    return {
        QCoreApplication::translate("nova::PasswordPolicy", "At least %L1 and at most %L2 characters.")
            .arg(m_options.minLength)
            .arg(m_options.maxLength),
        QCoreApplication::translate("nova::PasswordPolicy", "Not the username, and not containing it."),
        QCoreApplication::translate("nova::PasswordPolicy",
                                    "Not a common password, a keyboard sequence or a repeated character."),
        //: %n counts kinds of characters, %1 is a length in characters
        QCoreApplication::translate(
            "nova::PasswordPolicy",
            "At least %Ln kind(s) of characters (lower-case letters, upper-case letters, "
            "letters without case such as Arabic, digits, symbols), or %L1 characters "
            "or more.",
            nullptr, m_options.minClasses)
            .arg(m_options.passphraseLength),
    };
}

int PasswordPolicy::strength(const QString& password) const
{
    const QList<uint> codePoints = password.toUcs4();
    const auto length = int(codePoints.size());
    if (length == 0 || isShortRepetition(codePoints) || isKeyboardWalk(password.toLower()) ||
        isCommon(password))
        return 0;
    if (!problems(password).isEmpty())
        return length >= 8 ? 1 : 0;
    const double bits = length * std::log2(std::max(classify(codePoints).poolSize(), 2.0));
    if (bits < 60)
        return 2;
    if (bits < 80)
        return 3;
    return 4;
}

} // namespace nova
