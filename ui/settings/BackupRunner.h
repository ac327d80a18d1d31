#pragma once

#include "backup/BackupProgress.h"
#include "backup/DatabaseBackup.h"

#include <QObject>

#include <functional>

class QWidget;

namespace nova::ui {

class CancellableProgress;
class UiSession;

// Runs one backup operation on the session's executor behind a progress
// dialog that names the current stage and can cancel (the service undoes
// the stage's writes). Create and verify fill only `backup` of the result.
class BackupRunner : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Result<RestoreResult>(DatabaseBackup& backup, const BackupProgress& progress)>;
    using Done = std::function<void(const Result<RestoreResult>& result)>;

    BackupRunner(UiSession& session, QWidget* dialogParent);

    bool isRunning() const;
    // `onDone` runs on the GUI thread, unless this object is gone by then.
    void run(const QString& title, Work work, Done onDone);

protected:
    bool event(QEvent* event) override;

private:
    QString stageText(BackupStage stage) const;

    UiSession& m_session;
    CancellableProgress* m_progress = nullptr;
};

} // namespace nova::ui
