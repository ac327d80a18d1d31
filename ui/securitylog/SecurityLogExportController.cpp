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
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <limits>

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
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // A quick export finishes before a dialog would only flash.
    m_progress->setMinimumDuration(400);
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    retranslateProgress();
    connect(progress, &QProgressDialog::canceled, this, [this, state] {
        state->cancel = true;
        if (m_progress) {
            updateProgress();
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
        if (!file.open(QIODevice::WriteOnly)) {
            //: %1 is a file path, %2 the system's reason
            return Error{QStringLiteral("export.open"),
                         tr("Cannot write %1: %2")
                             .arg(leftToRight(QDir::toNativeSeparators(fileName)), file.errorString())};
        }
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
    if (event->type() == QEvent::LanguageChange && m_progress)
        retranslateProgress();
    return QObject::event(event);
}

void SecurityLogExportController::retranslateProgress()
{
    m_progress->setWindowTitle(tr("Exporting the security log"));
    m_progress->setCancelButtonText(tr("&Cancel"));
    updateProgress();
}

void SecurityLogExportController::updateProgress()
{
    if (!m_state || !m_progress)
        return;
    const qint64 total = m_state->total;
    const qint64 done = m_state->done;
    if (m_state->cancel) {
        m_progress->setLabelText(tr("Cancelling…"));
        return;
    }
    if (total <= 0) {
        m_progress->setLabelText(tr("Reading the log…"));
        return;
    }
    // The dialog counts in int; a permille scale fits any log.
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(done * 1000 / total));
    //: %1 is the number of entries written so far; %Ln the number to write
    m_progress->setLabelText(tr("Exported %1 of %Ln entries…", nullptr,
                                static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max())))
                                 .arg(QLocale().toString(done)));
}

void SecurityLogExportController::finish(const Result<qint64>& result, const QString& fileName)
{
    m_progressTimer->stop();
    if (m_progress)
        m_progress->deleteLater();
    m_progress.clear();
    m_state.reset();
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
