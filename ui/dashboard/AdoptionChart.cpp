#include "AdoptionChart.h"

#include "PluralCount.h"
#include "roles/PermissionText.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nova::ui {

namespace {

constexpr int kGap = 10;
const QColor kEnabled(0x2e, 0x7d, 0x32);

double shareOf(const RoleAdoption& role)
{
    return role.users > 0 ? double(role.enabled) / double(role.users) : 0.0;
}

} // namespace

AdoptionChart::AdoptionChart(QWidget* parent)
    : DescribedChart(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateAccessibleDescription();
}

void AdoptionChart::setAdoption(const TwoFactorAdoption& adoption)
{
    m_adoption = adoption;
    updateAccessibleDescription();
    updateGeometry();
    update();
}

QString AdoptionChart::shareText(double share) const
{
    const QLocale here = locale();
    return here.toString(qRound(share * 100)) + here.percent();
}

int AdoptionChart::ringSize() const
{
    return std::clamp(contentsRect().height() - 4, 60, 140);
}

int AdoptionChart::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QRect AdoptionChart::roleRect(int index) const
{
    const QRect area = contentsRect();
    const int start = area.left() + ringSize() + 2 * kGap;
    const QRect logical(start, area.top() + fontMetrics().height() + kGap + index * rowHeight(),
                        std::max(0, area.right() - start), rowHeight());
    return QStyle::visualRect(layoutDirection(), area, logical);
}

QString AdoptionChart::roleText(const RoleAdoption& role) const
{
    //: %1 is a role; then how many of its users have two-factor authentication, e.g. "Broker: 3 of 12 users"
    return tr("%1: %2 of %Ln users", nullptr, pluralCount(role.users))
        .arg(PermissionText::roleName(role.role), locale().toString(role.enabled));
}

void AdoptionChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = contentsRect();
    const Qt::LayoutDirection direction = layoutDirection();
    const QFontMetrics metrics = fontMetrics();

    // The ring: a grey track and the enabled share clockwise from twelve
    // o'clock (counter-clockwise in a right-to-left layout).
    const int size = ringSize();
    const QRect ringBox =
        QStyle::visualRect(direction, area, QRect(area.left() + kGap / 2, area.top() + 2, size, size));
    const qreal thickness = size / 7.0;
    const QRectF ring =
        QRectF(ringBox).adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2);
    QColor track = palette().color(QPalette::WindowText);
    track.setAlpha(28);
    painter.setPen(QPen(track, thickness, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring);
    const double share = m_adoption.share();
    if (share > 0) {
        painter.setPen(QPen(kEnabled, thickness, Qt::SolidLine, Qt::RoundCap));
        const int span = static_cast<int>(std::lround(share * 360 * 16));
        painter.drawArc(ring, 90 * 16, direction == Qt::RightToLeft ? span : -span);
    }
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.8);
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(ringBox, Qt::AlignCenter, shareText(share));
    painter.setFont(font());

    // The overall figure as a sentence, then one bar per role.
    const int start = area.left() + size + 2 * kGap;
    const QRect heading(start, area.top(), std::max(0, area.right() - start), metrics.height());
    //: How many of the accounts that may sign in have two-factor authentication
    const QString overall =
        tr("%1 of %Ln users have two-factor authentication", nullptr, pluralCount(m_adoption.users))
            .arg(locale().toString(m_adoption.enabled));
    painter.drawText(QStyle::visualRect(direction, area, heading),
                     QStyle::visualAlignment(direction, Qt::AlignLeft | Qt::AlignVCenter),
                     metrics.elidedText(overall, Qt::ElideRight, heading.width()));

    int nameWidth = 0;
    for (const RoleAdoption& role : m_adoption.roles)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(PermissionText::roleName(role.role)));
    const int figureWidth =
        metrics.horizontalAdvance(QStringLiteral("100%") + locale().toString(9999)) + kGap;
    for (int index = 0; index < m_adoption.roles.size(); ++index) {
        const RoleAdoption& role = m_adoption.roles.at(index);
        const QRect row(start, area.top() + metrics.height() + kGap + index * rowHeight(),
                        std::max(0, area.right() - start), rowHeight());
        const QRect name(row.left(), row.top(), nameWidth, row.height());
        const int barLeft = name.right() + kGap;
        const int barWidth = std::max(10, row.right() - figureWidth - kGap - barLeft);
        const QRect bar(barLeft, row.center().y() - 6, barWidth, 12);
        const QRect filled(barLeft, bar.top(), static_cast<int>(barWidth * shareOf(role)), bar.height());
        const QRect figure(row.right() - figureWidth, row.top(), figureWidth, row.height());

        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QStyle::visualRect(direction, area, name),
                         QStyle::visualAlignment(direction, Qt::AlignLeft | Qt::AlignVCenter),
                         PermissionText::roleName(role.role));
        painter.setPen(Qt::NoPen);
        painter.setBrush(track);
        painter.drawRoundedRect(QStyle::visualRect(direction, area, bar), 3, 3);
        if (filled.width() > 0) {
            painter.setBrush(kEnabled);
            painter.drawRoundedRect(QStyle::visualRect(direction, area, filled), 3, 3);
        }
        painter.setPen(palette().color(QPalette::WindowText));
        //: A role's share of users with two-factor authentication and how many that is, e.g. "25% (1/4)"
        const QString text = tr("%1 (%2/%3)")
                                 .arg(shareText(shareOf(role)), locale().toString(role.enabled),
                                      locale().toString(role.users));
        painter.drawText(QStyle::visualRect(direction, area, figure),
                         QStyle::visualAlignment(direction, Qt::AlignRight | Qt::AlignVCenter), text);
    }
}

std::optional<DescribedChart::ToolTip> AdoptionChart::toolTipAt(const QPoint& position) const
{
    for (int index = 0; index < m_adoption.roles.size(); ++index)
        if (roleRect(index).contains(position))
            return ToolTip{roleText(m_adoption.roles.at(index)), roleRect(index)};
    return ToolTip{accessibleDescription(), QRect()};
}

void AdoptionChart::updateAccessibleDescription()
{
    QStringList parts{
        tr("%1 of %Ln users have two-factor authentication", nullptr, pluralCount(m_adoption.users))
            .arg(locale().toString(m_adoption.enabled))};
    for (const RoleAdoption& role : m_adoption.roles)
        parts.append(roleText(role));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

// Every role's row fits: the scroll area around the dashboard scrolls
// rather than clip the last roles.
QSize AdoptionChart::sizeHint() const
{
    return {460, minimumSizeHint().height()};
}

QSize AdoptionChart::minimumSizeHint() const
{
    const int rows = static_cast<int>(m_adoption.roles.size());
    return {300, std::max(120, fontMetrics().height() + kGap + rows * rowHeight() + 4)};
}

} // namespace nova::ui
