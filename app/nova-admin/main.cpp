#include "AppController.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nova-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Nova Admin"));
    QApplication::setOrganizationName(QStringLiteral("Nova CRM"));
    QApplication::setApplicationVersion(QStringLiteral(NOVA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nova-admin"));

    // --help and command-line errors in the language the desktop would use.
    auto helpLanguage = std::make_unique<nova::Translations>();
    (void)helpLanguage->apply(nova::Translations::resolve(nova::ui::AppSettings::load().language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Security administration for Nova CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("main",
                                "Database to open: a SQLite file or postgresql://… (default: the one in "
                                "Settings, else the embedded SQLite file)."),
        QStringLiteral("url"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main",
                                                          "Open a throw-away database with sample users, a "
                                                          "security log and a stream of live alerts."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Render the main window to a PNG file once it has loaded, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QApplication::translate(
            "main", "Page to open: dashboard, users, roles, log, blocked-ips, alerts or settings."),
        QStringLiteral("name"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot (default 1280x800)."),
        QStringLiteral("WxH"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main",
                                "Language for this run only: en or ar (default: the one in Settings)."),
        QStringLiteral("code"));
    parser.addOptions({database, demo, screenshot, page, size, language});
    parser.process(app);

    nova::ui::LaunchOptions options;
    options.database = parser.value(database);
    options.demo = parser.isSet(demo);
    options.screenshotPath = parser.value(screenshot);
    options.page = parser.value(page);
    if (parser.isSet(size)) {
        const auto match =
            QRegularExpression(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$")).match(parser.value(size));
        if (!match.hasMatch()) {
            std::fputs(
                qPrintable(QApplication::translate("main", "--size wants WIDTHxHEIGHT, e.g. 1280x800.\n")),
                stderr);
            return 2;
        }
        options.screenshotSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    if (parser.isSet(language)) {
        if (!nova::Translations::isSupported(parser.value(language))) {
            std::fputs(qPrintable(QApplication::translate("main", "--language wants en or ar.\n")), stderr);
            return 2;
        }
        options.language = parser.value(language);
    }
    helpLanguage.reset();

    nova::ui::AppController controller(options);
    if (!controller.start())
        return controller.exitCode();
    return QApplication::exec();
}
