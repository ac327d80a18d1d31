#pragma once

#include "Result.h"
#include "i18n/Translations.h"

#include <QObject>

namespace nova::ui {

// Switches the running desktop between English and Arabic: the catalogues
// and number formats (Translations), the layout direction taken from the
// locale's text direction, a font that has Arabic glyphs, and a repaint of
// item views whose models produce their texts when asked (models get no
// LanguageChange event of their own).
class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject* parent = nullptr);

    // `setting` as stored: "en", "ar", or empty for the system's language.
    Status apply(const QString& setting, DigitStyle digits);
    QString language() const { return m_translations.language(); }

    // Appends an installed Arabic font to the application font's families
    // when the default one has no Arabic glyphs (DejaVu's Arabic is partial
    // and Latin-only defaults are common on minimal systems).
    static void ensureArabicFont();

Q_SIGNALS:
    void languageChanged(const QString& language);

private:
    Translations m_translations;
};

} // namespace nova::ui
