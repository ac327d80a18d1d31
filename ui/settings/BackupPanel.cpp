#include "BackupPanel.h"

#include "Bidi.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "backup/DatabaseBackup.h"
#include "rbac/Permission.h"
#include "settings/BackupRunner.h"
#include "storage/Database.h"
#include "users/PasswordPolicy.h"
#include "widgets/PasswordStrengthMeter.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

const QString kFeature = QStringLiteral("settings");
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QString shownTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString shownPath(const QString& path)
{
    return leftToRight(QDir::toNativeSeparators(path));
}

void setError(QLabel* label, bool error)
{
    QPalette palette = label->parentWidget()->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    label->setPalette(palette);
}

} // namespace

BackupPanel::BackupPanel(UiSession& session, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_runner(new BackupRunner(session, this))
{
    setObjectName(QStringLiteral("backupPanel"));

    m_lastLabel = new QLabel(this);
    m_lastLabel->setObjectName(QStringLiteral("lastBackup"));
    m_lastLabel->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("backupWarning"));
    m_warning->setWordWrap(true);
    setError(m_warning, true);
    m_warning->hide();
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("backupNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_actions = new QWidget(this);
    m_useStoredKey = new QRadioButton(m_actions);
    m_useStoredKey->setObjectName(QStringLiteral("backupUseStoredKey"));
    m_useStoredKey->setChecked(true);
    m_usePassphrase = new QRadioButton(m_actions);
    m_usePassphrase->setObjectName(QStringLiteral("backupUsePassphrase"));
    m_passphraseLabel = new QLabel(m_actions);
    m_passphrase = new QLineEdit(m_actions);
    m_passphrase->setObjectName(QStringLiteral("backupPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmLabel = new QLabel(m_actions);
    m_confirm = new QLineEdit(m_actions);
    m_confirm->setObjectName(QStringLiteral("backupPassphraseConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirmLabel->setBuddy(m_confirm);
    m_strength = new PasswordStrengthMeter(session.hub().passwordPolicy(), m_actions);
    m_strength->setObjectName(QStringLiteral("backupPassphraseStrength"));
    m_create = new QPushButton(m_actions);
    m_create->setObjectName(QStringLiteral("createBackupButton"));
    m_verify = new QPushButton(m_actions);
    m_verify->setObjectName(QStringLiteral("verifyBackupButton"));
    m_restore = new QPushButton(m_actions);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_useStoredKey);
    form->addRow(m_usePassphrase);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_strength);
    m_passphrase->setMinimumWidth(m_passphrase->fontMetrics().averageCharWidth() * 32);
    m_confirm->setMinimumWidth(m_passphrase->minimumWidth());
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    auto* actions = new QVBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addLayout(form);
    actions->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lastLabel);
    layout->addWidget(m_warning);
    layout->addWidget(m_note);
    layout->addWidget(m_actions);
    layout->addWidget(m_status);

    connect(m_usePassphrase, &QRadioButton::toggled, this, [this](bool on) {
        updateState();
        if (on)
            m_passphrase->setFocus();
    });
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_strength->setPassword(text, m_session.claims().username); });
    connect(m_create, &QPushButton::clicked, this, &BackupPanel::createBackup);
    connect(m_verify, &QPushButton::clicked, this, &BackupPanel::verifyBackup);
    connect(m_restore, &QPushButton::clicked, this, &BackupPanel::restoreBackup);
    connect(&m_session, &UiSession::permissionsChanged, this, [this] {
        updateState();
        refresh();
    });

    retranslate();
    updateState();
    refresh();
}

bool BackupPanel::isBusy() const
{
    return m_runner->isRunning();
}

bool BackupPanel::canBackUp() const
{
    return m_session.can(kFeature, Permission::kUpdate) && !m_session.hub().database().isPostgres();
}

void BackupPanel::updateState()
{
    m_actions->setVisible(canBackUp());
    // The passphrase fields and the policy's rules take room only when used.
    const bool passphrase = m_usePassphrase->isChecked();
    for (QWidget* widget : {static_cast<QWidget*>(m_passphraseLabel), static_cast<QWidget*>(m_passphrase),
                            static_cast<QWidget*>(m_confirmLabel), static_cast<QWidget*>(m_confirm),
                            static_cast<QWidget*>(m_strength)})
        widget->setVisible(passphrase);
    const bool idle = !isBusy();
    m_create->setEnabled(idle);
    m_verify->setEnabled(idle);
    m_restore->setEnabled(idle);
    retranslate();
}

void BackupPanel::refresh()
{
    if (!m_session.isSignedIn() ||
        !(m_session.can(kFeature, Permission::kRead) || m_session.can(kFeature, Permission::kUpdate)))
        return;
    whenFinished(m_session.executor().run([&hub = m_session.hub(), actor = m_session.actor()] {
        return DatabaseBackup::forHub(hub)->lastBackup(actor);
    }),
                 this, [this](const Result<std::optional<BackupRecord>>& last) {
                     m_loaded = last.ok();
                     m_loadError = last.errorMessage();
                     if (last)
                         m_last = *last;
                     showLast();
                 });
}

Result<BackupKey> BackupPanel::chosenKey(bool forNewBackup) const
{
    if (!m_usePassphrase->isChecked())
        return BackupKey::storedKey();
    const QString text = m_passphrase->text();
    if (text.isEmpty())
        return Error{QStringLiteral("ui.passphrase_missing"), tr("Enter the passphrase.")};
    if (forNewBackup) {
        if (!m_strength->isAcceptable())
            //: %1 lists what is wrong with the passphrase
            return Error{QStringLiteral("ui.passphrase_weak"),
                         tr("Choose a stronger passphrase: %1")
                             .arg(m_session.hub().passwordPolicy().problems(text).join(QLatin1Char(' ')))};
        if (m_confirm->text() != text)
            return Error{QStringLiteral("ui.passphrase_mismatch"),
                         tr("The passphrase and its confirmation differ.")};
    }
    return BackupKey::passphrase(text);
}

void BackupPanel::createBackup()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder.isEmpty() ? QDir::homePath() : folder)
            .filePath(QStringLiteral("nova-backup-%1.novabackup")
                          .arg(QDateTime::fromMSecsSinceEpoch(m_session.hub().clock().nowMSecs())
                                   .toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the backup as"), suggested,
                                                      tr("Nova Admin backups (*.novabackup);;All files (*)"));
    if (!file.isEmpty())
        createBackupTo(file);
}

void BackupPanel::verifyBackup()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a backup to verify"), QString(),
                                                      tr("Nova Admin backups (*.novabackup);;All files (*)"));
    if (!file.isEmpty())
        verifyBackupFile(file);
}

void BackupPanel::restoreBackup()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the backup to restore"), QString(),
                                                      tr("Nova Admin backups (*.novabackup);;All files (*)"));
    if (!file.isEmpty())
        restoreBackupFile(file);
}

std::optional<BackupKey> BackupPanel::startingKey(bool forNewBackup)
{
    if (isBusy())
        return std::nullopt;
    auto key = chosenKey(forNewBackup);
    if (!key) {
        showResult(false, key.errorMessage());
        return std::nullopt;
    }
    return *key;
}

void BackupPanel::runAndReport(const QString& title, BackupRunner::Work work,
                               std::function<void(const RestoreResult&)> onSuccess)
{
    m_runner->run(title, std::move(work),
                  [this, onSuccess = std::move(onSuccess)](const Result<RestoreResult>& result) {
                      updateState();
                      if (!result) {
                          showResult(false, explain(result.error()));
                          return;
                      }
                      onSuccess(*result);
                  });
    updateState();
}

void BackupPanel::createBackupTo(const QString& file)
{
    const auto key = startingKey(true);
    if (!key)
        return;
    runAndReport(
        tr("Creating a backup"),
        [file, key = *key, actor = m_session.actor()](
            DatabaseBackup& backup, const BackupProgress& progress) -> Result<RestoreResult> {
            auto made = backup.create(file, key, actor, progress);
            if (!made)
                return made.error();
            return RestoreResult{*made, {}};
        },
        [this](const RestoreResult& made) {
            showResult(true, [info = made.backup] {
                //: %1 is a file path, %2 its size (e.g. 12 MB)
                return tr("Backup written to %1 (%2).")
                    .arg(shownPath(info.file), QLocale().formattedDataSize(info.fileBytes));
            });
            refresh();
        });
}

void BackupPanel::verifyBackupFile(const QString& file)
{
    const auto key = startingKey(false);
    if (!key)
        return;
    runAndReport(
        tr("Verifying a backup"),
        [file, key = *key, actor = m_session.actor()](
            DatabaseBackup& backup, const BackupProgress& progress) -> Result<RestoreResult> {
            auto info = backup.verify(file, key, actor, progress);
            if (!info)
                return info.error();
            return RestoreResult{*info, {}};
        },
        [this](const RestoreResult& verified) {
            showResult(true, [info = verified.backup] {
                //: %1 is a file path, %2 a date and time, %3 a size (e.g. 12 MB), %4 a schema number
                return tr("%1 is intact: a Nova Admin database backed up %2, %3, schema %4.")
                    .arg(shownPath(info.file), shownTime(info.createdAtMs),
                         QLocale().formattedDataSize(info.databaseBytes),
                         QLocale().toString(info.schemaVersion));
            });
        });
}

void BackupPanel::restoreBackupFile(const QString& file)
{
    const auto key = startingKey(false);
    if (!key)
        return;
    QMessageBox confirm(
        QMessageBox::Warning, tr("Restore from backup"),
        //: %1 is a file path
        tr("Replace everything in this database with the content of %1?").arg(shownPath(file)),
        QMessageBox::NoButton, this);
    confirm.setObjectName(QStringLiteral("restoreConfirmation"));
    confirm.setInformativeText(tr(
        "Users, roles, the security log, blocked addresses and settings all become what they were when the "
        "backup was made. First the backup is checked and a safety copy of the current database is saved "
        "beside it (named …before-restore-…); if anything fails, the database stays as it is. Afterwards "
        "Nova Admin signs you out and restarts. Stop nova-service and other desktops using this database "
        "first."));
    QPushButton* restore = confirm.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    restore->setObjectName(QStringLiteral("confirmRestoreButton"));
    QPushButton* cancel = confirm.addButton(tr("Cancel"), QMessageBox::RejectRole);
    confirm.setDefaultButton(cancel);
    confirm.exec();
    if (confirm.clickedButton() != restore)
        return;
    runAndReport(
        tr("Restoring from a backup"),
        [file, key = *key, actor = m_session.actor()](DatabaseBackup& backup,
                                                      const BackupProgress& progress) {
            return backup.restore(file, key, actor, progress);
        },
        [this](const RestoreResult& restored) {
            //: %1 is the safety copy's path
            const QString message =
                tr("The backup was restored. The database as it was before is kept in %1.")
                    .arg(shownPath(restored.safetyCopy));
            showResult(true, message);
            QMessageBox done(QMessageBox::Information, tr("Restore from backup"),
                             message + QLatin1Char('\n') +
                                 tr("Nova Admin will now sign you out and restart to use the restored data."),
                             QMessageBox::Ok, this);
            done.setObjectName(QStringLiteral("restoreDoneMessage"));
            done.exec();
            Q_EMIT restartRequested();
        });
}

QString BackupPanel::explain(const Error& error) const
{
    if (error.code == QLatin1String(DatabaseBackup::kNeedsPassphrase))
        return error.message + QLatin1Char(' ') + tr("Choose the passphrase option, enter it and try again.");
    if (error.code == QLatin1String(DatabaseBackup::kNeedsStoredKey))
        return error.message + QLatin1Char(' ') + tr("Choose the backup key option and try again.");
    return error.message;
}

void BackupPanel::showResult(bool ok, const QString& message)
{
    // The service's messages arrive translated: they keep their language.
    showResult(ok, [message] { return message; });
}

void BackupPanel::showResult(bool ok, std::function<QString()> wording)
{
    m_statusWording = std::move(wording);
    setError(m_status, !ok);
    m_status->setText(m_statusWording());
    Q_EMIT finished(ok, m_status->text());
}

void BackupPanel::showLast()
{
    const bool readable =
        m_session.can(kFeature, Permission::kRead) || m_session.can(kFeature, Permission::kUpdate);
    m_lastLabel->setVisible(readable);
    if (!readable) {
        m_warning->hide();
        return;
    }
    const bool overdue = m_loaded && BackupHistory::isOverdue(m_last, m_session.hub().clock().nowMSecs());
    m_warning->setVisible(overdue);
    m_warning->setText(tr("No backup in the last %Ln day(s).", nullptr,
                          static_cast<int>(BackupHistory::kOverdueAfterMs / kDayMs)));
    m_lastLabel->setToolTip(QString());
    if (!m_loaded) {
        m_lastLabel->setText(m_loadError.isEmpty()
                                 ? tr("Reading when the last backup ran…")
                                 : tr("When the last backup ran could not be read: %1").arg(m_loadError));
        return;
    }
    if (!m_last) {
        m_lastLabel->setText(tr("No backup has been recorded for this database."));
        return;
    }
    if (m_last->kind == BackupRecord::kExternal) {
        QString text = tr("Last backup: %1, made outside Nova Admin.").arg(shownTime(m_last->atMs));
        if (!m_last->note.isEmpty())
            text += QLatin1Char(' ') + isolated(m_last->note);
        m_lastLabel->setText(text);
        return;
    }
    //: %1 is a date and time, %2 a file name
    m_lastLabel->setText(tr("Last backup: %1, %2.")
                             .arg(shownTime(m_last->atMs), leftToRight(QFileInfo(m_last->file).fileName())));
    m_lastLabel->setToolTip(QDir::toNativeSeparators(m_last->file));
}

void BackupPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void BackupPanel::retranslate()
{
    setTitle(tr("Backups"));
    if (m_session.hub().database().isPostgres())
        //: Keep pg_dump, docs/BACKUPS.md and "nova-ctl backup mark": they are a program, a file and a command
        m_note->setText(tr("This database is on PostgreSQL: back it up with pg_dump as docs/BACKUPS.md "
                           "describes, and record each backup with \"nova-ctl backup mark\" so that it shows "
                           "here."));
    else if (!m_session.can(kFeature, Permission::kUpdate))
        m_note->setText(tr("Backups are made by administrators (they need the settings:update permission)."));
    else
        m_note->setText(tr("A backup is an encrypted copy of the whole database, made while Nova Admin keeps "
                           "running. Keep backups on another disk or computer."));
    const bool keychain = m_session.hub().secretsDescription() == QLatin1String("keychain");
    m_useStoredKey->setText(keychain ? tr("Use the backup &key in the system keychain")
                                     : tr("Use the backup &key in the key folder"));
    m_useStoredKey->setToolTip(
        tr("The key is created with the first backup and stays on this computer: to restore elsewhere, copy "
           "the key too, or use a passphrase."));
    m_usePassphrase->setText(tr("Protect with a passp&hrase"));
    m_usePassphrase->setToolTip(
        tr("Anyone with the passphrase can restore the backup on any computer; without it nobody can."));
    m_passphraseLabel->setText(tr("Passphrase:"));
    m_passphrase->setToolTip(tr("A long phrase of several words is strong and easy to remember."));
    m_confirmLabel->setText(tr("Confir&m:"));
    m_confirm->setToolTip(tr("Type the passphrase again (needed when creating a backup)."));
    m_create->setText(tr("&Create backup…"));
    m_create->setToolTip(tr("Write an encrypted backup of the database to a file"));
    m_verify->setText(tr("&Verify backup…"));
    m_verify->setToolTip(tr("Decrypt a backup and check it completely, without changing anything"));
    m_restore->setText(tr("Rest&ore from backup…"));
    m_restore->setToolTip(
        tr("Replace the database with a backup, after checking it and saving a safety copy of the current "
           "database"));
    if (m_statusWording)
        m_status->setText(m_statusWording());
    showLast();
}

} // namespace nova::ui
