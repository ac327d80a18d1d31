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
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace nova::ui {

PersonalDataExportController::PersonalDataExportController(UiSession& session, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    // Gone with this controller, it cancels the worker at its next batch.
    , m_progress(new CancellableProgress(QStringLiteral("personalDataExportProgress"), dialogParent, this))
{}

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
    const auto counter =
        m_progress->start([this, username = user.username](const CancellableProgress::Counter& progress) {
            return progressTexts(username, progress);
        });
    Q_EMIT started();

    UiSession* session = &m_session;
    const qint64 userId = user.id;
    // The summary speaks the desktop's language, read here on the GUI thread.
    const QLocale locale;
    whenFinished(m_session.executor().run([session, userId, folder, locale,
                                           counter]() -> Result<PersonalDataFiles> {
        const QString endpoint = QStringLiteral("desktop/users/export-personal-data");
        for (const QString& feature : {QStringLiteral("users"), QStringLiteral("security_log")}) {
            if (const Status allowed = session->authorize(Permission{feature, Permission::kRead}, endpoint);
                !allowed)
                return allowed.error();
        }
        ServiceHub& hub = session->hub();
        PersonalDataExporter exporter(hub.database(), hub.roles(), hub.permissions(), hub.audit(),
                                      hub.clock());
        return exporter.exportTo(
            userId, folder, session->actor(), locale, endpoint,
            [counter](qint64 done, qint64 total) { return counter->report(done, total); });
    }),
                 this, [this, report](const Result<PersonalDataFiles>& result) {
                     m_progress->finish();
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
    if (event->type() == QEvent::LanguageChange)
        m_progress->retranslate();
    return QObject::event(event);
}

CancellableProgress::Texts
PersonalDataExportController::progressTexts(const QString& username,
                                            const CancellableProgress::Counter& counter) const
{
    CancellableProgress::Texts texts{tr("Exporting Personal Data"), {}};
    if (counter.total() <= 0) {
        //: %1 is a user name
        texts.label = tr("Collecting the records of %1…").arg(isolated(username));
        return texts;
    }
    //: %1 is the number of records read so far; %Ln the number to read
    texts.label = tr("Read %1 of %Ln records…", nullptr, counter.totalForPlural())
                      .arg(QLocale().toString(counter.done()));
    return texts;
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
