#include "BlockedIpsPage.h"

#include "AllowListDialog.h"
#include "Bidi.h"
#include "BlockIpDialog.h"
#include "BlockListExporter.h"
#include "BlockedIpFilterModel.h"
#include "BlockedIpModel.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "blocklist/IpBlockList.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

const QString kFeature = QStringLiteral("blocked_ips");

QAction* makeAction(QWidget* owner, const char* objectName, const QKeySequence& shortcut = {})
{
    auto* action = new QAction(owner);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    // Only while this page has focus: other pages use Del and Ctrl+F too.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

BlockedIpsPage::BlockedIpsPage(UiSession& session, QWidget* parent)
    : Page(session, parent)
    , m_model(new BlockedIpModel(session.hub().clock(), this))
    , m_filter(new BlockedIpFilterModel(this))
    , m_poll(new QTimer(this))
    , m_exporter(new BlockListExporter(session, this))
{
    setObjectName(QStringLiteral("blockedIpsPage"));
    m_filter->setSourceModel(m_model);
    buildActions();
    buildLayout();

    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &BlockedIpsPage::reload);
    // Emitted on the worker thread that made the change; queued to this one.
    connect(&session.hub().blockList(), &IpBlockList::changed, this, &BlockedIpsPage::reload);
    connect(m_model, &BlockedIpModel::entryExpired, this, &BlockedIpsPage::reload);
    connect(m_exporter, &BlockListExporter::busyChanged, this, &BlockedIpsPage::setBusy);
    connect(m_exporter, &BlockListExporter::failed, this,
            [this](const QString& message) { showError(tr("Export"), message); });
    connect(m_exporter, &BlockListExporter::exported, this, [this](const QString& path) {
        showMessage([path] {
            //: %1 is a file path
            return tr("Exported to %1.").arg(leftToRight(QDir::toNativeSeparators(path)));
        });
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &BlockedIpsPage::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BlockedIpsPage::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BlockedIpsPage::updateStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &BlockedIpsPage::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &BlockedIpsPage::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &BlockedIpsPage::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &BlockedIpsPage::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BlockedIpsPage::updateActions);
    connect(&session, &UiSession::permissionsChanged, this, &BlockedIpsPage::updateActions);
    connect(&session, &UiSession::signedIn, this, &BlockedIpsPage::reload);
    connect(&session, &UiSession::signedOut, this, [this] { m_model->setEntries({}); });

    retranslate();
    updateActions();
    updateStatus();
}

void BlockedIpsPage::buildActions()
{
    m_blockAction = makeAction(this, "blockAction", QKeySequence(Qt::CTRL | Qt::Key_B));
    m_blockAction->setIcon(
        QIcon::fromTheme(QStringLiteral("list-add"), style()->standardIcon(QStyle::SP_BrowserStop)));
    connect(m_blockAction, &QAction::triggered, this, [this] { openBlockDialog(); });
    m_unblockAction = makeAction(this, "unblockAction", QKeySequence::Delete);
    m_unblockAction->setIcon(
        QIcon::fromTheme(QStringLiteral("list-remove"), style()->standardIcon(QStyle::SP_DialogApplyButton)));
    connect(m_unblockAction, &QAction::triggered, this, &BlockedIpsPage::unblockSelected);
    m_allowListAction = makeAction(this, "allowListAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_allowListAction->setIcon(QIcon::fromTheme(QStringLiteral("security-high"),
                                                style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    connect(m_allowListAction, &QAction::triggered, this, &BlockedIpsPage::openAllowList);
    m_exportNginxAction = makeAction(this, "exportNginxAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportNginxAction, &QAction::triggered, this, [this] { exportList(true); });
    m_exportPlainAction =
        makeAction(this, "exportPlainAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportPlainAction, &QAction::triggered, this, [this] { exportList(false); });
    m_refreshAction = makeAction(this, "refreshAction", QKeySequence::Refresh);
    m_refreshAction->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    connect(m_refreshAction, &QAction::triggered, this, &BlockedIpsPage::reload);
    m_copyAction = makeAction(this, "copyAction");
    connect(m_copyAction, &QAction::triggered, this, &BlockedIpsPage::copyAddresses);
    m_showInLogAction = makeAction(this, "showInLogAction", QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_showInLogAction, &QAction::triggered, this, &BlockedIpsPage::showInLog);
    m_searchAction = makeAction(this, "searchAction", QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void BlockedIpsPage::buildLayout()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("toolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_blockAction);
    m_toolBar->addAction(m_unblockAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_allowListAction);
    m_exportMenu = new QMenu(this);
    m_exportMenu->addAction(m_exportNginxAction);
    m_exportMenu->addAction(m_exportPlainAction);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setMenu(m_exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as"),
                                             style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_toolBar->addWidget(m_exportButton);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_filter, &BlockedIpFilterModel::setSearchText);
    // After the filter: the empty-state text quotes the search.
    connect(m_search, &QLineEdit::textChanged, this, &BlockedIpsPage::updateStatus);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("blockedTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BlockedIpModel::BlockedAtColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setVisible(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &BlockedIpsPage::showContextMenu);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(BlockedIpModel::ReasonColumn, QHeaderView::Stretch);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_empty->setPalette(muted);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("stack"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumSize(120, 10);
    m_busy->setVisible(false);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_message, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);
    layout->addLayout(statusRow);
}

void BlockedIpsPage::retranslate()
{
    const auto shortcut = [](const QAction* action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    m_blockAction->setText(tr("&Block…"));
    //: %1 is a keyboard shortcut
    m_blockAction->setToolTip(tr("Block an address or network (%1)").arg(shortcut(m_blockAction)));
    m_unblockAction->setText(tr("&Unblock…"));
    //: %1 is a keyboard shortcut
    m_unblockAction->setToolTip(tr("Remove the selected blocks (%1)").arg(shortcut(m_unblockAction)));
    m_allowListAction->setText(tr("&Allow-List…"));
    //: %1 is a keyboard shortcut
    m_allowListAction->setToolTip(
        tr("Addresses and networks that are never blocked (%1)").arg(shortcut(m_allowListAction)));
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setToolTip(tr("Save the active blocks for a web server or firewall"));
    m_exportNginxAction->setText(tr("As nginx Deny List…"));
    //: "deny" is nginx's keyword and stays as it is; %1 is a keyboard shortcut
    m_exportNginxAction->setToolTip(
        tr("\"deny\" lines for an nginx include, allow-list first (%1)").arg(shortcut(m_exportNginxAction)));
    m_exportPlainAction->setText(tr("As Plain List…"));
    //: %1 is a keyboard shortcut
    m_exportPlainAction->setToolTip(
        tr("One network per line, for ipset or fail2ban (%1)").arg(shortcut(m_exportPlainAction)));
    m_refreshAction->setText(tr("&Refresh"));
    //: %1 is a keyboard shortcut
    m_refreshAction->setToolTip(tr("Reload the block list (%1)").arg(shortcut(m_refreshAction)));
    m_copyAction->setText(tr("&Copy Address"));
    m_copyAction->setToolTip(tr("Copy the selected addresses, one per line"));
    m_showInLogAction->setText(tr("Show in &Security Log"));
    //: %1 is a keyboard shortcut
    m_showInLogAction->setToolTip(
        tr("Show the security log entries for this address (%1)").arg(shortcut(m_showInLogAction)));
    //: %1 is a keyboard shortcut
    m_search->setPlaceholderText(tr("Search address, reason, source… (%1)").arg(shortcut(m_searchAction)));
    m_search->setToolTip(tr("Words match the address, reason, source or who blocked it; an IP address also "
                            "finds the networks that contain it."));
    m_model->retranslate();
    fitColumns();
    updateStatus();
    if (m_messageText)
        m_message->setText(m_messageText());
}

void BlockedIpsPage::fitColumns()
{
    // Fixed widths rather than ResizeToContents: the countdown changes every
    // second and would make the view measure every row each time. Measured
    // on the texts of the current language and locale.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    const auto fit = [&](int column, const QStringList& samples) {
        int width = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        header->resizeSection(column, width + 32);
    };
    fit(BlockedIpModel::AddressColumn, {QStringLiteral("2001:db8:ffff::/48")});
    fit(BlockedIpModel::SourceColumn,
        {BlockedIpModel::sourceName(BlockSource::Manual), BlockedIpModel::sourceName(BlockSource::Detector)});
    const QString date =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    fit(BlockedIpModel::BlockedAtColumn, {date});
    fit(BlockedIpModel::ExpiresAtColumn, {date});
    // The widest a countdown gets in each of its forms.
    constexpr qint64 kSecondMs = 1000;
    fit(BlockedIpModel::RemainingColumn,
        {BlockedIpModel::remainingText(((999 * 24 + 23) * 60 + 59) * 60 * kSecondMs),
         BlockedIpModel::remainingText((23 * 60 + 59) * 60 * kSecondMs),
         BlockedIpModel::remainingText((59 * 60 + 59) * kSecondMs)});
}

void BlockedIpsPage::showMessage(std::function<QString()> text)
{
    m_messageText = std::move(text);
    m_message->setText(m_messageText());
}

QString BlockedIpsPage::title() const
{
    return tr("Blocked IPs");
}

QIcon BlockedIpsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("network-error"), style()->standardIcon(QStyle::SP_BrowserStop));
}

bool BlockedIpsPage::isAvailable() const
{
    return session().isSignedIn() && session().can(kFeature, Permission::kRead);
}

void BlockedIpsPage::activated()
{
    reload();
}

void BlockedIpsPage::navigate(const QVariantMap& args)
{
    if (args.contains(QStringLiteral("ip")))
        m_search->setText(args.value(QStringLiteral("ip")).toString());
    if (args.contains(QStringLiteral("block"))) {
        // After the navigation returns: the dialog runs its own event loop.
        QTimer::singleShot(0, this, [this, address = args.value(QStringLiteral("block")).toString()] {
            openBlockDialog(address);
        });
    }
}

void BlockedIpsPage::showEvent(QShowEvent* event)
{
    // Other processes cannot announce their changes; look while someone is looking.
    m_poll->start();
    Page::showEvent(event);
}

void BlockedIpsPage::hideEvent(QHideEvent* event)
{
    m_poll->stop();
    Page::hideEvent(event);
}

void BlockedIpsPage::reload()
{
    if (!isAvailable())
        return;
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    setBusy(true);
    auto work = session().executor().run(
        [&session = session(), &hub = session().hub()]() -> Result<QList<BlockedIp>> {
            if (const Status allowed = session.authorize(Permission{kFeature, Permission::kRead},
                                                         QStringLiteral("desktop/blocked-ips/list"));
                !allowed)
                return allowed.error();
            return hub.blockList().list();
        });
    whenFinished(work, this, [this](const Result<QList<BlockedIp>>& entries) {
        m_loading = false;
        setBusy(false);
        m_loadError = entries ? QString() : entries.errorMessage();
        if (entries)
            m_model->setEntries(*entries);
        updateStatus();
        if (m_reloadPending) {
            m_reloadPending = false;
            reload();
            return;
        }
        Q_EMIT reloaded();
    });
}

void BlockedIpsPage::updateActions()
{
    const int selected = int(selectedRows().size());
    const bool readable = isAvailable();
    m_blockAction->setEnabled(readable && session().can(kFeature, Permission::kCreate));
    m_unblockAction->setEnabled(readable && selected > 0 && session().can(kFeature, Permission::kDelete));
    m_allowListAction->setEnabled(readable);
    m_exportButton->setEnabled(readable);
    m_exportNginxAction->setEnabled(readable);
    m_exportPlainAction->setEnabled(readable);
    m_refreshAction->setEnabled(readable);
    m_copyAction->setEnabled(selected > 0);
    m_showInLogAction->setEnabled(selected == 1 &&
                                  session().can(QStringLiteral("security_log"), Permission::kRead));
}

void BlockedIpsPage::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (total == 0)
        //: %1 is the keyboard shortcut of Block…
        m_empty->setText(tr("No address is blocked.\n\nBlock one with Block… (%1); the intrusion detector "
                            "adds the addresses "
                            "it catches here on its own.")
                             .arg(m_blockAction->shortcut().toString(QKeySequence::NativeText)));
    else
        //: %1 is what the user typed in the search box
        m_empty->setText(tr("No block matches \"%1\".").arg(isolated(m_filter->searchText())));
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget*>(m_empty) : m_table);

    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (!m_loadError.isEmpty()) {
        //: %1 is the reason, a sentence from the service
        m_status->setText(tr("The block list could not be loaded: %1").arg(m_loadError));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Window).lightness() < 128
                                                   ? QColor(0xff, 0x8a, 0x80)
                                                   : QColor(0xb3, 0x26, 0x1e));
    } else {
        const QLocale locale;
        const QString permanent = locale.toString(m_model->permanentCount());
        if (shown == total)
            //: Status line: %Ln active blocks, %1 of them permanent
            m_status->setText(tr("%Ln blocked, %1 permanent", nullptr, total).arg(permanent));
        else
            //: Status line while searching: %Ln active blocks, %1 of them permanent, %2 match the search
            m_status->setText(tr("%Ln blocked, %1 permanent (%2 shown)", nullptr, total)
                                  .arg(permanent, locale.toString(shown)));
    }
    m_status->setPalette(palette);
    updateActions();
}

QList<int> BlockedIpsPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void BlockedIpsPage::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("contextMenu"));
    menu.addAction(m_blockAction);
    menu.addAction(m_unblockAction);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.addAction(m_showInLogAction);
    menu.addSeparator();
    menu.addAction(m_allowListAction);
    menu.addAction(m_refreshAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void BlockedIpsPage::openBlockDialog(const QString& address)
{
    if (!m_blockAction->isEnabled())
        return;
    BlockIpDialog dialog(session(), this);
    dialog.setExistingBlocks(m_model->entries());
    if (!address.isEmpty())
        dialog.setAddress(address);
    if (dialog.exec() != QDialog::Accepted || !dialog.blocked())
        return;
    showMessage([blocked = *dialog.blocked()] {
        const QString shown = leftToRight(blocked.range.toDisplayString());
        if (!blocked.expiresAtMs) {
            //: %1 is an address or network
            return tr("%1 blocked until unblocked.").arg(shown);
        }
        //: %1 is an address or network, %2 a date and time
        return tr("%1 blocked until %2.")
            .arg(shown, QLocale().toString(QDateTime::fromMSecsSinceEpoch(*blocked.expiresAtMs),
                                           QLocale::ShortFormat));
    });
    reload();
}

void BlockedIpsPage::unblockSelected()
{
    if (!m_unblockAction->isEnabled())
        return;
    QList<IpRange> ranges;
    QStringList shown;
    for (int row : selectedRows()) {
        ranges.append(m_model->entry(row).range);
        shown.append(m_model->entry(row).range.toDisplayString());
    }
    if (ranges.isEmpty())
        return;
    const QString question = ranges.size() == 1
                                 //: %1 is an address or network
                                 ? tr("Unblock %1?").arg(leftToRight(shown.constFirst()))
                                 : tr("Unblock %Ln addresses?", "always two or more", int(ranges.size()));
    QMessageBox box(QMessageBox::Question, tr("Unblock"), question, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDialog"));
    box.setInformativeText(tr("Requests from them are accepted again at once. The intrusion detector blocks "
                              "them again if the attacks go on."));
    if (ranges.size() > 1)
        box.setDetailedText(shown.join(QLatin1Char('\n')));
    QPushButton* unblock = box.addButton(tr("Unblock"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != unblock)
        return;
    setBusy(true);
    auto work = session().executor().run(
        [&session = session(), &hub = session().hub(), actor = session().actor(), ranges]() -> QStringList {
            if (const Status allowed = session.authorize(Permission{kFeature, Permission::kDelete},
                                                         QStringLiteral("desktop/blocked-ips/unblock"));
                !allowed)
                return {allowed.errorMessage()};
            QStringList failures;
            for (const IpRange& range : ranges) {
                if (const Status removed = hub.blockList().unblock(range, actor); !removed)
                    failures.append(removed.errorMessage());
            }
            return failures;
        });
    whenFinished(work, this, [this, shown](const QStringList& failures) {
        setBusy(false);
        reload();
        if (!failures.isEmpty()) {
            showError(tr("Unblock"), failures.join(QLatin1Char('\n')));
            return;
        }
        showMessage([shown] {
            if (shown.size() == 1) {
                //: %1 is an address or network
                return tr("%1 unblocked.").arg(leftToRight(shown.constFirst()));
            }
            return tr("%Ln blocks removed.", "always two or more", int(shown.size()));
        });
    });
}

void BlockedIpsPage::openAllowList()
{
    if (!m_allowListAction->isEnabled())
        return;
    AllowListDialog dialog(session(), this);
    dialog.exec();
}

void BlockedIpsPage::exportList(bool nginx)
{
    if (m_exportNginxAction->isEnabled())
        m_exporter->run(nginx ? BlockListExporter::Format::Nginx : BlockListExporter::Format::Plain);
}

void BlockedIpsPage::showInLog()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_showInLogAction->isEnabled())
        return;
    // The log keeps the address as text: a detector's block of a network is
    // logged under "203.0.113.0/24", a single address without the prefix.
    session().requestNavigation(
        QStringLiteral("log"),
        {{QStringLiteral("ip"), m_model->entry(rows.constFirst()).range.toDisplayString()}});
}

void BlockedIpsPage::copyAddresses()
{
    QStringList addresses;
    for (int row : selectedRows())
        addresses.append(m_model->entry(row).range.toDisplayString());
    if (!addresses.isEmpty())
        QApplication::clipboard()->setText(addresses.join(QLatin1Char('\n')));
}

void BlockedIpsPage::setBusy(bool busy)
{
    m_work += busy ? 1 : -1;
    m_busy->setVisible(m_work > 0);
}

void BlockedIpsPage::showError(const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.exec();
}

} // namespace nova::ui
