#include "AllowListDialog.h"

#include "Bidi.h"
#include "IpRangeInput.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "blocklist/IpBlockList.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

const QString kFeature = QStringLiteral("blocked_ips");

} // namespace

AllowListDialog::AllowListDialog(UiSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_range(new IpRangeInput(this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("allowListDialog"));
    m_list->setObjectName(QStringLiteral("allowList"));
    m_range->setObjectName(QStringLiteral("allowRangeInput"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));

    m_intro->setWordWrap(true);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_note->setMaxLength(200);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, errorPalette.color(QPalette::Window).lightness() < 128
                                                    ? QColor(0xff, 0x8a, 0x80)
                                                    : QColor(0xb3, 0x26, 0x1e));
    m_error->setPalette(errorPalette);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_add->setDefault(true);

    m_removeAction = new QAction(this);
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_removeAction);
    connect(m_removeAction, &QAction::triggered, this, &AllowListDialog::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AllowListDialog::updateButtons);

    auto* addRow = new QGridLayout;
    addRow->addWidget(m_range, 0, 0, 2, 1);
    addRow->addWidget(m_note, 0, 1);
    addRow->addWidget(m_add, 0, 2);
    addRow->setColumnStretch(0, 3);
    addRow->setColumnStretch(1, 2);

    auto* listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    m_range->setCheck([](const IpRange& range) -> std::optional<QString> {
        if (IpBlockList::isTooBroad(range)) {
            //: %1 is a network in CIDR notation
            return tr("%1 is too large a network for the allow-list: it would stop blocking for a large part "
                      "of the internet.")
                .arg(leftToRight(range.toString()));
        }
        return std::nullopt;
    });
    connect(m_range, &IpRangeInput::validityChanged, this, &AllowListDialog::updateButtons);
    connect(m_range->lineEdit(), &QLineEdit::returnPressed, this, &AllowListDialog::addEntry);
    connect(m_note, &QLineEdit::returnPressed, this, &AllowListDialog::addEntry);
    connect(m_add, &QPushButton::clicked, this, &AllowListDialog::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &AllowListDialog::removeSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AllowListDialog::reject);
    connect(&m_session, &UiSession::permissionsChanged, this, &AllowListDialog::updateButtons);

    retranslate();
    resize(640, 440);
    updateButtons();
    reload();
}

void AllowListDialog::retranslate()
{
    setWindowTitle(tr("Allow-List"));
    m_intro->setText(tr("Addresses and networks on the allow-list are never blocked, not by hand and not by "
                        "the detector: the office network, monitoring, the CRM's own servers."));
    m_list->setHeaderLabels({tr("Address or network"), tr("Note"), tr("Added")});
    m_note->setPlaceholderText(tr("Note, e.g. office network"));
    m_note->setToolTip(tr("What the address is, so others know why it is allowed."));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove…"));
    //: %1 is a keyboard shortcut
    m_remove->setToolTip(tr("Remove the selected entries from the allow-list (%1).")
                             .arg(m_removeAction->shortcut().toString(QKeySequence::NativeText)));
    m_removeAction->setText(tr("Remove…"));
    m_range->retranslate();
    showEntries(m_entries);
}

void AllowListDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool AllowListDialog::canEdit() const
{
    return m_session.can(kFeature, Permission::kManage);
}

void AllowListDialog::updateButtons()
{
    const bool idle = m_pending == 0;
    m_add->setEnabled(idle && canEdit() && m_range->isValid());
    if (canEdit())
        m_add->setToolTip(tr("Put the address or network on the allow-list."));
    else
        //: "blocked_ips:manage" is the permission's name and stays as it is
        m_add->setToolTip(tr("Changing the allow-list needs the blocked_ips:manage permission."));
    m_remove->setEnabled(idle && canEdit() && !m_list->selectedItems().isEmpty());
    m_removeAction->setEnabled(m_remove->isEnabled());
    m_range->setEnabled(canEdit());
    m_note->setEnabled(canEdit());
}

void AllowListDialog::setBusy(bool busy)
{
    m_pending += busy ? 1 : -1;
    m_busy->setVisible(m_pending > 0);
    updateButtons();
}

void AllowListDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void AllowListDialog::reload()
{
    setBusy(true);
    auto work = m_session.executor().run(
        [&session = m_session, &hub = m_session.hub()]() -> Result<QList<AllowedIp>> {
            if (const Status allowed = session.authorize(Permission{kFeature, Permission::kRead},
                                                         QStringLiteral("desktop/blocked-ips/allow-list"));
                !allowed)
                return allowed.error();
            return hub.blockList().allowed();
        });
    whenFinished(work, this, [this](const Result<QList<AllowedIp>>& entries) {
        setBusy(false);
        if (!entries)
            showError(entries.errorMessage());
        else
            showEntries(*entries);
        Q_EMIT loaded();
    });
}

void AllowListDialog::showEntries(const QList<AllowedIp>& entries)
{
    m_entries = entries;
    m_list->clear();
    for (const AllowedIp& entry : entries) {
        auto* item = new QTreeWidgetItem(m_list);
        // Isolated: an IPv6 address would be reordered in a right-to-left row.
        item->setText(0, leftToRight(entry.range.toDisplayString()));
        item->setData(0, Qt::UserRole, entry.range.toString());
        item->setText(1, entry.note);
        item->setToolTip(1, entry.note);
        item->setText(
            2, QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.createdAtMs), QLocale::ShortFormat));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(2);
    updateButtons();
}

void AllowListDialog::addEntry()
{
    if (!m_add->isEnabled())
        return;
    const IpRange range = m_range->range();
    showError({});
    setBusy(true);
    auto work =
        m_session.executor().run([&session = m_session, &hub = m_session.hub(), actor = m_session.actor(),
                                  range, note = m_note->text().trimmed()]() -> Result<AllowedIp> {
            if (const Status allowed = session.authorize(Permission{kFeature, Permission::kManage},
                                                         QStringLiteral("desktop/blocked-ips/allow"));
                !allowed)
                return allowed.error();
            return hub.blockList().allow(range, note, actor);
        });
    whenFinished(work, this, [this](const Result<AllowedIp>& added) {
        setBusy(false);
        if (!added) {
            showError(added.errorMessage());
            return;
        }
        m_range->setText({});
        m_note->clear();
        reload();
    });
}

void AllowListDialog::removeSelected()
{
    if (!m_remove->isEnabled())
        return;
    QList<IpRange> ranges;
    QStringList shown;
    for (const QTreeWidgetItem* item : m_list->selectedItems()) {
        if (const auto range = IpRange::parse(item->data(0, Qt::UserRole).toString())) {
            ranges.append(*range);
            shown.append(range->toDisplayString());
        }
    }
    if (ranges.isEmpty())
        return;
    const QString question =
        ranges.size() == 1
            //: %1 is an address or network
            ? tr("Remove %1 from the allow-list?").arg(leftToRight(shown.constFirst()))
            : tr("Remove %Ln entries from the allow-list?", "always two or more", int(ranges.size()));
    QMessageBox box(QMessageBox::Question, tr("Remove from Allow-List"), question, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDialog"));
    box.setInformativeText(tr("They can be blocked again afterwards, by hand or by the detector."));
    if (ranges.size() > 1)
        box.setDetailedText(shown.join(QLatin1Char('\n')));
    QPushButton* remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    showError({});
    setBusy(true);
    auto work = m_session.executor().run(
        [&session = m_session, &hub = m_session.hub(), actor = m_session.actor(), ranges]() -> Status {
            if (const Status allowed = session.authorize(Permission{kFeature, Permission::kManage},
                                                         QStringLiteral("desktop/blocked-ips/disallow"));
                !allowed)
                return allowed;
            for (const IpRange& range : ranges) {
                if (const Status removed = hub.blockList().disallow(range, actor); !removed)
                    return removed;
            }
            return {};
        });
    whenFinished(work, this, [this](const Status& removed) {
        setBusy(false);
        if (!removed)
            showError(removed.errorMessage());
        reload();
    });
}

} // namespace nova::ui
