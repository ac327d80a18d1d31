#include "SecurityLogPage.h"

#include "Bidi.h"
#include "EventTypeNames.h"
#include "SecurityLogDetailsPane.h"
#include "SecurityLogExportController.h"
#include "SecurityLogFilterBar.h"
#include "SecurityLogModel.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "securitylog/LogRetention.h"
#include "securitylog/SecurityLog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace nova::ui {

namespace {

const QString kFeature = QStringLiteral("security_log");

// Plural forms are chosen from an int; a log of more than two billion
// entries reads "more than two billion" well enough.
int pluralCount(qint64 count)
{
    return static_cast<int>(std::min<qint64>(count, INT_MAX));
}

QString shownPath(const QString& fileName)
{
    return leftToRight(QDir::toNativeSeparators(fileName));
}

} // namespace

SecurityLogPage::SecurityLogPage(UiSession& session, QWidget* parent)
    : Page(session, parent)
    , m_model(new SecurityLogModel(session, this))
{
    m_filterBar = new SecurityLogFilterBar(session.hub().clock(), this);
    m_messages = new LogMessageBar(this);
    m_newerBar = new LogMessageBar(this);
    m_newerBar->setObjectName(QStringLiteral("newerBar"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, however many are loaded.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(SecurityLogModel::TimeColumn, 13 * em);
    header->resizeSection(SecurityLogModel::SeverityColumn, 7 * em);
    header->resizeSection(SecurityLogModel::EventColumn, 13 * em);
    header->resizeSection(SecurityLogModel::UserColumn, 8 * em);
    header->resizeSection(SecurityLogModel::IpColumn, 9 * em);
    header->resizeSection(SecurityLogModel::SuccessColumn, 8 * em);

    m_details = new SecurityLogDetailsPane(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_details->setMinimumWidth(26 * em);
    m_splitter->setSizes({3 * 1000, 1000});

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_export = new SecurityLogExportController(session, this);
    buildActions();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_messages);
    layout->addWidget(m_newerBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_countLabel);

    connect(m_filterBar, &SecurityLogFilterBar::filterChanged, this, &SecurityLogPage::onFilterChanged);
    connect(m_model, &SecurityLogModel::firstPageLoaded, this, &SecurityLogPage::onFirstPageLoaded);
    connect(m_model, &SecurityLogModel::totalCountChanged, this, &SecurityLogPage::updateCountLabel);
    connect(m_model, &SecurityLogModel::loadingChanged, this, &SecurityLogPage::updateCountLabel);
    connect(m_model, &SecurityLogModel::rowsInserted, this, &SecurityLogPage::updateCountLabel);
    connect(m_model, &SecurityLogModel::modelReset, this, [this] {
        m_details->clearEntry();
        updateCountLabel();
    });
    connect(m_model, &SecurityLogModel::newerCountChanged, this, &SecurityLogPage::onNewerAvailable);
    connect(m_model, &SecurityLogModel::loadFailed, this, [this](const QString& message) {
        showMessage(
            LogMessageBar::Level::Error,
            //: %1 is the reason, a sentence from the service
            [message] { return tr("The log could not be read: %1").arg(message); },
            [] { return tr("&Retry"); }, [this] { m_model->reload(); });
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SecurityLogPage::onCurrentRowChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this, &SecurityLogPage::showContextMenu);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // Later, not inside the scroll: it may come from a selection change in progress.
        if (value == 0)
            QMetaObject::invokeMethod(this, &SecurityLogPage::onNewerAvailable, Qt::QueuedConnection);
    });
    connect(m_messages, &LogMessageBar::actionTriggered, this, [this] {
        const auto action = m_messageAction;
        m_messages->dismiss();
        if (action)
            action();
    });
    connect(m_newerBar, &LogMessageBar::actionTriggered, this, &SecurityLogPage::showNewer);
    connect(m_export, &SecurityLogExportController::started, this, &SecurityLogPage::updateActions);
    connect(
        m_export, &SecurityLogExportController::succeeded, this,
        [this](qint64 rows, const QString& fileName) {
            showMessage(LogMessageBar::Level::Positive, [rows, fileName] {
                //: %1 is a file path
                return tr("Exported %Ln entries to %1.", nullptr, pluralCount(rows)).arg(shownPath(fileName));
            });
            updateActions();
        });
    connect(m_export, &SecurityLogExportController::cancelled, this, [this](const QString& fileName) {
        showMessage(LogMessageBar::Level::Warning, [fileName] {
            //: %1 is a file path
            return tr("The export was cancelled; %1 was not written.").arg(shownPath(fileName));
        });
        updateActions();
    });
    connect(m_export, &SecurityLogExportController::failed, this, [this](const QString& reason) {
        showMessage(LogMessageBar::Level::Error, [reason] {
            //: %1 is the reason, a sentence from the service
            return tr("The export failed: %1").arg(reason);
        });
        updateActions();
    });
    connect(&session, &UiSession::permissionsChanged, this, &SecurityLogPage::updateActions);

    retranslate();
    updateActions();
}

SecurityLogPage::~SecurityLogPage() = default;

void SecurityLogPage::buildActions()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("logToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));

    const auto makeAction = [this](const char* name, QStyle::StandardPixmap icon, const QKeySequence& keys) {
        auto* action = new QAction(style()->standardIcon(icon), QString(), this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        // Other pages use the same keys for their own actions.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_exportCsv =
        makeAction("actionExportCsv", QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportJsonl = makeAction("actionExportJsonl", QStyle::SP_DialogSaveButton,
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_verify = makeAction("actionVerify", QStyle::SP_DialogApplyButton, QKeySequence(Qt::CTRL | Qt::Key_I));
    m_refresh = makeAction("actionRefresh", QStyle::SP_BrowserReload, QKeySequence::Refresh);
    m_copyRow = makeAction("actionCopyEntry", QStyle::SP_FileIcon, QKeySequence::Copy);
    m_filterByIp = makeAction("actionFilterByIp", QStyle::SP_FileDialogContentsView, {});
    m_filterByUser = makeAction("actionFilterByUser", QStyle::SP_FileDialogContentsView, {});
    m_findAction = makeAction("actionFind", QStyle::SP_FileDialogContentsView, QKeySequence::Find);

    connect(m_exportCsv, &QAction::triggered, this,
            [this] { m_export->exportWithDialog(ExportFormat::Csv, m_model->filter()); });
    connect(m_exportJsonl, &QAction::triggered, this,
            [this] { m_export->exportWithDialog(ExportFormat::JsonLines, m_model->filter()); });
    connect(m_verify, &QAction::triggered, this, &SecurityLogPage::verifyIntegrity);
    connect(m_refresh, &QAction::triggered, this, [this] {
        m_messages->dismiss();
        m_model->reload();
    });
    connect(m_copyRow, &QAction::triggered, this, &SecurityLogPage::copyCurrent);
    connect(m_filterByIp, &QAction::triggered, this, [this] { filterFromCurrent(true); });
    connect(m_filterByUser, &QAction::triggered, this, [this] { filterFromCurrent(false); });
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (auto* text = m_filterBar->findChild<QWidget*>(QStringLiteral("filterText")))
            text->setFocus(Qt::ShortcutFocusReason);
    });

    m_toolBar->addAction(m_exportCsv);
    m_toolBar->addAction(m_exportJsonl);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_verify);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);
}

QString SecurityLogPage::title() const
{
    return tr("Security log");
}

QIcon SecurityLogPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

bool SecurityLogPage::isAvailable() const
{
    return session().can(kFeature, Permission::kRead);
}

void SecurityLogPage::activated()
{
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_model->setFilter(m_filterBar->filter(), m_pendingSelection);
        return;
    }
    m_model->checkForNewer();
}

void SecurityLogPage::navigate(const QVariantMap& args)
{
    const QVariant logId = args.value(QStringLiteral("logId"));
    if (logId.isValid() && logId.toLongLong() > 0)
        m_pendingSelection = logId.toLongLong();
    else
        m_pendingSelection.reset();
    m_loadedOnce = true;
    m_filterBar->setValues(args.value(QStringLiteral("type")).toString(),
                           args.value(QStringLiteral("user")).toString(),
                           args.value(QStringLiteral("ip")).toString());
}

void SecurityLogPage::showEntry(qint64 entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        return;
    }
    // Loaded from that entry on, with every filter cleared: it may match none of them.
    m_pendingSelection = entryId;
    m_loadedOnce = true;
    m_filterBar->clear();
}

void SecurityLogPage::onFilterChanged()
{
    m_loadedOnce = true;
    m_model->setFilter(m_filterBar->filter(), m_pendingSelection);
}

void SecurityLogPage::onFirstPageLoaded()
{
    updateNewerBar();
    selectPendingEntry();
}

void SecurityLogPage::selectPendingEntry()
{
    if (!m_pendingSelection)
        return;
    const qint64 wanted = *m_pendingSelection;
    m_pendingSelection.reset();
    const int row = m_model->rowOf(wanted);
    if (row < 0) {
        showMessage(LogMessageBar::Level::Warning, [wanted] {
            //: %1 is an entry number
            return tr("Entry %1 does not match the filters; the entries before it are shown.")
                .arg(QLocale().toString(wanted));
        });
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    m_table->setFocus(Qt::OtherFocusReason);
}

void SecurityLogPage::onCurrentRowChanged()
{
    const SecurityLogEntry* entry = m_model->entryAt(m_table->currentIndex().row());
    if (entry)
        m_details->showEntry(*entry);
    else
        m_details->clearEntry();
    updateActions();
}

void SecurityLogPage::onNewerAvailable()
{
    // At the top of a live view the new entries simply appear; anywhere else
    // they wait, so the rows never move under the reader.
    if (m_model->newerCount() > 0 && m_table->verticalScrollBar()->value() == 0 && !m_model->isAnchored() &&
        !m_model->hasMoreNewer())
        m_model->showNewer();
    updateNewerBar();
}

void SecurityLogPage::updateNewerBar()
{
    const int count = m_model->newerCount();
    if (count == 0) {
        m_newerBar->dismiss();
        return;
    }
    if (m_model->hasMoreNewer())
        m_newerBar->showMessage(LogMessageBar::Level::Information,
                                tr("More than %Ln newer entries match the filters.", nullptr, count),
                                tr("Go to &newest"));
    else
        m_newerBar->showMessage(LogMessageBar::Level::Information,
                                tr("%Ln newer entries match the filters.", nullptr, count), tr("&Show"));
}

void SecurityLogPage::showNewer()
{
    m_model->showNewer();
    m_table->scrollToTop();
    updateNewerBar();
}

void SecurityLogPage::updateCountLabel()
{
    const auto total = m_model->totalCount();
    const bool loading = m_model->isLoading();
    if (!total) {
        m_countLabel->setText(loading ? tr("Counting and loading entries…") : tr("Counting entries…"));
        return;
    }
    const int count = pluralCount(*total);
    const int loaded = m_model->rowCount();
    if (loaded >= *total) {
        m_countLabel->setText(loading ? tr("%Ln entries · loading…", nullptr, count)
                                      : tr("%Ln entries", nullptr, count));
        return;
    }
    const QString loadedText = QLocale().toString(loaded);
    if (loading)
        //: %Ln entries match the filters; %1 of them are loaded into the table
        m_countLabel->setText(tr("%Ln entries · %1 loaded · loading…", nullptr, count).arg(loadedText));
    else
        //: %Ln entries match the filters; %1 of them are loaded into the table
        m_countLabel->setText(tr("%Ln entries · %1 loaded", nullptr, count).arg(loadedText));
}

void SecurityLogPage::updateActions()
{
    const bool canRead = session().can(kFeature, Permission::kRead);
    const bool exporting = m_export->isRunning();
    m_exportCsv->setEnabled(canRead && !exporting);
    m_exportJsonl->setEnabled(canRead && !exporting);
    m_verify->setEnabled(canRead && !m_verifying);
    m_refresh->setEnabled(canRead);
    const SecurityLogEntry* entry = m_model->entryAt(m_table->currentIndex().row());
    m_copyRow->setEnabled(entry != nullptr);
    m_filterByIp->setEnabled(entry && !entry->event.ip.isEmpty());
    m_filterByUser->setEnabled(entry && !entry->event.username.isEmpty());
}

void SecurityLogPage::verifyIntegrity()
{
    if (m_verifying)
        return;
    m_verifying = true;
    updateActions();
    showMessage(LogMessageBar::Level::Busy, [] { return tr("Checking the hash chain of the whole log…"); });
    UiSession* who = &session();
    whenFinished(session().executor().run(
                     [who, &retention = session().hub().retention()]() -> Result<LogVerification> {
                         if (const Status allowed = who->authorize(Permission{kFeature, Permission::kRead},
                                                                   QStringLiteral("desktop/log/verify"));
                             !allowed)
                             return allowed.error();
                         // The archives and the live table, as one chain.
                         auto policy = retention.policy();
                         if (!policy)
                             return policy.error();
                         return retention.verifyWithArchives(retention.archiveFolder(*policy));
                     }),
                 this, [this](const Result<LogVerification>& report) {
                     m_verifying = false;
                     updateActions();
                     if (!report) {
                         showMessage(LogMessageBar::Level::Error, [reason = report.errorMessage()] {
                             //: %1 is the reason, a sentence from the service
                             return tr("The check could not be run: %1").arg(reason);
                         });
                         return;
                     }
                     if (!report->firstBrokenId) {
                         showMessage(LogMessageBar::Level::Positive, [checked = report->entriesChecked] {
                             return tr("The hash chain is intact: %Ln entries checked.", nullptr,
                                       pluralCount(checked));
                         });
                         return;
                     }
                     const qint64 broken = *report->firstBrokenId;
                     showMessage(
                         LogMessageBar::Level::Error,
                         [broken, reason = report->reason] {
                             //: %1 is an entry number; %2 what the check found, a sentence from the service
                             return tr("The security log has been altered: the chain breaks at entry %1. %2")
                                 .arg(QLocale().toString(broken), reason);
                         },
                         //: %1 is an entry number
                         [broken] { return tr("Show entry %1").arg(QLocale().toString(broken)); },
                         [this, broken] { showEntry(broken); });
                 });
}

void SecurityLogPage::showMessage(LogMessageBar::Level level, Text text, Text actionText,
                                  std::function<void()> action)
{
    m_messageText = std::move(text);
    m_messageActionText = std::move(actionText);
    m_messageAction = std::move(action);
    m_messages->showMessage(level, m_messageText(), m_messageActionText ? m_messageActionText() : QString());
}

void SecurityLogPage::filterFromCurrent(bool byIp)
{
    const SecurityLogEntry* entry = m_model->entryAt(m_table->currentIndex().row());
    if (!entry)
        return;
    const SecurityLogFilter current = m_model->filter();
    m_filterBar->setValues(current.events.value(0), byIp ? current.username : entry->event.username,
                           byIp ? entry->event.ip : current.ip);
}

void SecurityLogPage::copyCurrent()
{
    if (m_model->entryAt(m_table->currentIndex().row()))
        QApplication::clipboard()->setText(m_details->entryText());
}

void SecurityLogPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (index.isValid())
        m_table->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_copyRow);
    menu.addSeparator();
    menu.addAction(m_filterByIp);
    menu.addAction(m_filterByUser);
    menu.addSeparator();
    menu.addAction(m_exportCsv);
    menu.addAction(m_exportJsonl);
    menu.addAction(m_verify);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void SecurityLogPage::retranslate()
{
    m_toolBar->setWindowTitle(tr("Security log actions"));
    m_exportCsv->setText(tr("Export &CSV…"));
    //: %1 is a keyboard shortcut
    m_exportCsv->setToolTip(tr("Export the entries that match the filters as CSV (%1)")
                                .arg(m_exportCsv->shortcut().toString(QKeySequence::NativeText)));
    m_exportJsonl->setText(tr("Export &JSON Lines…"));
    //: %1 is a keyboard shortcut
    m_exportJsonl->setToolTip(tr("Export the entries that match the filters as JSON Lines, as fail2ban reads "
                                 "them (%1)")
                                  .arg(m_exportJsonl->shortcut().toString(QKeySequence::NativeText)));
    m_verify->setText(tr("&Verify integrity"));
    //: %1 is a keyboard shortcut
    m_verify->setToolTip(tr("Check the hash chain of the whole log and name the first altered entry (%1)")
                             .arg(m_verify->shortcut().toString(QKeySequence::NativeText)));
    m_refresh->setText(tr("&Refresh"));
    //: %1 is a keyboard shortcut
    m_refresh->setToolTip(tr("Read the log again from the newest entry (%1)")
                              .arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    m_copyRow->setText(tr("&Copy entry"));
    m_copyRow->setToolTip(tr("Copy every field of the selected entry"));
    m_filterByIp->setText(tr("Only this &IP address"));
    m_filterByIp->setToolTip(tr("Show only entries from the selected entry's IP address"));
    m_filterByUser->setText(tr("Only this &user"));
    m_filterByUser->setToolTip(tr("Show only entries of the selected entry's user"));
    m_findAction->setText(tr("&Search"));
    m_findAction->setToolTip(tr("Search the log's text"));
    m_model->retranslate();
    updateCountLabel();
    updateNewerBar();
    if (!m_messages->isHidden() && m_messageText)
        m_messages->showMessage(m_messages->level(), m_messageText(),
                                m_messageActionText ? m_messageActionText() : QString());
}

} // namespace nova::ui
