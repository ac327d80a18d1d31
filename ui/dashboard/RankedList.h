#pragma once

#include "dashboard/DashboardFigures.h"

#include <QListWidget>

namespace nova::ui {

// A top-N list drawn as bars (RankedBarDelegate): offending addresses or
// targeted user names with their counts. Clicking a row, or Enter/Space on
// the focused one, emits keyActivated with the address or name, for the
// page to open the security log filtered by it.
class RankedList : public QListWidget {
    Q_OBJECT
public:
    enum class Kind { Addresses, UserNames };

    explicit RankedList(Kind kind, QWidget* parent = nullptr);

    void setEntries(const QList<RankedCount>& entries);
    const QList<RankedCount>& entries() const { return m_entries; }
    // Painted in the empty list.
    void setEmptyText(const QString& text);

Q_SIGNALS:
    void keyActivated(const QString& key);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void describeItems();

    Kind m_kind;
    QList<RankedCount> m_entries;
    QString m_emptyText;
};

} // namespace nova::ui
