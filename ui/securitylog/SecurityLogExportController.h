#pragma once

#include "securitylog/SecurityLogExporter.h"
#include "securitylog/SecurityLogFilter.h"
#include "widgets/CancellableProgress.h"

#include <QObject>

class QWidget;

namespace nova::ui {

class UiSession;

// Exports the log under a filter: asks for the file, then writes it on the
// service executor through a QSaveFile (so a cancelled or failed export
// leaves no partial file), with a progress dialog that can cancel. The
// exporter records the export in the log itself; the worker authorises
// security_log:read first, as every privileged call does.
class SecurityLogExportController : public QObject {
    Q_OBJECT
public:
    SecurityLogExportController(UiSession& session, QWidget* dialogParent);

    bool isRunning() const { return m_progress->isRunning(); }
    // Asks for a file name, then starts.
    void exportWithDialog(ExportFormat format, const SecurityLogFilter& filter);
    // Starts without asking.
    void exportTo(const QString& fileName, ExportFormat format, const SecurityLogFilter& filter);

Q_SIGNALS:
    // The outcome as facts, not sentences: the receiver words it, and words
    // it again after a language change.
    void started();
    void succeeded(qint64 rows, const QString& fileName);
    void cancelled(const QString& fileName);
    // reason: the service's message, already translated.
    void failed(const QString& reason);

protected:
    bool event(QEvent* event) override;

private:
    CancellableProgress::Texts progressTexts(const CancellableProgress::Counter& counter) const;
    void finish(const Result<qint64>& result, const QString& fileName);

    UiSession& m_session;
    QWidget* m_dialogParent;
    CancellableProgress* m_progress = nullptr;
};

} // namespace nova::ui
