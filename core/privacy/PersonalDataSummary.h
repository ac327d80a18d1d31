#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace nova {

// The human-readable side of a personal-data export: one self-contained
// HTML page (no scripts, no external files) rendered from the export's JSON
// document, so both files always say the same. Every stored value is
// HTML-escaped; names and addresses sit in <bdi> so they keep their own
// direction inside Arabic text.
//
// Headings and labels come from the installed catalogue; `locale` gives the
// page's lang and dir attributes and formats dates and numbers, so pass the
// locale of the language in effect (QLocale() once nova::Translations has
// applied it).
class PersonalDataSummary {
    Q_DECLARE_TR_FUNCTIONS(nova::PersonalDataSummary)
public:
    static QByteArray html(const QJsonObject& document, const QLocale& locale);
};

} // namespace nova
