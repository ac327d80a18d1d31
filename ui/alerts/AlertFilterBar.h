#pragma once

#include "Severity.h"

#include <QKeySequence>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace nova::ui {

// The row above the live alerts: a minimum severity, a text filter and a
// short status (how many are shown, loading, paused).
class AlertFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit AlertFilterBar(QWidget* parent = nullptr);

    Severity minimumSeverity() const;
    void setMinimumSeverity(Severity minimum);
    QString text() const;
    void setText(const QString& text);
    void setStatus(const QString& status);
    // Named in the filter's placeholder.
    void setFindShortcut(const QKeySequence& shortcut);
    void focusText();

Q_SIGNALS:
    void minimumSeverityChanged(nova::Severity minimum);
    void textChanged(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_severityLabel = nullptr;
    QComboBox* m_severity = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_status = nullptr;
    QKeySequence m_findShortcut;
};

} // namespace nova::ui
