#include "SecurityLogExportController.h"

#include "Bidi.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "rbac/Permission.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace nova::ui {

SecurityLogExportController::SecurityLogExportController(UiSession& session, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    // Gone with this controller, it cancels the worker at its next batch.
    , m_progress(new CancellableProgress(QStringLiteral("exportProgress"), dialogParent, this))
{}

void SecurityLogExportController::exportWithDialog(ExportFormat format, const SecurityLogFilter& filter)
{
    if (isRunning())
        return;
    const bool csv = format == ExportFormat::Csv;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QStringLiteral("security-log-%1.%2")
                                  .arg(QDateTime::fromMSecsSinceEpoch(m_session.hub().clock().nowMSecs())
                                           .toString(QStringLiteral("yyyyMMdd-HHmm")),
                                       csv ? QStringLiteral("csv") : QStringLiteral("jsonl"));
    QFileDialog dialog(m_dialogParent, csv ? tr("Export the security log as CSV")
                                           : tr("Export the security log as JSON Lines"));
    dialog.setObjectName(QStringLiteral("exportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(
        {csv ? tr("CSV files (*.csv)") : tr("JSON Lines files (*.jsonl)"), tr("All files (*)")});
    dialog.setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("jsonl"));
    dialog.setDirectory(folder.isEmpty() ? QDir::homePath() : folder);
    dialog.selectFile(suggested);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportTo(dialog.selectedFiles().constFirst(), format, filter);
}

void SecurityLogExportController::exportTo(const QString& fileName, ExportFormat format,
                                           const SecurityLogFilter& filter)
{
    if (isRunning())
        return;
    const auto counter = m_progress->start(
        [this](const CancellableProgress::Counter& progress) { return progressTexts(progress); });
    Q_EMIT started();

    UiSession* session = &m_session;
    whenFinished(m_session.executor().run([session, &exporter = m_session.hub().logExporter(), fileName,
                                           format, filter, counter]() -> Result<qint64> {
        if (const Status allowed =
                session->authorize(Permission{QStringLiteral("security_log"), Permission::kRead},
                                   QStringLiteral("desktop/log/export"));
            !allowed)
            return allowed.error();
        // Written beside the target and renamed at the end: a cancelled or
        // failed export never leaves a truncated file that looks complete.
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly)) {
            //: %1 is a file path, %2 the system's reason
            return Error{QStringLiteral("export.open"),
                         tr("Cannot write %1: %2")
                             .arg(leftToRight(QDir::toNativeSeparators(fileName)), file.errorString())};
        }
        const auto written =
            exporter.exportTo(file, format, filter, session->actor(),
                              [counter](qint64 done, qint64 total) { return counter->report(done, total); });
        if (!written) {
            file.cancelWriting();
            return written.error();
        }
        if (!file.commit()) {
            //: %1 is a file path, %2 the system's reason
            return Error{QStringLiteral("export.commit"),
                         tr("Cannot write %1: %2")
                             .arg(leftToRight(QDir::toNativeSeparators(fileName)), file.errorString())};
        }
        return *written;
    }),
                 this, [this, fileName](const Result<qint64>& result) { finish(result, fileName); });
}

bool SecurityLogExportController::event(QEvent* event)
{
    // The page passes a language change on to its children, this one included.
    if (event->type() == QEvent::LanguageChange)
        m_progress->retranslate();
    return QObject::event(event);
}

CancellableProgress::Texts
SecurityLogExportController::progressTexts(const CancellableProgress::Counter& counter) const
{
    CancellableProgress::Texts texts{tr("Exporting the security log"), {}};
    if (counter.total() <= 0) {
        texts.label = tr("Reading the log…");
        return texts;
    }
    //: %1 is the number of entries written so far; %Ln the number to write
    texts.label = tr("Exported %1 of %Ln entries…", nullptr, counter.totalForPlural())
                      .arg(QLocale().toString(counter.done()));
    return texts;
}

void SecurityLogExportController::finish(const Result<qint64>& result, const QString& fileName)
{
    m_progress->finish();
    if (result) {
        Q_EMIT succeeded(*result, fileName);
        return;
    }
    if (result.error().code == QLatin1String("export.cancelled")) {
        Q_EMIT cancelled(fileName);
        return;
    }
    Q_EMIT failed(result.errorMessage());
}

} // namespace nova::ui
