#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace nova {

// How numbers and dates look in Arabic. Latin digits are the default: the
// data Nova Admin shows most (IP addresses, codes, log ids) is Latin anyway,
// and one line mixing ٢٠٣ with 203.0.113.9 is harder to read than one shape.
enum class DigitStyle { Latin, ArabicIndic };

// The language the application speaks: its own catalogue (built from
// translations/*.ts and embedded under :/i18n) and Qt's for standard dialogs
// and buttons, plus the default QLocale that formats numbers and dates.
// Installing a catalogue makes Qt send LanguageChange to every widget, so
// one apply() switches a running program.
class Translations {
    Q_DECLARE_TR_FUNCTIONS(nova::Translations)
public:
    Translations();
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // "en" or "ar"; an empty setting means the system's language, and any
    // language we do not ship falls back to English.
    static QString resolve(const QString& setting);
    static bool isSupported(const QString& language);
    // The locale that formats for `language`: the system's own when it is in
    // that language and writes digits the requested way, else a fixed one.
    static QLocale localeFor(const QString& language, DigitStyle digits);
    static QString digitStyleName(DigitStyle digits);
    static DigitStyle digitStyleFromName(const QString& name);

    // Replaces the installed catalogues. On failure the previous language
    // stays in effect and the error says which catalogue is missing.
    Status apply(const QString& language, DigitStyle digits = DigitStyle::Latin);
    QString language() const { return m_language; }

private:
    std::unique_ptr<QTranslator> m_application;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

} // namespace nova
