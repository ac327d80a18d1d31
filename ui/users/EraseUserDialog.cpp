#include "EraseUserDialog.h"

#include "Bidi.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace nova::ui {

EraseUserDialog::EraseUserDialog(const QString& username, QWidget* parent)
    : QDialog(parent)
    , m_username(username)
{
    setObjectName(QStringLiteral("eraseUserDialog"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("eraseExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("eraseConfirmName"));
    // A Latin user name is typed left to right even in an Arabic layout.
    m_typed->setLayoutDirection(Qt::LeftToRight);
    m_prompt->setBuddy(m_typed);

    auto* buttons = new QDialogButtonBox(this);
    // Own buttons: a standard button's text would be reset on a language change.
    m_erase = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this, &EraseUserDialog::updateButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_prompt);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);
    retranslate();
    updateButton();
    setMinimumWidth(460);
}

void EraseUserDialog::updateButton()
{
    m_erase->setEnabled(m_typed->text().trimmed() == m_username);
}

void EraseUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EraseUserDialog::retranslate()
{
    setWindowTitle(tr("Erase Personal Data"));
    m_explanation->setText(
        tr("Erasing %1 deletes the account with its two-factor secrets and grants, and replaces their name, "
           "e-mail and phone number in the security log, alerts and block list with a pseudonym. The log "
           "stays verifiable. This cannot be undone; archives and backups made before keep what they hold.")
            .arg(isolated(m_username)));
    m_prompt->setText(tr("Type the user name %1 to confirm:").arg(isolated(m_username)));
    m_typed->setPlaceholderText(m_username);
    m_erase->setText(tr("&Erase"));
    m_erase->setToolTip(tr("Enabled once the user name is typed exactly"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace nova::ui
