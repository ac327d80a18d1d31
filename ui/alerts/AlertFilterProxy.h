#pragma once

#include "Severity.h"

#include <QSortFilterProxyModel>

namespace nova::ui {

// Filters the live alerts by a minimum severity and by text (message in
// either language, type, address, user). Keeps the source order, newest
// first; an arriving batch is filtered row by row, never by a reset.
class AlertFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AlertFilterProxy(QObject* parent = nullptr);

    Severity minimumSeverity() const { return m_minimum; }
    void setMinimumSeverity(Severity minimum);
    QString text() const { return m_text; }
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Severity m_minimum = Severity::Info;
    QString m_text;
};

} // namespace nova::ui
