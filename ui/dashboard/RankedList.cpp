#include "RankedList.h"

#include "Bidi.h"
#include "PluralCount.h"
#include "RankedBarDelegate.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace nova::ui {

RankedList::RankedList(Kind kind, QWidget* parent)
    : QListWidget(parent)
    , m_kind(kind)
{
    const bool addresses = kind == Kind::Addresses;
    setItemDelegate(new RankedBarDelegate(
        addresses, addresses ? QColor(0xd0, 0x2b, 0x2b) : QColor(0x7b, 0x1f, 0xa2), this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    viewport()->setCursor(Qt::PointingHandCursor);
    // Room for five rows; the list scrolls to the rest of its ten.
    setMinimumHeight(5 * (fontMetrics().height() + 8) + 2 * frameWidth() + 4);
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT keyActivated(item->data(Qt::DisplayRole).toString()); });
}

void RankedList::setEntries(const QList<RankedCount>& entries)
{
    m_entries = entries;
    const QString current = currentItem() ? currentItem()->text() : QString();
    clear();
    qint64 largest = 0;
    for (const RankedCount& entry : entries)
        largest = std::max(largest, entry.count);
    for (const RankedCount& entry : entries) {
        auto* item = new QListWidgetItem(entry.key, this);
        item->setData(RankedBarDelegate::kCountRole, entry.count);
        item->setData(RankedBarDelegate::kMaximumRole, largest);
        if (entry.key == current)
            setCurrentItem(item);
    }
    describeItems();
    viewport()->update();
}

void RankedList::setEmptyText(const QString& text)
{
    m_emptyText = text;
    viewport()->update();
}

void RankedList::describeItems()
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* each = item(row);
        const QString key = each->data(Qt::DisplayRole).toString();
        const int times = pluralCount(each->data(RankedBarDelegate::kCountRole).toLongLong());
        const QString counted = m_kind == Kind::Addresses
                                    //: %1 is an IP address
                                    ? tr("%1: %Ln offences", nullptr, times).arg(leftToRight(key))
                                    //: %1 is a user name
                                    : tr("%1: %Ln failed sign-ins", nullptr, times).arg(isolated(key));
        each->setData(Qt::AccessibleTextRole, counted);
        each->setToolTip(counted + QLatin1Char('\n') + tr("Click to show these entries in the security log"));
    }
}

void RankedList::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (QListWidgetItem* current = currentItem()) {
            Q_EMIT keyActivated(current->data(Qt::DisplayRole).toString());
            return;
        }
        break;
    default:
        break;
    }
    QListWidget::keyPressEvent(event);
}

void RankedList::paintEvent(QPaintEvent* event)
{
    QListWidget::paintEvent(event);
    if (count() > 0 || m_emptyText.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                     m_emptyText);
}

void RankedList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        describeItems();
    QListWidget::changeEvent(event);
}

} // namespace nova::ui
