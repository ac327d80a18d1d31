#include "SecurityLogFilterBar.h"

#include "Bidi.h"
#include "Clock.h"
#include "EventTypeNames.h"
#include "blocklist/IpRange.h"
#include "widgets/DateTimeEditFormat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

constexpr int kTypingDebounceMs = 350;
constexpr qint64 kMinuteMs = 60LL * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;

} // namespace

SecurityLogFilterBar::SecurityLogFilterBar(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kTypingDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SecurityLogFilterBar::emitNow);

    m_typeLabel = new QLabel(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("filterType"));
    m_type->addItem(QString());
    for (const QString& type : EventTypeNames::knownTypes())
        m_type->addItem(QString(), type);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeLabel->setBuddy(m_type);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("filterUser"));
    m_user->setClearButtonEnabled(true);

    m_ip = new QLineEdit(this);
    m_ip->setObjectName(QStringLiteral("filterIp"));
    m_ip->setClearButtonEnabled(true);
    // Addresses read left to right in every language.
    m_ip->setLayoutDirection(Qt::LeftToRight);

    m_success = new QComboBox(this);
    m_success->setObjectName(QStringLiteral("filterSuccess"));
    m_success->addItems({QString(), QString(), QString()});

    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    m_period->addItems({QString(), QString(), QString(), QString(), QString()});
    m_periodLabel->setBuddy(m_period);

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs()).toLocalTime();
    m_from = new QDateTimeEdit(now.addDays(-1), this);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateTimeEdit(now, this);
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_to->setCalendarPopup(true);
    m_rangeDash = new QLabel(QStringLiteral("–"), this);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setClearButtonEnabled(true);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_clear->setAutoRaise(true);

    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_user->setMinimumWidth(10 * em);
    m_ip->setMinimumWidth(10 * em);

    auto* first = new QHBoxLayout;
    first->setSpacing(8);
    first->addWidget(m_text, 1);
    first->addWidget(m_typeLabel);
    first->addWidget(m_type);
    first->addWidget(m_success);
    first->addWidget(m_clear);
    auto* second = new QHBoxLayout;
    second->setSpacing(8);
    second->addWidget(m_user, 1);
    second->addWidget(m_ip, 1);
    second->addSpacing(em);
    second->addWidget(m_periodLabel);
    second->addWidget(m_period);
    second->addWidget(m_from);
    second->addWidget(m_rangeDash);
    second->addWidget(m_to);
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    rows->addLayout(first);
    rows->addLayout(second);

    for (QLineEdit* edit : {m_user, m_ip, m_text})
        connect(edit, &QLineEdit::textEdited, this, &SecurityLogFilterBar::scheduleEmit);
    connect(m_ip, &QLineEdit::textChanged, this, &SecurityLogFilterBar::updateIpState);
    // Enter applies at once, without waiting for the pause in typing.
    for (QLineEdit* edit : {m_user, m_ip, m_text})
        connect(edit, &QLineEdit::returnPressed, this, &SecurityLogFilterBar::emitNow);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SecurityLogFilterBar::emitNow);
    connect(m_success, &QComboBox::currentIndexChanged, this, &SecurityLogFilterBar::emitNow);
    connect(m_period, &QComboBox::currentIndexChanged, this, &SecurityLogFilterBar::onPeriodChanged);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &SecurityLogFilterBar::onRangeEdited);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &SecurityLogFilterBar::onRangeEdited);
    connect(m_clear, &QToolButton::clicked, this, &SecurityLogFilterBar::clear);

    retranslate();
    onPeriodChanged();
}

SecurityLogFilter SecurityLogFilterBar::filter() const
{
    SecurityLogFilter filter;
    const QString type = m_type->currentData().toString();
    if (!type.isEmpty())
        filter.events = {type};
    filter.username = m_user->text().trimmed();
    // The log stores addresses in canonical form: "2001:DB8:0::5" finds "2001:db8::5".
    if (const auto range = IpRange::parse(m_ip->text().trimmed()); range && range->isSingleAddress())
        filter.ip = range->toDisplayString();
    if (m_success->currentIndex() == 1)
        filter.success = true;
    else if (m_success->currentIndex() == 2)
        filter.success = false;
    const qint64 now = m_clock.nowMSecs();
    switch (static_cast<Period>(m_period->currentIndex())) {
    case Period::All:
        break;
    case Period::LastHour:
        filter.fromMs = now - kHourMs;
        break;
    case Period::LastDay:
        filter.fromMs = now - 24 * kHourMs;
        break;
    case Period::LastWeek:
        filter.fromMs = now - 7 * 24 * kHourMs;
        break;
    case Period::Custom: {
        // The edits show whole minutes: "to 10:15" includes 10:15:59.
        const auto minute = [](const QDateTimeEdit* edit) {
            const qint64 ms = edit->dateTime().toMSecsSinceEpoch();
            return ms - ms % kMinuteMs;
        };
        filter.fromMs = minute(m_from);
        filter.toMs = minute(m_to) + kMinuteMs;
        break;
    }
    }
    filter.text = m_text->text().trimmed();
    return filter;
}

bool SecurityLogFilterBar::isIpValid() const
{
    const QString text = m_ip->text().trimmed();
    if (text.isEmpty())
        return true;
    const auto range = IpRange::parse(text);
    return range && range->isSingleAddress();
}

void SecurityLogFilterBar::updateIpState()
{
    const bool valid = isIpValid();
    // The palette keeps the style's own look; only the text turns red.
    QPalette palette = m_ip->parentWidget()->palette();
    if (!valid)
        palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    m_ip->setPalette(palette);
    if (valid)
        m_ip->setToolTip(tr("Only entries from this IP address (IPv4 or IPv6, exactly as logged)"));
    else
        //: %1 is what the user typed in the IP address filter
        m_ip->setToolTip(tr("\"%1\" is not an IP address; the filter ignores it until it is one.")
                             .arg(leftToRight(m_ip->text().trimmed())));
}

void SecurityLogFilterBar::setValues(const QString& eventType, const QString& user, const QString& ip)
{
    m_silent = true;
    clear();
    const int typeIndex = m_type->findData(eventType);
    m_type->setCurrentIndex(typeIndex > 0 ? typeIndex : 0);
    m_user->setText(user);
    m_ip->setText(ip);
    m_silent = false;
    emitNow();
}

void SecurityLogFilterBar::setPeriod(Period period)
{
    m_period->setCurrentIndex(static_cast<int>(period));
}

void SecurityLogFilterBar::clear()
{
    const bool wasSilent = m_silent;
    m_silent = true;
    m_type->setCurrentIndex(0);
    m_user->clear();
    m_ip->clear();
    m_success->setCurrentIndex(0);
    m_period->setCurrentIndex(static_cast<int>(Period::All));
    m_text->clear();
    m_silent = wasSilent;
    if (!m_silent)
        emitNow();
}

void SecurityLogFilterBar::scheduleEmit()
{
    if (!m_silent)
        m_debounce->start();
}

void SecurityLogFilterBar::emitNow()
{
    if (m_silent)
        return;
    m_debounce->stop();
    Q_EMIT filterChanged(filter());
}

void SecurityLogFilterBar::onPeriodChanged()
{
    const auto period = static_cast<Period>(m_period->currentIndex());
    if (period != Period::Custom && period != Period::All) {
        // The fields show what the preset means, ready to be adjusted.
        const bool wasSilent = m_silent;
        m_silent = true;
        const SecurityLogFilter current = filter();
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(current.fromMs.value_or(0)).toLocalTime());
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs()).toLocalTime());
        m_silent = wasSilent;
    }
    const bool custom = period == Period::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    m_rangeDash->setEnabled(custom);
    emitNow();
}

void SecurityLogFilterBar::onRangeEdited()
{
    if (m_silent)
        return;
    if (static_cast<Period>(m_period->currentIndex()) != Period::Custom)
        return;
    scheduleEmit();
}

void SecurityLogFilterBar::retranslate()
{
    m_typeLabel->setText(tr("&Type:"));
    m_type->setItemText(0, tr("Any event type"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(i, EventTypeNames::displayName(m_type->itemData(i).toString()));
    m_type->setToolTip(tr("Only entries of this event type"));
    m_user->setPlaceholderText(tr("User name"));
    m_user->setToolTip(tr("Only entries of this user name (exactly as logged)"));
    m_ip->setPlaceholderText(tr("IP address"));
    updateIpState();
    m_success->setItemText(0, tr("Any outcome"));
    m_success->setItemText(1, tr("Succeeded"));
    m_success->setItemText(2, tr("Failed or refused"));
    m_success->setToolTip(tr("Only successes, or only failures and refusals"));
    m_periodLabel->setText(tr("&Period:"));
    m_period->setItemText(static_cast<int>(Period::All), tr("All time"));
    m_period->setItemText(static_cast<int>(Period::LastHour), tr("Last hour"));
    m_period->setItemText(static_cast<int>(Period::LastDay), tr("Last %Ln hours", nullptr, 24));
    m_period->setItemText(static_cast<int>(Period::LastWeek), tr("Last %Ln days", nullptr, 7));
    m_period->setItemText(static_cast<int>(Period::Custom), tr("Custom range"));
    m_period->setToolTip(tr("Only entries written in this period"));
    m_from->setToolTip(tr("From this time (local time, inclusive)"));
    m_to->setToolTip(tr("Up to this minute (local time, inclusive)"));
    m_text->setPlaceholderText(tr("Search user, IP address, user agent and details…"));
    m_text->setToolTip(tr("Case-insensitive text in the user name, IP address, user agent or details"));
    m_clear->setText(tr("C&lear"));
    m_clear->setToolTip(tr("Clear all filters"));
    applyLocale();
}

void SecurityLogFilterBar::applyLocale()
{
    // A widget keeps the locale it was created with; the language may have changed since.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        applyDateTimeEditFormat(edit);
        // The size hint leaves the text touching the calendar arrow in some styles.
        edit->setMinimumWidth(edit->sizeHint().width() + em);
    }
}

void SecurityLogFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nova::ui
