#include "RetentionPanel.h"

#include "Bidi.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nova::ui {

namespace {
const QString kFeature = QStringLiteral("settings");
} // namespace

RetentionPanel::RetentionPanel(UiSession& session, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("retentionPanel"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("retentionDays"));
    m_days->setRange(RetentionPolicy::kMinDays, RetentionPolicy::kMaxDays);
    m_days->setValue(RetentionPolicy::kDefaultDays);
    m_daysLabel = new QLabel(this);
    m_daysLabel->setBuddy(m_days);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("retentionFolder"));
    // A path reads left to right in an Arabic layout too.
    m_folder->setLayoutDirection(Qt::LeftToRight);
    m_folder->setMinimumWidth(420);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("retentionBrowse"));
    m_folderLabel = new QLabel(this);
    m_folderLabel->setBuddy(m_folder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    m_lastRun = new QLabel(this);
    m_lastRun->setObjectName(QStringLiteral("retentionLastRun"));
    m_lastRunLabel = new QLabel(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_daysLabel, m_days);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_lastRunLabel, m_lastRun);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("retentionSave"));
    m_archive = new QPushButton(this);
    m_archive->setObjectName(QStringLiteral("retentionArchiveNow"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // archiving reports no steps: busy, not a percentage
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress);
    buttons->addStretch();
    buttons->addWidget(m_archive);
    buttons->addWidget(m_save);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("retentionMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_days, &QSpinBox::valueChanged, this, &RetentionPanel::updateButtons);
    connect(m_folder, &QLineEdit::textChanged, this, &RetentionPanel::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &RetentionPanel::browse);
    connect(m_save, &QPushButton::clicked, this, &RetentionPanel::save);
    connect(m_archive, &QPushButton::clicked, this, &RetentionPanel::archiveNow);
    connect(&m_session, &UiSession::permissionsChanged, this, &RetentionPanel::updatePermissions);

    retranslate();
    updatePermissions();
}

RetentionPolicy RetentionPanel::shownPolicy() const
{
    RetentionPolicy policy;
    policy.days = m_days->value();
    // The default folder stays "the default" rather than a path that
    // would not follow the database if it moved.
    const QString folder = m_folder->text().trimmed();
    if (m_loaded && folder != m_loaded->folder)
        policy.archiveFolder = folder;
    else if (m_loaded)
        policy.archiveFolder = m_loaded->policy.archiveFolder;
    return policy;
}

void RetentionPanel::updatePermissions()
{
    const bool readable =
        m_session.can(kFeature, Permission::kRead) || m_session.can(kFeature, Permission::kUpdate);
    setVisible(readable);
    if (readable && !m_loaded && !m_busy && m_session.isSignedIn())
        load();
    updateButtons();
}

void RetentionPanel::updateButtons()
{
    const bool editable = m_session.can(kFeature, Permission::kUpdate) && m_loaded && !m_busy;
    m_days->setEnabled(editable);
    m_folder->setEnabled(editable);
    m_browse->setEnabled(editable);
    const bool changed = m_loaded && (m_days->value() != m_loaded->policy.days ||
                                      m_folder->text().trimmed() != m_loaded->folder);
    m_save->setEnabled(editable && changed);
    // Archiving uses the stored policy: save first.
    m_archive->setEnabled(editable && !changed);
}

void RetentionPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    updateButtons();
}

void RetentionPanel::showState(const State& state)
{
    m_loaded = state;
    m_days->setValue(state.policy.days);
    m_folder->setText(state.folder);
    m_lastRun->setText(state.lastRunMs ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*state.lastRunMs),
                                                            QLocale::ShortFormat)
                                       : tr("Never"));
    updateButtons();
}

void RetentionPanel::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void RetentionPanel::load()
{
    setBusy(true);
    UiSession* session = &m_session;
    whenFinished(session->executor().run([session]() -> Result<State> {
        if (Status allowed = session->authorize(Permission{kFeature, Permission::kRead},
                                                QStringLiteral("desktop/settings/retention"));
            !allowed)
            return allowed.error();
        LogRetention& retention = session->hub().retention();
        auto policy = retention.policy();
        if (!policy)
            return policy.error();
        auto lastRun = retention.lastRunMs();
        if (!lastRun)
            return lastRun.error();
        return State{*policy, retention.archiveFolder(*policy), *lastRun};
    }),
                 this, [this](const Result<State>& state) {
                     setBusy(false);
                     if (!state) {
                         showMessage(state.errorMessage(), true);
                         Q_EMIT finished(false);
                         return;
                     }
                     showState(*state);
                     Q_EMIT finished(true);
                 });
}

void RetentionPanel::save()
{
    if (m_busy)
        return;
    const RetentionPolicy policy = shownPolicy();
    setBusy(true);
    UiSession* session = &m_session;
    const Actor actor = m_session.actor();
    whenFinished(session->executor().run([session, actor, policy]() -> Status {
        if (Status allowed = session->authorize(Permission{kFeature, Permission::kUpdate},
                                                QStringLiteral("desktop/settings/retention"));
            !allowed)
            return allowed;
        return session->hub().retention().setPolicy(policy, actor);
    }),
                 this, [this](const Status& saved) {
                     setBusy(false);
                     if (!saved) {
                         showMessage(tr("The retention policy was not saved: %1").arg(saved.errorMessage()),
                                     true);
                         Q_EMIT finished(false);
                         return;
                     }
                     showMessage(tr("Retention policy saved."), false);
                     load();
                 });
}

void RetentionPanel::archiveNow()
{
    if (m_busy)
        return;
    setBusy(true);
    showMessage(tr("Archiving…"), false);
    UiSession* session = &m_session;
    const Actor actor = m_session.actor();
    whenFinished(session->executor().run([session, actor]() -> Result<std::optional<ArchiveRun>> {
        if (Status allowed = session->authorize(Permission{kFeature, Permission::kUpdate},
                                                QStringLiteral("desktop/settings/archive"));
            !allowed)
            return allowed.error();
        return session->hub().retention().archive(actor);
    }),
                 this, [this](const Result<std::optional<ArchiveRun>>& run) {
                     setBusy(false);
                     if (!run) {
                         showMessage(run.errorMessage(), true);
                         Q_EMIT finished(false);
                         return;
                     }
                     if (!*run) {
                         showMessage(tr("Nothing to archive: no entry is older than %Ln days.", nullptr,
                                        m_days->value()),
                                     false);
                         Q_EMIT finished(true);
                         return;
                     }
                     showMessage(tr("%Ln entries archived to %1.", nullptr, static_cast<int>((*run)->count))
                                     .arg(leftToRight(QDir::toNativeSeparators((*run)->file))),
                                 false);
                     load();
                 });
}

void RetentionPanel::browse()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose the archive folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void RetentionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_loaded)
            showState(*m_loaded);
    }
    QGroupBox::changeEvent(event);
}

void RetentionPanel::retranslate()
{
    setTitle(tr("Log retention"));
    m_note->setText(
        tr("Entries older than this leave the live security log for a signed, compressed archive "
           "file: once a day in nova-service, or now. The chain stays verifiable across archives."));
    m_daysLabel->setText(tr("Keep &entries (days):"));
    m_days->setToolTip(tr("From %1 to %2 days; the default is %3.")
                           .arg(RetentionPolicy::kMinDays)
                           .arg(RetentionPolicy::kMaxDays)
                           .arg(RetentionPolicy::kDefaultDays));
    m_folderLabel->setText(tr("Archive f&older:"));
    m_folder->setToolTip(tr("Archive files are readable by their owner only"));
    m_browse->setText(tr("Brow&se…"));
    m_lastRunLabel->setText(tr("Last archived:"));
    m_save->setText(tr("Sa&ve Retention"));
    m_save->setToolTip(tr("Store the retention period and archive folder (recorded in the security log)"));
    m_archive->setText(tr("Ar&chive Now"));
    m_archive->setToolTip(tr("Move entries older than the retention period to an archive file now"));
}

} // namespace nova::ui
