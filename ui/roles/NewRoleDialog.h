#pragma once

#include "rbac/Role.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QPushButton;
class QLabel;
class QLineEdit;

namespace nova::ui {

// Name (validated as typed with RoleService's rule), description, and
// optionally the grants of an existing role to start from.
class NewRoleDialog : public QDialog {
    Q_OBJECT
public:
    // `existing`: the roles to copy from and whose names are taken.
    explicit NewRoleDialog(const QList<nova::Role>& existing, QWidget* parent = nullptr);

    QString name() const;
    QString description() const;
    // Empty when starting without grants.
    QList<Permission> copiedGrants() const;
    QString copiedFrom() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();

    QList<nova::Role> m_existing;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameHint = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_copyLabel = nullptr;
    QComboBox* m_copyFrom = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace nova::ui
