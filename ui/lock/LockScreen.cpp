#include "LockScreen.h"

#include "Bidi.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "auth/SessionTokenService.h"
#include "signin/SignInForm.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtDebug>

namespace nova::ui {

LockScreen::LockScreen(UiSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    // No stand-in when the theme has no padlock: an unrelated icon would confuse more than none.
    m_icon->setPixmap(QIcon::fromTheme(QStringLiteral("system-lock-screen")).pixmap(iconSize, iconSize));
    m_icon->setVisible(QIcon::hasThemeIcon(QStringLiteral("system-lock-screen")));
    m_icon->setAlignment(Qt::AlignCenter);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("lockUser"));
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    m_form = new SignInForm(session.hub(), this);
    m_form->setObjectName(QStringLiteral("unlockForm"));
    m_form->setEndpoint(QStringLiteral("desktop/unlock"));

    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("unlockBackButton"));
    m_signOut = new QPushButton(this);
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_unlock);

    // A narrow column in the middle, however large the window.
    auto* card = new QWidget(this);
    card->setMaximumWidth(fontMetrics().averageCharWidth() * 64);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_icon);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_who);
    cardLayout->addWidget(m_hint);
    cardLayout->addSpacing(fontMetrics().height());
    cardLayout->addWidget(m_form);
    cardLayout->addLayout(buttons);

    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card, 1);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, m_form, &SignInForm::submit);
    connect(m_back, &QPushButton::clicked, m_form, &SignInForm::restart);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    connect(m_form, &SignInForm::canSubmitChanged, this, &LockScreen::updateButtons);
    connect(m_form, &SignInForm::stepChanged, this, &LockScreen::updateButtons);
    connect(m_form, &SignInForm::signedIn, this, &LockScreen::onSignedIn);

    retranslate();
    updateButtons();
}

void LockScreen::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_form->clear();
    m_form->setUsername(m_session.claims().username, false);
    retranslate();
    updateButtons();
    m_form->focusFirstField();
}

void LockScreen::onSignedIn(const IssuedToken& token, const User& user)
{
    if (!m_session.isSignedIn() || user.id != m_session.claims().userId) {
        // The session ended while locked; this token belongs to nobody.
        (void)m_session.hub().tokens().revoke(token.token);
        return;
    }
    // The session goes on with the token the re-authentication earned; the
    // old one must not outlive it.
    if (auto revoked = m_session.hub().tokens().revoke(m_session.token()); !revoked)
        qWarning("previous session token not revoked: %s", qPrintable(revoked.errorMessage()));
    m_session.begin(token);
    m_locked = false;
    m_form->clear();
    Q_EMIT unlocked();
}

void LockScreen::updateButtons()
{
    const bool secondStep = m_form->step() == SignInForm::Step::SecondFactor;
    m_unlock->setEnabled(m_form->canSubmit());
    m_unlock->setText(secondStep ? tr("&Verify") : tr("&Unlock"));
    m_back->setVisible(secondStep);
    m_back->setEnabled(!m_form->isBusy());
}

void LockScreen::keyPressEvent(QKeyEvent* event)
{
    // The fields leave Return to their parent; there is no dialog here to
    // press a default button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        m_form->submit();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::retranslate()
{
    //: Heading of the screen shown while the session is locked
    m_title->setText(tr("Locked"));
    //: %1 is a user name
    m_who->setText(tr("Signed in as %1").arg(isolated(m_session.claims().username)));
    m_hint->setText(tr("Nova Admin was locked to protect what was on the screen. Enter your password to "
                       "continue where you left off."));
    m_unlock->setToolTip(tr("Check the password and show Nova Admin again (Enter)"));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Enter the password again"));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setToolTip(tr("End this session; someone else can then sign in"));
    updateButtons();
}

} // namespace nova::ui
