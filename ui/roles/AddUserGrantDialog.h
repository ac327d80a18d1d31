#pragma once

#include "rbac/Permission.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QPushButton;
class QLabel;

namespace nova::ui {

// Feature, action and an optional expiry for a personal grant. The expiry
// must lie in the future (of the service's clock, passed in as nowMs);
// OK stays disabled until it does.
class AddUserGrantDialog : public QDialog {
    Q_OBJECT
public:
    AddUserGrantDialog(const QString& username, qint64 nowMs, QWidget* parent = nullptr);

    Permission permission() const;
    std::optional<qint64> expiresAtMs() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();

    QString m_username;
    qint64 m_nowMs;
    QLabel* m_intro = nullptr;
    QLabel* m_featureLabel = nullptr;
    QComboBox* m_feature = nullptr;
    QLabel* m_actionLabel = nullptr;
    QComboBox* m_action = nullptr;
    QCheckBox* m_expires = nullptr;
    QDateTimeEdit* m_expiry = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace nova::ui
