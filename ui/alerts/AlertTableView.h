#pragma once

#include <QPersistentModelIndex>
#include <QTableView>

namespace nova::ui {

// The table of live alerts. Rows have a fixed height and columns fixed
// widths, so an arriving batch never makes the view measure its rows; and a
// user reading further down keeps their place while new alerts arrive above.
class AlertTableView : public QTableView {
    Q_OBJECT
public:
    explicit AlertTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    // Sizes the columns for the font and a typical time text.
    void adjustColumns(const QString& sampleTime);

private:
    void rememberReadingPosition(int firstInserted);
    void restoreReadingPosition();

    // The row at the top of the view while the user reads further down.
    QPersistentModelIndex m_readingAnchor;
};

} // namespace nova::ui
