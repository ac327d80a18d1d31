#include "SecurityLogExportController.h"

#include "Bidi.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "rbac/Permission.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>

namespace nova::ui {

// Shared with the worker: progress goes out, the cancel request comes in.
struct SecurityLogExportController::State {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
};

SecurityLogExportController::SecurityLogExportController(UiSession& session, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &SecurityLogExportController::updateProgress);
}

SecurityLogExportController::~SecurityLogExportController()
{
    // The worker may still be writing: it stops at its next batch.
    if (m_state)
        m_state->cancel = true;
}

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
    auto state = std::make_shared<State>();
    m_state = state;

    auto* progress = new QProgressDialog(m_dialogParent);
    m_progress = progress;
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Exporting the security log"));
    m_progress->setLabelText(tr("Reading the log…"));
    m_progress->setCancelButtonText(tr("&Cancel"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // A quick export finishes before a dialog would only flash.
    m_progress->setMinimumDuration(400);
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, this, [this, state] {
        state->cancel = true;
        if (m_progress) {
            m_progress->setLabelText(tr("Cancelling…"));
            m_progress->show();
        }
    });
    m_progressTimer->start();
    Q_EMIT started();

    UiSession* session = &m_session;
    whenFinished(m_session.executor().run([session, &exporter = m_session.hub().logExporter(), fileName,
                                           format, filter, state]() -> Result<qint64> {
        if (const Status allowed =
                session->authorize(Permission{QStringLiteral("security_log"), Permission::kRead},
                                   QStringLiteral("desktop/log/export"));
            !allowed)
            return allowed.error();
        // Written beside the target and renamed at the end: a cancelled or
        // failed export never leaves a truncated file that looks complete.
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("export.open"),
                         tr("Cannot write %1: %2").arg(leftToRight(fileName), file.errorString())};
        const auto written =
            exporter.exportTo(file, format, filter, session->actor(), [state](qint64 done, qint64 total) {
                state->done = done;
                state->total = total;
                return !state->cancel.load();
            });
        if (!written) {
            file.cancelWriting();
            return written.error();
        }
        if (!file.commit())
            return Error{QStringLiteral("export.commit"),
                         tr("Cannot write %1: %2").arg(leftToRight(fileName), file.errorString())};
        return *written;
    }),
                 this, [this, fileName](const Result<qint64>& result) { finish(result, fileName); });
}

void SecurityLogExportController::updateProgress()
{
    if (!m_state || !m_progress)
        return;
    const qint64 total = m_state->total;
    const qint64 done = m_state->done;
    if (total <= 0 || m_state->cancel)
        return;
    // The dialog counts in int; a permille scale fits any log.
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(done * 1000 / total));
    m_progress->setLabelText(
        tr("Exported %1 of %2 entries…")
            .arg(m_progress->locale().toString(done), m_progress->locale().toString(total)));
}

void SecurityLogExportController::finish(const Result<qint64>& result, const QString& fileName)
{
    m_progressTimer->stop();
    if (m_progress)
        m_progress->deleteLater();
    m_progress.clear();
    m_state.reset();
    const QString shownName = leftToRight(QDir::toNativeSeparators(fileName));
    if (result) {
        Q_EMIT succeeded(
            *result, tr("Exported %Ln entries to %1.", nullptr, static_cast<int>(*result)).arg(shownName));
        return;
    }
    if (result.error().code == QLatin1String("export.cancelled")) {
        Q_EMIT cancelled(tr("The export was cancelled; %1 was not written.").arg(shownName));
        return;
    }
    Q_EMIT failed(tr("The export failed: %1").arg(result.errorMessage()));
}

} // namespace nova::ui
