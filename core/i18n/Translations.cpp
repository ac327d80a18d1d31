#include "Translations.h"

#include "Bidi.h"

#include <QLibraryInfo>

namespace nova {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kArabic = QStringLiteral("ar");

QChar zeroFor(DigitStyle digits)
{
    return digits == DigitStyle::ArabicIndic ? QChar(0x0660) : QLatin1Char('0');
}

} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    if (m_application)
        QCoreApplication::removeTranslator(m_application.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

bool Translations::isSupported(const QString& language)
{
    return language == kEnglish || language == kArabic;
}

QString Translations::resolve(const QString& setting)
{
    if (isSupported(setting))
        return setting;
    return QLocale::system().language() == QLocale::Arabic ? kArabic : kEnglish;
}

QLocale Translations::localeFor(const QString& language, DigitStyle digits)
{
    const QLocale system = QLocale::system();
    if (language == kArabic) {
        if (system.language() == QLocale::Arabic && system.zeroDigit() == zeroFor(digits))
            return system;
        // CLDR gives the Emirates Latin digits and Saudi Arabia Arabic-Indic
        // ones, with the same Arabic month and day names.
        return digits == DigitStyle::ArabicIndic ? QLocale(QLocale::Arabic, QLocale::SaudiArabia)
                                                 : QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    }
    if (system.language() == QLocale::English)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString Translations::digitStyleName(DigitStyle digits)
{
    return digits == DigitStyle::ArabicIndic ? QStringLiteral("arabic-indic") : QStringLiteral("latin");
}

DigitStyle Translations::digitStyleFromName(const QString& name)
{
    return name == QLatin1String("arabic-indic") ? DigitStyle::ArabicIndic : DigitStyle::Latin;
}

Status Translations::apply(const QString& language, DigitStyle digits)
{
    if (!isSupported(language))
        return Error{QStringLiteral("i18n.unsupported"),
                     //: %1 is a language code such as "fr"
                     tr("Nova Admin is not translated into \"%1\"; choose English or Arabic.")
                         .arg(leftToRight(language))};

    // English is the source language; its catalogue only carries the plural
    // forms of %n messages.
    auto application = std::make_unique<QTranslator>();
    const QString catalogue = QStringLiteral(":/i18n/nova_%1.qm").arg(language);
    if (!application->load(catalogue))
        return Error{QStringLiteral("i18n.missing"),
                     tr("The translation %1 is missing from this build.").arg(leftToRight(catalogue))};

    std::unique_ptr<QTranslator> qt;
    if (language != kEnglish) {
        qt = std::make_unique<QTranslator>();
        // Debian's qt6-translations-l10n; without it standard buttons stay
        // English, which is no reason to refuse the language.
        if (!qt->load(QStringLiteral("qtbase_") + language,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }

    if (m_application)
        QCoreApplication::removeTranslator(m_application.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_application = std::move(application);
    m_qt = std::move(qt);
    QLocale::setDefault(localeFor(language, digits));
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_application.get());
    m_language = language;
    return {};
}

} // namespace nova
