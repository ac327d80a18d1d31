#pragma once

#include "users/User.h"
#include "widgets/CancellableProgress.h"

#include <QObject>

class QWidget;

namespace nova::ui {

class UiSession;

// "Export Personal Data…" on the Users page: asks for a folder (Documents by
// default), runs nova::PersonalDataExporter on the service executor with a
// progress dialog that can cancel, and then says where the two files are,
// with a button that opens the folder. The worker authorises users:read and
// security_log:read first (a refusal is logged); the exporter records the
// export itself. The HTML summary is written in the desktop's language.
class PersonalDataExportController : public QObject {
    Q_OBJECT
public:
    PersonalDataExportController(UiSession& session, QWidget* dialogParent);

    bool isRunning() const { return m_progress->isRunning(); }
    // Asks for the folder, exports, then shows the outcome.
    void exportWithDialog(const nova::User& user);
    // Exports into `folder` without asking; the outcome only as signals.
    void exportTo(const nova::User& user, const QString& folder);

Q_SIGNALS:
    void started();
    void succeeded(const QString& jsonPath, const QString& htmlPath);
    void cancelled();
    // reason: the service's message, already translated.
    void failed(const QString& reason);

protected:
    bool event(QEvent* event) override;

private:
    void start(const nova::User& user, const QString& folder, bool report);
    CancellableProgress::Texts progressTexts(const QString& username,
                                             const CancellableProgress::Counter& counter) const;
    void showSucceeded(const QString& jsonPath, const QString& htmlPath);
    void showFailed(const QString& reason);

    UiSession& m_session;
    QWidget* m_dialogParent;
    CancellableProgress* m_progress = nullptr;
};

} // namespace nova::ui
