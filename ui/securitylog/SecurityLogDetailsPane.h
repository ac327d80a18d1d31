#pragma once

#include "securitylog/SecurityEvent.h"

#include <QList>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace nova::ui {

// Everything about the selected entry: its fields, the metadata as indented
// JSON, and its place in the hash chain (hash and previous hash in a
// monospaced font), with a button that copies the entry as text.
class SecurityLogDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit SecurityLogDetailsPane(QWidget* parent = nullptr);

    void showEntry(const SecurityLogEntry& entry);
    void clearEntry();
    // The entry as plain text, as the copy button puts it on the clipboard.
    QString entryText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    QLabel* addField(QLabel** caption);
    void alignValues();

    std::optional<SecurityLogEntry> m_entry;
    QList<QLabel*> m_values;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_idCaption = nullptr;
    QLabel* m_id = nullptr;
    QLabel* m_timeCaption = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_eventCaption = nullptr;
    QLabel* m_event = nullptr;
    QLabel* m_severityCaption = nullptr;
    QLabel* m_severity = nullptr;
    QLabel* m_outcomeCaption = nullptr;
    QLabel* m_outcome = nullptr;
    QLabel* m_userCaption = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_ipCaption = nullptr;
    QLabel* m_ip = nullptr;
    QLabel* m_agentCaption = nullptr;
    QLabel* m_agent = nullptr;
    QLabel* m_metadataCaption = nullptr;
    QPlainTextEdit* m_metadata = nullptr;
    QLabel* m_hashCaption = nullptr;
    QLineEdit* m_hash = nullptr;
    QLabel* m_prevHashCaption = nullptr;
    QLineEdit* m_prevHash = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace nova::ui
