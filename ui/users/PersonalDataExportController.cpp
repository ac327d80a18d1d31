#include "PersonalDataExportController.h"

#include "Bidi.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "privacy/PersonalDataExporter.h"
#include "rbac/Permission.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <limits>

namespace nova::ui {

// Shared with the worker: progress goes out, the cancel request comes in.
struct PersonalDataExportController::State {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
    QString username; // GUI thread only
};

PersonalDataExportController::PersonalDataExportController(UiSession& session, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &PersonalDataExportController::updateProgress);
}

PersonalDataExportController::~PersonalDataExportController()
{
    // The worker may still be reading: it stops at its next batch.
    if (m_state)
        m_state->cancel = true;
}

void PersonalDataExportController::exportWithDialog(const User& user)
{
    if (isRunning())
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog dialog(m_dialogParent,
                       //: %1 is a user name
                       tr("Choose a folder for the personal data of %1").arg(isolated(user.username)));
    dialog.setObjectName(QStringLiteral("personalDataFolderDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setDirectory(documents.isEmpty() ? QDir::homePath() : documents);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    start(user, dialog.selectedFiles().constFirst(), true);
}

void PersonalDataExportController::exportTo(const User& user, const QString& folder)
{
    start(user, folder, false);
}

void PersonalDataExportController::start(const User& user, const QString& folder, bool report)
{
    if (isRunning())
        return;
    auto state = std::make_shared<State>();
    state->username = user.username;
    m_state = state;

    auto* progress = new QProgressDialog(m_dialogParent);
    m_progress = progress;
    m_progress->setObjectName(QStringLiteral("personalDataExportProgress"));
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
    const qint64 userId = user.id;
    // The summary speaks the desktop's language, read here on the GUI thread.
    const QLocale locale;
    whenFinished(m_session.executor().run([session, userId, folder, locale,
                                           state]() -> Result<PersonalDataFiles> {
        const QString endpoint = QStringLiteral("desktop/users/export-personal-data");
        for (const QString& feature : {QStringLiteral("users"), QStringLiteral("security_log")}) {
            if (const Status allowed = session->authorize(Permission{feature, Permission::kRead}, endpoint);
                !allowed)
                return allowed.error();
        }
        ServiceHub& hub = session->hub();
        PersonalDataExporter exporter(hub.database(), hub.roles(), hub.permissions(), hub.audit(),
                                      hub.clock());
        return exporter.exportTo(userId, folder, session->actor(), locale, endpoint,
                                 [state](qint64 done, qint64 total) {
                                     state->done = done;
                                     state->total = total;
                                     return !state->cancel.load();
                                 });
    }),
                 this, [this, report](const Result<PersonalDataFiles>& result) {
                     m_progressTimer->stop();
                     if (m_progress)
                         m_progress->deleteLater();
                     m_progress.clear();
                     m_state.reset();
                     if (result) {
                         Q_EMIT succeeded(result->jsonPath, result->htmlPath);
                         if (report)
                             showSucceeded(result->jsonPath, result->htmlPath);
                     } else if (result.error().code == QLatin1String("export.cancelled")) {
                         Q_EMIT cancelled();
                     } else {
                         Q_EMIT failed(result.errorMessage());
                         if (report)
                             showFailed(result.errorMessage());
                     }
                 });
}

bool PersonalDataExportController::event(QEvent* event)
{
    // The page passes a language change on to its children, this one included.
    if (event->type() == QEvent::LanguageChange && m_progress)
        retranslateProgress();
    return QObject::event(event);
}

void PersonalDataExportController::retranslateProgress()
{
    m_progress->setWindowTitle(tr("Exporting Personal Data"));
    m_progress->setCancelButtonText(tr("&Cancel"));
    updateProgress();
}

void PersonalDataExportController::updateProgress()
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
        //: %1 is a user name
        m_progress->setLabelText(tr("Collecting the records of %1…").arg(isolated(m_state->username)));
        return;
    }
    // The dialog counts in int; a permille scale fits any log.
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(done * 1000 / total));
    //: %1 is the number of records read so far; %Ln the number to read
    m_progress->setLabelText(tr("Read %1 of %Ln records…", nullptr,
                                static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max())))
                                 .arg(QLocale().toString(done)));
}

void PersonalDataExportController::showSucceeded(const QString& jsonPath, const QString& htmlPath)
{
    QMessageBox box(QMessageBox::Information, tr("Personal Data Exported"),
                    tr("The personal data was exported to two files, readable only by you:"),
                    QMessageBox::Close, m_dialogParent);
    box.setObjectName(QStringLiteral("personalDataExportDone"));
    box.setInformativeText(leftToRight(QDir::toNativeSeparators(jsonPath)) + QLatin1Char('\n') +
                           leftToRight(QDir::toNativeSeparators(htmlPath)));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* open = box.addButton(tr("&Open Folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openFolderButton"));
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(jsonPath).absolutePath()));
}

void PersonalDataExportController::showFailed(const QString& reason)
{
    QMessageBox box(QMessageBox::Warning, tr("Personal Data Not Exported"),
                    //: %1 is the reason, a sentence from the service
                    tr("The personal data could not be exported: %1").arg(reason), QMessageBox::Ok,
                    m_dialogParent);
    box.setObjectName(QStringLiteral("personalDataExportFailed"));
    box.exec();
}

} // namespace nova::ui
