#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nova-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Nova Admin"));
    QApplication::setOrganizationName(QStringLiteral("Nova CRM"));
    QApplication::setApplicationVersion(QStringLiteral(NOVA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Security administration for Nova CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    nova::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
