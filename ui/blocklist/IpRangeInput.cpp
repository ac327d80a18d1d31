#include "IpRangeInput.h"

#include "Bidi.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <limits>

namespace nova::ui {

IpRangeInput::IpRangeInput(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("rangeEdit"));
    m_message->setObjectName(QStringLiteral("rangeMessage"));
    // Addresses read left to right in every language.
    m_edit->setLayoutDirection(Qt::LeftToRight);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(64);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
    m_message->setAlignment(Qt::AlignLeading | Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);

    connect(m_edit, &QLineEdit::textChanged, this, &IpRangeInput::revalidate);
    retranslate();
}

QString IpRangeInput::text() const
{
    return m_edit->text();
}

void IpRangeInput::setText(const QString& text)
{
    m_edit->setText(text);
    revalidate();
}

QString IpRangeInput::message() const
{
    return m_message->text();
}

void IpRangeInput::setCheck(Check check)
{
    m_check = std::move(check);
    revalidate();
}

void IpRangeInput::retranslate()
{
    m_edit->setPlaceholderText(tr("e.g. 203.0.113.7, 203.0.113.0/24 or 2001:db8::/48"));
    m_edit->setToolTip(tr("An IPv4 or IPv6 address, or a network in CIDR notation (address/prefix length)."));
    revalidate();
}

void IpRangeInput::revalidate()
{
    m_range = IpRange();
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty()) {
        showMessage(tr("Enter an IPv4 or IPv6 address, or a network such as 203.0.113.0/24."), false);
    } else if (const auto parsed = IpRange::parse(text); !parsed) {
        showMessage(parsed.errorMessage(), true);
    } else if (const std::optional<QString> refused = m_check ? m_check(*parsed) : std::nullopt) {
        showMessage(*refused, true);
    } else {
        m_range = *parsed;
        showMessage(
            m_range.isSingleAddress()
                ? tr("The single address %1.").arg(leftToRight(m_range.toDisplayString()))
                : tr("The network %1: %2.").arg(leftToRight(m_range.toString()), sizeText(m_range, locale())),
            false);
    }
    if (isValid() != m_wasValid) {
        m_wasValid = isValid();
        Q_EMIT validityChanged(m_wasValid);
    }
}

void IpRangeInput::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    QPalette palette = this->palette();
    if (error) {
        // A red that stays readable on light and dark themes.
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    } else {
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    }
    m_message->setPalette(palette);
    m_edit->setAccessibleDescription(text);
}

QString IpRangeInput::sizeText(const IpRange& range, const QLocale& locale)
{
    if (range.isSingleAddress())
        return tr("one address");
    constexpr quint64 kIntMax = quint64(std::numeric_limits<int>::max());
    const int prefix = range.prefixLength();
    if (!range.isIpv6() || prefix > 64) {
        if (!range.isIpv6() && prefix == 0)
            return tr("every IPv4 address");
        const quint64 count = quint64(1) << ((range.isIpv6() ? 128 : 32) - prefix);
        if (count <= kIntMax)
            return tr("%Ln addresses", "always two or more", int(count));
        return tr("%1 addresses").arg(locale.toString(count));
    }
    // Counting IPv6 addresses means nothing to a reader; /64 subnets (one
    // per site LAN) do.
    if (prefix == 0)
        return tr("every IPv6 address");
    if (prefix == 64)
        return tr("one /64 subnet");
    const quint64 subnets = quint64(1) << (64 - prefix);
    if (subnets <= kIntMax)
        return tr("%Ln /64 subnets", "always two or more", int(subnets));
    return tr("%1 /64 subnets").arg(locale.toString(subnets));
}

} // namespace nova::ui
