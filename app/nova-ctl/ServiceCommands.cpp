#include "Bidi.h"
#include "CommandContext.h"
#include "Commands.h"
#include "ServiceHub.h"
#include "alerts/AlertServer.h"
#include "crypto/SecureRandom.h"
#include "secrets/SecretStore.h"

namespace nova::ctl {

namespace {

// The key the Nova CRM backend presents ("Authorization: Bearer ingest:KEY")
// to report security events to nova-service. Kept in the secret store.
int ingestKey(CommandContext& ctx)
{
    SecretStore& secrets = ctx.hub().secrets();
    const QString name = QString::fromLatin1(AlertServer::kIngestKeyName);
    auto stored = secrets.read(name);
    const bool rotate = ctx.isSet(QStringLiteral("rotate"));
    if (!stored && !SecretStore::isNotFound(stored.error()))
        return ctx.fail(stored.error());
    QByteArray key = stored ? *stored : QByteArray();
    if (rotate || key.isEmpty()) {
        key =
            SecureRandom::bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (auto written = secrets.write(name, key); !written)
            return ctx.fail(written.error());
        if (rotate)
            ctx.out().prompt(Ctl::tr("A new ingest key is in use; the old one is refused from now on.") +
                             QLatin1Char('\n'));
    }
    ctx.out().line(QString::fromLatin1(key));
    return Ok;
}

} // namespace

QList<Command> serviceCommands()
{
    return {
        Command{QStringLiteral("service"),
                QStringLiteral("ingest-key"),
                //: %1 is the HTTP header that carries the key
                Ctl::tr("Print the key the Nova CRM backend uses to send security events to nova-service "
                        "(%1); created on first use.")
                    .arg(leftToRight(QStringLiteral("Authorization: Bearer ingest:KEY"))),
                {},
                {QCommandLineOption(QStringLiteral("rotate"), Ctl::tr("Replace the key with a new one."))},
                ingestKey}};
}

} // namespace nova::ctl
