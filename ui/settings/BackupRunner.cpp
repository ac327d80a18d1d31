#include "BackupRunner.h"

#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "widgets/CancellableProgress.h"

#include <QEvent>

namespace nova::ui {

BackupRunner::BackupRunner(UiSession& session, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    // Gone with this runner, it cancels the worker, which undoes the step's writes.
    , m_progress(new CancellableProgress(QStringLiteral("backupProgress"), dialogParent, this))
{}

bool BackupRunner::isRunning() const
{
    return m_progress->isRunning();
}

void BackupRunner::run(const QString& title, Work work, Done onDone)
{
    if (isRunning())
        return;
    auto counter = m_progress->start([this, title](const CancellableProgress::Counter& progress) {
        return CancellableProgress::Texts{title, stageText(BackupStage(progress.stage()))};
    });

    whenFinished(m_session.executor().run([&hub = m_session.hub(), work = std::move(work), counter] {
        auto backup = DatabaseBackup::forHub(hub);
        return work(*backup, [counter](BackupStage stage, qint64 done, qint64 total) {
            return counter->report(done, total, int(stage));
        });
    }),
                 this, [this, onDone = std::move(onDone)](const Result<RestoreResult>& result) {
                     m_progress->finish();
                     onDone(result);
                 });
}

bool BackupRunner::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_progress->retranslate();
    return QObject::event(event);
}

QString BackupRunner::stageText(BackupStage stage) const
{
    switch (stage) {
    case BackupStage::Snapshot:
        return tr("Copying the database…");
    case BackupStage::Encrypt:
        return tr("Encrypting…");
    case BackupStage::Decrypt:
        return tr("Decrypting and checking every part…");
    case BackupStage::Check:
        return tr("Checking the database in the backup…");
    case BackupStage::SafetyCopy:
        return tr("Saving a safety copy of the current database…");
    case BackupStage::Restore:
        return tr("Restoring…");
    }
    return {};
}

} // namespace nova::ui
