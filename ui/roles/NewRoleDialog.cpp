#include "NewRoleDialog.h"

#include "PermissionText.h"
#include "rbac/RoleService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace nova::ui {

NewRoleDialog::NewRoleDialog(const QList<nova::Role>& existing, QWidget* parent)
    : QDialog(parent)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("newRoleDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("roleName"));
    m_name->setMaxLength(40);
    // Only what a role name may hold can be typed; the length and
    // uniqueness are told below the field as the user types.
    m_name->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9_-]*")), m_name));
    // An identifier in Latin letters: it reads left to right in an Arabic layout too.
    m_name->setLayoutDirection(Qt::LeftToRight);
    m_nameLabel->setBuddy(m_name);
    m_nameHint = new QLabel(this);
    m_nameHint->setObjectName(QStringLiteral("roleNameHint"));
    m_nameHint->setWordWrap(true);
    m_nameHint->setEnabled(false);

    m_descriptionLabel = new QLabel(this);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("roleDescription"));
    m_description->setMaxLength(200);
    m_descriptionLabel->setBuddy(m_description);

    m_copyLabel = new QLabel(this);
    m_copyFrom = new QComboBox(this);
    m_copyFrom->setObjectName(QStringLiteral("copyGrantsFrom"));
    m_copyFrom->addItem(QString());
    for (const nova::Role& role : m_existing)
        m_copyFrom->addItem(PermissionText::roleName(role.name), role.name);
    m_copyLabel->setBuddy(m_copyFrom);

    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_copyLabel, m_copyFrom);
    layout->addLayout(form);

    // Our own accept button: a standard Ok would get its default text back
    // from the button box on every language change.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("createRoleButton"));
    m_ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewRoleDialog::validate);
    retranslate();
    validate();
    setMinimumWidth(460);
}

QString NewRoleDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewRoleDialog::description() const
{
    return m_description->text().trimmed();
}

QString NewRoleDialog::copiedFrom() const
{
    return m_copyFrom->currentData().toString();
}

QList<Permission> NewRoleDialog::copiedGrants() const
{
    const QString from = copiedFrom();
    for (const nova::Role& role : m_existing) {
        if (role.name == from)
            return role.grants;
    }
    return {};
}

void NewRoleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NewRoleDialog::retranslate()
{
    setWindowTitle(tr("New role"));
    m_nameLabel->setText(tr("&Name:"));
    //: Placeholder of the role name field; role names are typed in Latin letters, so keep "auditor"
    m_name->setPlaceholderText(tr("e.g. auditor"));
    m_name->setToolTip(tr("2 to 40 characters: lower-case letters a–z, digits, '_' or '-'."));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setPlaceholderText(tr("What the role is for"));
    m_copyLabel->setText(tr("&Start from:"));
    m_copyFrom->setItemText(0, tr("No permissions"));
    m_copyFrom->setToolTip(tr("Copy the permissions of an existing role into the new one."));
    m_ok->setText(tr("Create role"));
    validate();
}

void NewRoleDialog::validate()
{
    const QString text = name();
    QString problem;
    if (text.isEmpty()) {
        problem = tr("2 to 40 characters: lower-case letters a–z, digits, '_' or '-'.");
    } else if (const Status valid = RoleService::validateRoleName(text); !valid) {
        problem = valid.errorMessage();
    } else {
        for (const nova::Role& role : std::as_const(m_existing)) {
            if (role.name == text)
                problem = tr("A role with this name already exists.");
        }
    }
    m_nameHint->setText(problem);
    m_nameHint->setVisible(!problem.isEmpty());
    const bool acceptable = !text.isEmpty() && problem.isEmpty();
    m_ok->setEnabled(acceptable);
}

} // namespace nova::ui
