#pragma once

#include "backup/BackupProgress.h"
#include "backup/DatabaseBackup.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace nova::ui {

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
    ~BackupRunner() override;

    bool isRunning() const { return m_state != nullptr; }
    // `onDone` runs on the GUI thread, unless this object is gone by then.
    void run(const QString& title, Work work, Done onDone);

protected:
    bool event(QEvent* event) override;

private:
    struct State;
    void updateProgress();
    void retranslate();

    UiSession& m_session;
    QWidget* m_dialogParent;
    QString m_title;
    std::shared_ptr<State> m_state;
    QPointer<QProgressDialog> m_progress;
    QTimer* m_timer = nullptr;
};

} // namespace nova::ui
