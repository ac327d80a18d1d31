#include "WelcomePage.h"

#include "Bidi.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace nova::ui {

WelcomePage::WelcomePage(const QString& databaseDescription, QWidget* parent)
    : QWizardPage(parent)
    , m_database(databaseDescription)
    , m_body(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(m_body);
    layout->addWidget(m_databaseLabel);
    layout->addStretch();
    retranslate();
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslate()
{
    setTitle(tr("Welcome to Nova Admin"));
    setSubTitle(tr("This database has no users yet. Setup creates the first administrator."));
    m_body->setText(tr("<p>In three short steps you will:</p>"
                       "<ol><li>create the administrator account, with a strong password;</li>"
                       "<li>turn on two-factor sign-in for it with an authenticator app on your phone "
                       "(have it at hand);</li>"
                       "<li>keep the backup codes that let you in if the phone is lost.</li></ol>"
                       "<p>Every step is written to the security log.</p>"));
    m_databaseLabel->setText(tr("Database: %1").arg(leftToRight(m_database)));
}

} // namespace nova::ui
