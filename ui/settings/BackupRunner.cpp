#include "BackupRunner.h"

#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"

#include <QEvent>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>

namespace nova::ui {

// Shared with the worker: progress goes out, the cancel request comes in.
struct BackupRunner::State {
    std::atomic<int> stage{int(BackupStage::Snapshot)};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
};

BackupRunner::BackupRunner(UiSession& session, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &BackupRunner::updateProgress);
}

BackupRunner::~BackupRunner()
{
    // The worker stops at its next step and undoes that step's writes.
    if (m_state)
        m_state->cancel = true;
}

void BackupRunner::run(const QString& title, Work work, Done onDone)
{
    if (isRunning())
        return;
    auto state = std::make_shared<State>();
    m_state = state;
    m_title = title;

    auto* progress = new QProgressDialog(m_dialogParent);
    m_progress = progress;
    progress->setObjectName(QStringLiteral("backupProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    // A small database is done before a dialog would only flash.
    progress->setMinimumDuration(400);
    progress->setRange(0, 0);
    progress->setValue(0);
    retranslate();
    connect(progress, &QProgressDialog::canceled, this, [this, state] {
        state->cancel = true;
        if (m_progress) {
            updateProgress();
            m_progress->show();
        }
    });
    m_timer->start();

    whenFinished(m_session.executor().run([&hub = m_session.hub(), work = std::move(work), state] {
        auto backup = DatabaseBackup::forHub(hub);
        return work(*backup, [state](BackupStage stage, qint64 done, qint64 total) {
            state->stage = int(stage);
            state->done = done;
            state->total = total;
            return !state->cancel.load();
        });
    }),
                 this, [this, onDone = std::move(onDone)](const Result<RestoreResult>& result) {
                     m_timer->stop();
                     if (m_progress)
                         m_progress->deleteLater();
                     m_progress.clear();
                     m_state.reset();
                     onDone(result);
                 });
}

bool BackupRunner::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_progress)
        retranslate();
    return QObject::event(event);
}

void BackupRunner::retranslate()
{
    m_progress->setWindowTitle(m_title);
    m_progress->setCancelButtonText(tr("&Cancel"));
    updateProgress();
}

void BackupRunner::updateProgress()
{
    if (!m_state || !m_progress)
        return;
    if (m_state->cancel) {
        m_progress->setLabelText(tr("Cancelling…"));
        return;
    }
    QString text;
    switch (BackupStage(m_state->stage.load())) {
    case BackupStage::Snapshot:
        text = tr("Copying the database…");
        break;
    case BackupStage::Encrypt:
        text = tr("Encrypting…");
        break;
    case BackupStage::Decrypt:
        text = tr("Decrypting and checking every part…");
        break;
    case BackupStage::Check:
        text = tr("Checking the database in the backup…");
        break;
    case BackupStage::SafetyCopy:
        text = tr("Saving a safety copy of the current database…");
        break;
    case BackupStage::Restore:
        text = tr("Restoring…");
        break;
    }
    m_progress->setLabelText(text);
    const qint64 total = m_state->total;
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    // The dialog counts in int; a permille scale fits any size.
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(qMin<qint64>(m_state->done, total) * 1000 / total));
}

} // namespace nova::ui
