#include "LanguageSwitcher.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>

namespace nova::ui {

namespace {

// QLocale::setDefault() reaches new widgets only; unsetLocale() makes each
// window take the new default and pass it down with a LocaleChange, which
// spin boxes and date edits need to write their digits again.
void refreshLocales()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows)
        window->unsetLocale();
}

void refreshItemViews()
{
    const auto widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        auto* view = qobject_cast<QAbstractItemView*>(widget);
        if (!view || !view->model())
            continue;
        QAbstractItemModel* model = view->model();
        if (const int columns = model->columnCount(); columns > 0)
            Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (const int rows = model->rowCount(); rows > 0)
            Q_EMIT model->headerDataChanged(Qt::Vertical, 0, rows - 1);
        view->viewport()->update();
    }
}

} // namespace

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent)
{}

void LanguageSwitcher::ensureArabicFont()
{
    QFont font = QApplication::font();
    const QStringList families = font.families().isEmpty() ? QStringList{font.family()} : font.families();
    for (const QString& family : families)
        if (QFontDatabase::writingSystems(family).contains(QFontDatabase::Arabic) &&
            !family.startsWith(QLatin1String("DejaVu")))
            return;
    const QStringList arabic = QFontDatabase::families(QFontDatabase::Arabic);
    for (const QString& preferred : {QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Naskh Arabic"),
                                     QStringLiteral("Noto Kufi Arabic")}) {
        if (arabic.contains(preferred)) {
            font.setFamilies(families + QStringList{preferred});
            QApplication::setFont(font);
            return;
        }
    }
}

Status LanguageSwitcher::apply(const QString& setting, DigitStyle digits)
{
    const QString language = Translations::resolve(setting);
    const bool changed = language != m_translations.language();
    if (Status applied = m_translations.apply(language, digits); !applied)
        return applied;
    QGuiApplication::setLayoutDirection(QLocale().textDirection());
    // Qt posts LanguageChange to each window; deliver it now so that every
    // text is in the new language when apply() returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    refreshLocales();
    refreshItemViews();
    if (changed)
        Q_EMIT languageChanged(language);
    return {};
}

} // namespace nova::ui
