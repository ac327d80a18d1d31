#include "SecondFactorPanel.h"

#include "Bidi.h"
#include "sms/SmsOtpService.h"
#include "totp/BackupCodes.h"
#include "totp/OtpSettings.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

// Digits as an Arabic keyboard types them (٠–٩, or ۰–۹) are accepted too:
// the service compares 0–9.
const QString kDigitClass = QStringLiteral("0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}");

QString stripped(const QString& typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        code.append(c.isDigit() ? QChar(u'0' + c.digitValue()) : c);
    }
    return code;
}

QLineEdit* codeField(const char* objectName, const QString& pattern, int maxLength, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(objectName));
    field->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), field));
    field->setMaxLength(maxLength);
    // Codes are read digit by digit off a phone: large, fixed-width, left to right.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    field->setFont(font);
    field->setLayoutDirection(Qt::LeftToRight);
    field->setAlignment(Qt::AlignCenter);
    field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    return field;
}

QPushButton* linkButton(const char* objectName, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setFlat(true);
    button->setAutoDefault(false);
    button->setCursor(Qt::PointingHandCursor);
    QPalette palette = button->palette();
    palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
    button->setPalette(palette);
    return button;
}

} // namespace

SecondFactorPanel::SecondFactorPanel(QWidget* parent)
    : QWidget(parent)
{
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("secondFactorIntro"));
    m_intro->setWordWrap(true);

    m_fields = new QStackedWidget(this);
    m_fields->setObjectName(QStringLiteral("secondFactorFields"));

    auto* totpPage = new QWidget(m_fields);
    m_totpLabel = new QLabel(totpPage);
    m_totpCode = codeField("totpCode", QStringLiteral("[%1 ]*").arg(kDigitClass), OtpSettings::kMaxDigits + 1,
                           totpPage);
    m_totpLabel->setBuddy(m_totpCode);
    auto* totpLayout = new QVBoxLayout(totpPage);
    totpLayout->setContentsMargins(0, 0, 0, 0);
    totpLayout->addWidget(m_totpLabel);
    totpLayout->addWidget(m_totpCode);
    totpLayout->addStretch();
    m_fields->addWidget(totpPage);

    auto* backupPage = new QWidget(m_fields);
    m_backupLabel = new QLabel(backupPage);
    m_backupCode = codeField("backupCode", QStringLiteral("[A-Za-z%1 -]*").arg(kDigitClass),
                             BackupCodes::kLength + 4, backupPage);
    m_backupCode->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText);
    m_backupLabel->setBuddy(m_backupCode);
    auto* backupLayout = new QVBoxLayout(backupPage);
    backupLayout->setContentsMargins(0, 0, 0, 0);
    backupLayout->addWidget(m_backupLabel);
    backupLayout->addWidget(m_backupCode);
    backupLayout->addStretch();
    m_fields->addWidget(backupPage);

    auto* smsPage = new QWidget(m_fields);
    m_smsLabel = new QLabel(smsPage);
    m_smsCode =
        codeField("smsCode", QStringLiteral("[%1 ]*").arg(kDigitClass), SmsOtpService::kDigits + 2, smsPage);
    m_smsLabel->setBuddy(m_smsCode);
    m_sendSms = new QPushButton(smsPage);
    m_sendSms->setObjectName(QStringLiteral("sendSmsButton"));
    m_sendSms->setAutoDefault(false);
    m_smsStatus = new QLabel(smsPage);
    m_smsStatus->setObjectName(QStringLiteral("smsStatus"));
    m_smsStatus->setWordWrap(true);
    auto* smsRow = new QHBoxLayout;
    smsRow->addWidget(m_smsCode, 1);
    smsRow->addWidget(m_sendSms);
    auto* smsLayout = new QVBoxLayout(smsPage);
    smsLayout->setContentsMargins(0, 0, 0, 0);
    smsLayout->addWidget(m_smsLabel);
    smsLayout->addLayout(smsRow);
    smsLayout->addWidget(m_smsStatus);
    smsLayout->addStretch();
    m_fields->addWidget(smsPage);

    m_useTotp = linkButton("useTotpButton", this);
    m_useBackup = linkButton("useBackupCodeButton", this);
    m_useSms = linkButton("useSmsButton", this);
    auto* links = new QVBoxLayout;
    links->setSpacing(0);
    for (QPushButton* link : {m_useTotp, m_useBackup, m_useSms}) {
        auto* row = new QHBoxLayout;
        row->addWidget(link);
        row->addStretch();
        links->addLayout(row);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_fields);
    layout->addLayout(links);

    for (QLineEdit* field : {m_totpCode, m_backupCode, m_smsCode})
        connect(field, &QLineEdit::textChanged, this, &SecondFactorPanel::codeChanged);
    connect(m_useTotp, &QPushButton::clicked, this, [this] { setMethod(SecondFactor::Totp); });
    connect(m_useBackup, &QPushButton::clicked, this, [this] { setMethod(SecondFactor::BackupCode); });
    connect(m_useSms, &QPushButton::clicked, this, [this] { setMethod(SecondFactor::Sms); });
    connect(m_sendSms, &QPushButton::clicked, this, &SecondFactorPanel::sendSmsRequested);

    retranslate();
    updateLinks();
}

void SecondFactorPanel::setMethods(const QList<SecondFactor>& methods, const QString& username)
{
    m_methods = methods;
    m_username = username;
    m_maskedPhone.clear();
    clear();
    setMethod(methods.isEmpty() ? SecondFactor::Totp : methods.first());
}

void SecondFactorPanel::setMethod(SecondFactor method)
{
    m_method = method;
    m_fields->setCurrentIndex(static_cast<int>(method));
    retranslate();
    updateLinks();
    focusCodeField();
    Q_EMIT methodChanged(method);
    Q_EMIT codeChanged();
}

QLineEdit* SecondFactorPanel::currentField() const
{
    switch (m_method) {
    case SecondFactor::Totp:
        return m_totpCode;
    case SecondFactor::BackupCode:
        return m_backupCode;
    case SecondFactor::Sms:
        return m_smsCode;
    }
    return m_totpCode;
}

QString SecondFactorPanel::code() const
{
    return stripped(currentField()->text());
}

bool SecondFactorPanel::hasCompleteCode() const
{
    const qsizetype length = code().size();
    switch (m_method) {
    case SecondFactor::Totp:
        return length >= OtpSettings::kMinDigits && length <= OtpSettings::kMaxDigits;
    case SecondFactor::BackupCode:
        return length == BackupCodes::kLength;
    case SecondFactor::Sms:
        return length == SmsOtpService::kDigits;
    }
    return false;
}

void SecondFactorPanel::clear()
{
    for (QLineEdit* field : {m_totpCode, m_backupCode, m_smsCode})
        field->clear();
    m_smsStatus->clear();
}

void SecondFactorPanel::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_totpCode, m_backupCode, m_smsCode, m_sendSms})
        widget->setEnabled(!busy);
    updateLinks();
}

void SecondFactorPanel::setSmsSent(const QString& maskedPhone)
{
    m_maskedPhone = maskedPhone;
    retranslate();
    m_smsCode->setFocus();
}

void SecondFactorPanel::focusCodeField()
{
    currentField()->setFocus();
    currentField()->selectAll();
}

void SecondFactorPanel::updateLinks()
{
    m_useTotp->setVisible(m_method != SecondFactor::Totp && m_methods.contains(SecondFactor::Totp));
    m_useBackup->setVisible(m_method != SecondFactor::BackupCode &&
                            m_methods.contains(SecondFactor::BackupCode));
    m_useSms->setVisible(m_method != SecondFactor::Sms && m_methods.contains(SecondFactor::Sms));
    for (QPushButton* link : {m_useTotp, m_useBackup, m_useSms})
        link->setEnabled(!m_busy);
}

void SecondFactorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecondFactorPanel::retranslate()
{
    switch (m_method) {
    case SecondFactor::Totp:
        m_intro->setText(tr("%1 has two-step verification on. Open your authenticator app and enter the "
                            "current code for Nova CRM.")
                             .arg(isolated(m_username)));
        break;
    case SecondFactor::BackupCode:
        m_intro->setText(tr("Enter one of the backup codes you saved when two-step verification was set "
                            "up. Each code works once."));
        break;
    case SecondFactor::Sms:
        m_intro->setText(tr("Send a one-time code by SMS to the phone number on your account, then enter "
                            "it here."));
        break;
    }
    m_totpLabel->setText(tr("Authenticator &code:"));
    const QLocale locale;
    //: %1 and %2 are the fewest and most digits
    m_totpCode->setPlaceholderText(
        tr("%1 to %2 digits")
            .arg(locale.toString(OtpSettings::kMinDigits), locale.toString(OtpSettings::kMaxDigits)));
    //: %1 and %2 are numbers of seconds
    m_totpCode->setToolTip(tr("The code your authenticator app shows for Nova CRM. It changes every %1 "
                              "or %2 seconds.")
                               .arg(locale.toString(30), locale.toString(60)));
    m_backupLabel->setText(tr("&Backup code:"));
    //: An example backup code; keep it in Latin letters
    m_backupCode->setPlaceholderText(tr("e.g. 7KQ4M-XP2RW"));
    m_backupCode->setToolTip(tr("One of the ten backup codes; letters and digits, the dash is optional."));
    m_smsLabel->setText(tr("SMS &code:"));
    m_smsCode->setPlaceholderText(tr("%Ln digit(s)", nullptr, SmsOtpService::kDigits));
    m_smsCode->setToolTip(tr("The code from the text message. It is valid for %Ln minute(s).", nullptr,
                             int(SmsOtpOptions{}.lifetimeMs / 60000)));
    m_sendSms->setText(m_maskedPhone.isEmpty() ? tr("&Send SMS code") : tr("&Send again"));
    m_sendSms->setToolTip(tr("Sends a one-time code to the phone number on your account (at most one a "
                             "minute)."));
    //: %1 is a phone number with most digits hidden
    if (!m_maskedPhone.isEmpty())
        m_smsStatus->setText(tr("A code was sent to %1.").arg(leftToRight(m_maskedPhone)));
    m_useTotp->setText(tr("Use the &authenticator app"));
    m_useTotp->setToolTip(tr("Enter the code from your authenticator app instead."));
    m_useBackup->setText(tr("Use a &backup code"));
    m_useBackup->setToolTip(tr("Lost your phone? Enter one of the backup codes you saved."));
    m_useSms->setText(tr("Get a code by S&MS"));
    m_useSms->setToolTip(tr("Have a one-time code sent by text message."));
}

} // namespace nova::ui
