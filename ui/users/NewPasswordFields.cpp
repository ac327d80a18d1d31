#include "NewPasswordFields.h"

#include "widgets/PasswordStrengthMeter.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

namespace nova::ui {

NewPasswordFields::NewPasswordFields(const nova::PasswordPolicy& policy, QFormLayout* form, QWidget* parent)
    : QObject(parent)
    , m_passwordLabel(new QLabel(parent))
    , m_password(new QLineEdit(parent))
    , m_confirmLabel(new QLabel(parent))
    , m_confirm(new QLineEdit(parent))
    , m_mismatch(new QLabel(parent))
    , m_meter(new PasswordStrengthMeter(policy, parent))
{
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_confirm->setObjectName(QStringLiteral("passwordConfirmEdit"));
    m_mismatch->setObjectName(QStringLiteral("passwordMismatch"));
    for (QLineEdit* edit : {m_password, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    m_reveal = m_password->addAction(
        QIcon::fromTheme(QStringLiteral("password-show-on"),
                         parent->style()->standardIcon(QStyle::SP_FileDialogContentsView)),
        QLineEdit::TrailingPosition);
    m_reveal->setObjectName(QStringLiteral("revealPassword"));
    m_reveal->setCheckable(true);
    connect(m_reveal, &QAction::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_confirm->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_mismatch->setWordWrap(true);
    QPalette warning = m_mismatch->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_mismatch->setPalette(warning);
    m_mismatch->hide();
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);

    auto* confirmBox = new QWidget(parent);
    auto* confirmLayout = new QVBoxLayout(confirmBox);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->setSpacing(2);
    confirmLayout->addWidget(m_confirm);
    confirmLayout->addWidget(m_mismatch);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_confirmLabel, confirmBox);
    form->addRow(QString(), m_meter);

    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordFields::refresh);
    connect(m_confirm, &QLineEdit::textChanged, this, &NewPasswordFields::refresh);
    retranslate();
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

void NewPasswordFields::setUsername(const QString& username)
{
    if (username == m_username)
        return;
    m_username = username;
    refresh();
}

void NewPasswordFields::setEnabled(bool enabled)
{
    m_password->setEnabled(enabled);
    m_confirm->setEnabled(enabled);
}

void NewPasswordFields::retranslate()
{
    m_passwordLabel->setText(tr("Pass&word:"));
    m_confirmLabel->setText(tr("Re&peat:"));
    m_password->setPlaceholderText(tr("New password"));
    m_confirm->setPlaceholderText(tr("The same password again"));
    m_reveal->setText(tr("Show password"));
    m_reveal->setToolTip(tr("Show or hide the password"));
    m_mismatch->setText(tr("The two passwords differ."));
}

void NewPasswordFields::refresh()
{
    m_meter->setPassword(m_password->text(), m_username);
    // While the second entry is still a beginning of the first, it is being
    // typed, not wrong: no warning flashing at every key.
    const QString first = m_password->text();
    const QString second = m_confirm->text();
    const bool differ = first != second;
    m_mismatch->setVisible(!second.isEmpty() && differ &&
                           (second.size() >= first.size() || !first.startsWith(second)));
    const bool acceptable = m_meter->isAcceptable() && !differ;
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT acceptableChanged(m_acceptable);
    }
}

} // namespace nova::ui
