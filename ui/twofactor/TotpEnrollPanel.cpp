#include "TotpEnrollPanel.h"

#include "QrCodeWidget.h"
#include "SecretClipboard.h"
#include "crypto/Base32.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace nova::ui {

namespace {
constexpr int kRevealedPage = 0;
constexpr int kConcealedPage = 1;
constexpr int kQrSide = 200;

QColor errorColor()
{
    return {0xc0, 0x1c, 0x28};
}
} // namespace

TotpEnrollPanel::TotpEnrollPanel(QWidget* parent)
    : QWidget(parent)
    , m_scanHint(new QLabel(this))
    , m_secretStack(new QStackedWidget(this))
    , m_qr(new QrCodeWidget(this))
    , m_issuerCaption(new QLabel(this))
    , m_issuer(new QLabel(this))
    , m_accountCaption(new QLabel(this))
    , m_account(new QLabel(this))
    , m_secretCaption(new QLabel(this))
    , m_secret(new QLabel(this))
    , m_copySecret(new QPushButton(this))
    , m_concealedNote(new QLabel(this))
    , m_reveal(new QPushButton(this))
    , m_codeCaption(new QLabel(this))
    , m_codeEdit(new QLineEdit(this))
    , m_codeError(new QLabel(this))
    , m_concealTimer(new QTimer(this))
{
    m_scanHint->setWordWrap(true);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setMinimumSize(kQrSide, kQrSide);

    m_issuer->setObjectName(QStringLiteral("issuerLabel"));
    m_account->setObjectName(QStringLiteral("accountLabel"));
    for (QLabel* label : {m_issuer, m_account}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_secret->setObjectName(QStringLiteral("secretLabel"));
    m_secret->setTextFormat(Qt::PlainText);
    m_secret->setWordWrap(true);
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.15);
    m_secret->setFont(mono);
    // Four groups a line: two even lines for a 160-bit key, easy to compare
    // with what the app shows. The text stays one line with spaces, so a
    // selection pastes as the app expects.
    const QFontMetrics metrics(mono);
    m_secret->setFixedWidth(metrics.horizontalAdvance(QStringLiteral("XXXX XXXX XXXX XXXX XX")));
    m_secret->setMinimumHeight(2 * metrics.lineSpacing());
    // A base32 secret is typed left to right in every language.
    m_secret->setLayoutDirection(Qt::LeftToRight);
    m_secret->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_copySecret->setObjectName(QStringLiteral("copySecret"));
    m_copySecret->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_copySecret, &QPushButton::clicked, this, &TotpEnrollPanel::copySecret);

    auto* details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(m_issuerCaption, m_issuer);
    details->addRow(m_accountCaption, m_account);
    auto* secretRow = new QVBoxLayout;
    secretRow->addWidget(m_secret);
    secretRow->addWidget(m_copySecret, 0, Qt::AlignLeading);
    details->addRow(m_secretCaption, secretRow);

    auto* revealed = new QWidget(m_secretStack);
    auto* revealedLayout = new QHBoxLayout(revealed);
    revealedLayout->setContentsMargins(0, 0, 0, 0);
    revealedLayout->setSpacing(18);
    revealedLayout->addWidget(m_qr, 0, Qt::AlignTop);
    revealedLayout->addLayout(details, 1);

    auto* concealed = new QWidget(m_secretStack);
    m_concealedNote->setObjectName(QStringLiteral("concealedNote"));
    m_concealedNote->setWordWrap(true);
    m_concealedNote->setAlignment(Qt::AlignCenter);
    m_reveal->setObjectName(QStringLiteral("revealSecret"));
    m_reveal->setIcon(QIcon::fromTheme(QStringLiteral("view-visible")));
    connect(m_reveal, &QPushButton::clicked, this, &TotpEnrollPanel::reveal);
    auto* concealedLayout = new QVBoxLayout(concealed);
    concealedLayout->addStretch();
    concealedLayout->addWidget(m_concealedNote);
    concealedLayout->addWidget(m_reveal, 0, Qt::AlignHCenter);
    concealedLayout->addStretch();

    m_secretStack->setObjectName(QStringLiteral("secretStack"));
    m_secretStack->insertWidget(kRevealedPage, revealed);
    m_secretStack->insertWidget(kConcealedPage, concealed);

    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setFont(mono);
    m_codeEdit->setLayoutDirection(Qt::LeftToRight);
    m_codeEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_codeEdit->setMaximumWidth(QFontMetrics(mono).horizontalAdvance(QStringLiteral("0000 0000")) + 24);
    m_codeCaption->setBuddy(m_codeEdit);
    connect(m_codeEdit, &QLineEdit::textEdited, this, &TotpEnrollPanel::codeEdited);

    m_codeError->setObjectName(QStringLiteral("codeError"));
    m_codeError->setWordWrap(true);
    QPalette errorPalette = m_codeError->palette();
    errorPalette.setColor(QPalette::WindowText, errorColor());
    m_codeError->setPalette(errorPalette);
    m_codeError->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scanHint);
    layout->addWidget(m_secretStack);
    layout->addSpacing(6);
    layout->addWidget(m_codeCaption);
    layout->addWidget(m_codeEdit);
    layout->addWidget(m_codeError);
    layout->addStretch();

    m_concealTimer->setSingleShot(true);
    m_concealTimer->setInterval(kDefaultConcealTimeoutMs);
    connect(m_concealTimer, &QTimer::timeout, this, &TotpEnrollPanel::conceal);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            conceal();
    });

    setFocusProxy(m_codeEdit);
    retranslate();
    clearEnrollment();
}

void TotpEnrollPanel::setEnrollment(const TotpEnrollment& enrollment, int digits)
{
    m_enrollment = enrollment;
    m_digits = digits;
    if (const Status drawn = m_qr->setText(enrollment.otpauthUri); !drawn)
        showCodeError(drawn.errorMessage());
    m_issuer->setText(enrollment.issuer);
    m_account->setText(enrollment.account);
    m_secret->setText(Base32::grouped(enrollment.secretBase32));
    m_copySecret->setEnabled(true);
    m_codeEdit->setEnabled(true);
    m_codeEdit->clear();
    m_codeEdit->setPlaceholderText(QString(digits, QLatin1Char('0')));
    m_lastComplete = false;
    retranslate();
    reveal();
}

void TotpEnrollPanel::clearEnrollment()
{
    m_enrollment = {};
    m_qr->clear();
    m_issuer->clear();
    m_account->clear();
    m_secret->clear();
    m_copySecret->setEnabled(false);
    m_codeEdit->clear();
    m_codeEdit->setEnabled(false);
    m_concealTimer->stop();
    m_concealed = false;
    m_secretStack->setCurrentIndex(kRevealedPage);
    clearCodeError();
}

QString TotpEnrollPanel::code() const
{
    return m_codeEdit->text();
}

bool TotpEnrollPanel::isCodeComplete() const
{
    return hasEnrollment() && m_codeEdit->text().size() == m_digits;
}

void TotpEnrollPanel::showCodeError(const QString& message)
{
    m_codeError->setText(message);
    m_codeError->show();
    m_codeEdit->setFocus(Qt::OtherFocusReason);
    m_codeEdit->selectAll();
}

void TotpEnrollPanel::clearCodeError()
{
    m_codeError->clear();
    m_codeError->hide();
}

void TotpEnrollPanel::setBusy(bool busy)
{
    m_codeEdit->setReadOnly(busy);
}

void TotpEnrollPanel::setConcealTimeout(int milliseconds)
{
    m_concealTimer->setInterval(milliseconds);
    if (m_concealTimer->isActive())
        m_concealTimer->start();
}

int TotpEnrollPanel::concealTimeout() const
{
    return m_concealTimer->interval();
}

void TotpEnrollPanel::conceal()
{
    if (!hasEnrollment() || m_concealed)
        return;
    m_concealTimer->stop();
    m_concealed = true;
    const bool hadFocus = m_secretStack->isAncestorOf(QApplication::focusWidget());
    m_secretStack->setCurrentIndex(kConcealedPage);
    if (hadFocus)
        m_reveal->setFocus(Qt::OtherFocusReason);
}

void TotpEnrollPanel::reveal()
{
    if (!hasEnrollment())
        return;
    m_concealed = false;
    m_secretStack->setCurrentIndex(kRevealedPage);
    m_concealTimer->start();
}

void TotpEnrollPanel::copySecret()
{
    SecretClipboard::copy(m_enrollment.secretBase32);
    m_copySecret->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] { retranslate(); });
}

void TotpEnrollPanel::codeEdited()
{
    // Digits only, whatever was pasted ("123 456", "123-456"): filtering here
    // rather than with a validator lets a grouped code be pasted whole. An
    // Arabic keyboard types ٠–٩, which become the 0–9 the service compares.
    QString digits;
    for (const QChar c : m_codeEdit->text()) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    digits.truncate(m_digits);
    if (digits != m_codeEdit->text()) {
        const int cursor = std::min<int>(m_codeEdit->cursorPosition(), digits.size());
        m_codeEdit->setText(digits);
        m_codeEdit->setCursorPosition(cursor);
    }
    clearCodeError();
    const bool complete = isCodeComplete();
    if (complete != m_lastComplete) {
        m_lastComplete = complete;
        Q_EMIT codeCompleteChanged(complete);
    }
}

bool TotpEnrollPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowDeactivate)
        conceal();
    return QWidget::eventFilter(watched, event);
}

void TotpEnrollPanel::showEvent(QShowEvent* event)
{
    QWidget* top = window();
    if (top != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = top;
        top->installEventFilter(this);
    }
    QWidget::showEvent(event);
}

void TotpEnrollPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TotpEnrollPanel::retranslate()
{
    m_scanHint->setText(tr("Scan this QR code with an authenticator app (for example FreeOTP, Aegis or "
                           "Google Authenticator), or type the secret key into it."));
    m_issuerCaption->setText(tr("Issuer:"));
    m_accountCaption->setText(tr("Account:"));
    m_secretCaption->setText(tr("Secret key:"));
    m_copySecret->setText(tr("Copy &Key"));
    m_copySecret->setToolTip(tr("Copy the secret key to the clipboard, for an app on this computer"));
    m_concealedNote->setText(tr("The QR code and the secret key are hidden because the window lost focus "
                                "or was left open for a while."));
    m_reveal->setText(tr("&Show"));
    m_reveal->setToolTip(tr("Show the QR code and the secret key again"));
    m_codeCaption->setText(tr("&Code shown by the app (%Ln digits):", nullptr, m_digits));
    m_codeEdit->setToolTip(tr("The %Ln-digit code the authenticator app shows now", nullptr, m_digits));
}

} // namespace nova::ui
