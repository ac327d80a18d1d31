#include "AddUserGrantDialog.h"

#include "Bidi.h"
#include "PermissionText.h"
#include "widgets/DateTimeEditFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace nova::ui {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
} // namespace

AddUserGrantDialog::AddUserGrantDialog(const QString& username, qint64 nowMs, QWidget* parent)
    : QDialog(parent)
    , m_username(username)
    , m_nowMs(nowMs)
{
    setObjectName(QStringLiteral("addGrantDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* form = new QFormLayout;
    m_featureLabel = new QLabel(this);
    m_feature = new QComboBox(this);
    m_feature->setObjectName(QStringLiteral("grantFeature"));
    for (const QString& feature : Permission::knownFeatures())
        m_feature->addItem(QString(), feature);
    m_featureLabel->setBuddy(m_feature);
    m_actionLabel = new QLabel(this);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("grantAction"));
    for (const QString& action : Permission::knownActions())
        m_action->addItem(QString(), action);
    m_action->setCurrentIndex(static_cast<int>(Permission::knownActions().indexOf(Permission::kRead)));
    m_actionLabel->setBuddy(m_action);

    m_expires = new QCheckBox(this);
    m_expires->setObjectName(QStringLiteral("grantExpires"));
    m_expiry = new QDateTimeEdit(this);
    m_expiry->setObjectName(QStringLiteral("grantExpiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDateTime(QDateTime::fromMSecsSinceEpoch(m_nowMs + 7 * kDayMs).toLocalTime());
    m_expiry->setEnabled(false);

    form->addRow(m_featureLabel, m_feature);
    form->addRow(m_actionLabel, m_action);
    form->addRow(m_expires, m_expiry);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("grantProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    layout->addWidget(m_problem);

    // Our own accept button: a standard Ok would get its default text back
    // from the button box on every language change.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("grantOk"));
    m_ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(m_expires, &QCheckBox::toggled, this, &AddUserGrantDialog::validate);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &AddUserGrantDialog::validate);
    retranslate();
    setMinimumWidth(440);
}

Permission AddUserGrantDialog::permission() const
{
    return Permission{m_feature->currentData().toString(), m_action->currentData().toString()};
}

std::optional<qint64> AddUserGrantDialog::expiresAtMs() const
{
    if (!m_expires->isChecked())
        return std::nullopt;
    return m_expiry->dateTime().toMSecsSinceEpoch();
}

void AddUserGrantDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AddUserGrantDialog::retranslate()
{
    setWindowTitle(tr("Add grant"));
    //: %1 is a user name
    m_intro->setText(
        tr("A personal grant gives %1 a permission on top of their role.").arg(isolated(m_username)));
    m_featureLabel->setText(tr("&Feature:"));
    m_actionLabel->setText(tr("&Action:"));
    for (int i = 0; i < m_feature->count(); ++i) {
        const QString feature = m_feature->itemData(i).toString();
        m_feature->setItemText(i, PermissionText::featureName(feature));
        m_feature->setItemData(i, PermissionText::featureDescription(feature), Qt::ToolTipRole);
    }
    for (int i = 0; i < m_action->count(); ++i) {
        const QString action = m_action->itemData(i).toString();
        m_action->setItemText(i, PermissionText::actionName(action));
        m_action->setItemData(i, PermissionText::actionDescription(action), Qt::ToolTipRole);
    }
    m_expires->setText(tr("&Expires at:"));
    m_expires->setToolTip(tr("Without an expiry the grant lasts until it is revoked."));
    m_expiry->setToolTip(tr("In your local time; it must lie in the future."));
    // The editor formats with its own locale: a language switch while the
    // dialog is open must reach its digits and month names too.
    applyDateTimeEditFormat(m_expiry);
    m_ok->setText(tr("Add grant"));
    validate();
}

void AddUserGrantDialog::validate()
{
    const std::optional<qint64> expiry = expiresAtMs();
    const bool inFuture = !expiry || *expiry > m_nowMs;
    m_problem->setText(inFuture ? QString() : tr("The expiry time must lie in the future."));
    m_problem->setVisible(!inFuture);
    m_ok->setEnabled(inFuture);
}

} // namespace nova::ui
