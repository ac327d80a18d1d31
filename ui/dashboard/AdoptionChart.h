#pragma once

#include "DescribedChart.h"
#include "dashboard/DashboardFigures.h"

namespace nova::ui {

// Two-factor adoption at a glance: a ring with the share of accounts that
// have TOTP enabled, and a bar per role with its own share. Mirrored in a
// right-to-left layout; numbers and percentages in the widget's locale.
class AdoptionChart : public DescribedChart {
    Q_OBJECT
public:
    explicit AdoptionChart(QWidget* parent = nullptr);

    void setAdoption(const TwoFactorAdoption& adoption);
    const TwoFactorAdoption& adoption() const { return m_adoption; }
    // "43%" in the widget's locale.
    QString shareText(double share) const;
    // The bar row of roles().at(index), in widget coordinates.
    QRect roleRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void updateAccessibleDescription() override;
    // Over a role's row, that role; elsewhere the whole description.
    std::optional<ToolTip> toolTipAt(const QPoint& position) const override;
    void paintEvent(QPaintEvent* event) override;

private:
    int ringSize() const;
    int rowHeight() const;
    QString roleText(const RoleAdoption& role) const;

    TwoFactorAdoption m_adoption;
};

} // namespace nova::ui
