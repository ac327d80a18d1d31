#include "BlockListExporter.h"

#include "Bidi.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "blocklist/IpBlockList.h"

#include <QDir>
#include <QFileDialog>
#include <QSaveFile>

namespace nova::ui {

BlockListExporter::BlockListExporter(UiSession& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void BlockListExporter::run(Format format)
{
    const bool nginx = format == Format::Nginx;
    QFileDialog dialog(m_window, nginx ? tr("Export nginx Deny List") : tr("Export Plain List"));
    dialog.setObjectName(QStringLiteral("exportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(nginx ? tr("nginx configuration (*.conf)") : tr("Text files (*.txt)"));
    dialog.setDefaultSuffix(nginx ? QStringLiteral("conf") : QStringLiteral("txt"));
    dialog.selectFile(nginx ? QStringLiteral("blocked-ips.conf") : QStringLiteral("blocked-ips.txt"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    Q_EMIT busyChanged(true);
    auto work =
        m_session.executor().run([&session = m_session, &hub = m_session.hub(), nginx, path]() -> Status {
            if (const Status allowed =
                    session.authorize(Permission{QStringLiteral("blocked_ips"), Permission::kRead},
                                      QStringLiteral("desktop/blocked-ips/export"));
                !allowed)
                return allowed;
            const Result<QString> text =
                nginx ? hub.blockList().toNginxDenyList() : hub.blockList().toPlainList();
            if (!text)
                return text.error();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(text->toUtf8()) < 0 || !file.commit()) {
                //: %1 is a file path, %2 the system's reason
                return Error{QStringLiteral("export.write"),
                             tr("%1 could not be written: %2")
                                 .arg(leftToRight(QDir::toNativeSeparators(path)), file.errorString())};
            }
            return {};
        });
    whenFinished(work, this, [this, path](const Status& written) {
        Q_EMIT busyChanged(false);
        if (written)
            Q_EMIT exported(path);
        else
            Q_EMIT failed(written.errorMessage());
    });
}

} // namespace nova::ui
