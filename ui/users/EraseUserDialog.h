#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nova::ui {

// Asks before a data-protection erasure. Erasing cannot be undone, so the
// admin types the user name to confirm rather than clicking through a
// question they may have answered a hundred times that day.
class EraseUserDialog : public QDialog {
    Q_OBJECT
public:
    EraseUserDialog(const QString& username, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButton();

    QString m_username;
    QLabel* m_explanation = nullptr;
    QLabel* m_prompt = nullptr;
    QLineEdit* m_typed = nullptr;
    QPushButton* m_erase = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace nova::ui
