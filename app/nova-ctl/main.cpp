#include "CtlApp.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nova-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("Nova CRM"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NOVA_VERSION));
    // Messages in the system's language (LANG); --json output is for
    // programs and stays English whatever the locale.
    nova::Translations translations;
    if (!QCoreApplication::arguments().contains(QStringLiteral("--json")))
        (void)translations.apply(nova::Translations::resolve(QString()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    nova::ctl::CtlApp ctl(out, err, in);
    return ctl.run(QCoreApplication::arguments());
}
