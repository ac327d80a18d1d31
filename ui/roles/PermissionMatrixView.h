#pragma once

#include <QTableView>

namespace nova::ui {

class PermissionMatrixModel;

// The grid for PermissionMatrixModel: group headings spanning the row,
// action columns of equal width sized to their headings, the feature column
// taking the rest; arrows move between cells and Space toggles.
class PermissionMatrixView : public QTableView {
    Q_OBJECT
public:
    explicit PermissionMatrixView(QWidget* parent = nullptr);

    void setMatrixModel(PermissionMatrixModel* model);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applySpansAndSizes();

    PermissionMatrixModel* m_model = nullptr;
};

} // namespace nova::ui
