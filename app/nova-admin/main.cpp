#include "MainWindow.h"
#include "ServiceHub.h"
#include "UiSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

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

    auto hub = nova::ServiceHub::open(nova::ServiceConfig{});
    if (!hub) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Nova Admin"), hub.errorMessage());
        return 3;
    }
    nova::ui::UiSession session(*hub.value());
    nova::ui::MainWindow window(session);
    window.show();
    return QApplication::exec();
}
