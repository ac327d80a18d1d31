#include "DaemonConfig.h"
#include "DaemonLog.h"
#include "ServiceDaemon.h"
#include "SignalWatcher.h"

#include <QCoreApplication>

using namespace nova::service;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nova-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Nova CRM"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NOVA_VERSION));

    auto config = DaemonConfig::fromArguments(QCoreApplication::arguments());
    DaemonLog::install();
    if (!config) {
        DaemonLog::error(config.errorMessage(), {{QStringLiteral("code"), config.error().code}});
        return 2;
    }
    ServiceDaemon daemon(*config);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int signalNumber) {
        DaemonLog::info(QStringLiteral("stopping"), {{QStringLiteral("signal"), signalNumber}});
        daemon.stop();
        QCoreApplication::quit();
    });
    if (auto started = daemon.start(); !started) {
        DaemonLog::error(started.errorMessage(), {{QStringLiteral("code"), started.error().code}});
        return 3;
    }
    return QCoreApplication::exec();
}
