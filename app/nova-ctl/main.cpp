#include "CtlApp.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nova-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Nova CRM"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NOVA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    nova::ctl::CtlApp ctl(out, err, in);
    return ctl.run(QCoreApplication::arguments());
}
