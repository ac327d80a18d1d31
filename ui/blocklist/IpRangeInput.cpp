#include "IpRangeInput.h"

#include "Bidi.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <limits>

namespace nova::ui {

namespace {

// Qt chooses a plural form from an int, but a network can hold up to 2^63
// addresses. Beyond the int range English and Arabic decide by the last two
// digits alone (Arabic: 3-10 few, 11-99 many, else other), so 100 + n % 100
// stands in for n with the same form.
int pluralCount(quint64 n)
{
    constexpr quint64 kIntMax = quint64(std::numeric_limits<int>::max());
    return n <= kIntMax ? int(n) : int(100 + n % 100);
}

} // namespace

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
    //: %1, %2 and %3 are example addresses and networks
    m_edit->setPlaceholderText(tr("e.g. %1, %2 or %3")
                                   .arg(leftToRight(QStringLiteral("203.0.113.7")),
                                        leftToRight(QStringLiteral("203.0.113.0/24")),
                                        leftToRight(QStringLiteral("2001:db8::/48"))));
    m_edit->setToolTip(tr("An IPv4 or IPv6 address, or a network in CIDR notation (address/prefix length)."));
    revalidate();
}

void IpRangeInput::revalidate()
{
    m_range = IpRange();
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty()) {
        //: %1 is an example network in CIDR notation
        showMessage(tr("Enter an IPv4 or IPv6 address, or a network such as %1.")
                        .arg(leftToRight(QStringLiteral("203.0.113.0/24"))),
                    false);
    } else if (const auto parsed = IpRange::parse(text); !parsed) {
        showMessage(parsed.errorMessage(), true);
    } else if (const std::optional<QString> refused = m_check ? m_check(*parsed) : std::nullopt) {
        showMessage(*refused, true);
    } else {
        m_range = *parsed;
        showMessage(coverageText(m_range), false);
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

QString IpRangeInput::coverageText(const IpRange& range)
{
    const QString cidr = leftToRight(range.toString());
    if (range.isSingleAddress())
        //: %1 is an IP address
        return tr("The single address %1.").arg(leftToRight(range.toDisplayString()));
    const int prefix = range.prefixLength();
    if (!range.isIpv6() || prefix > 64) {
        if (!range.isIpv6() && prefix == 0)
            //: %1 is a network in CIDR notation
            return tr("The network %1 covers every IPv4 address.").arg(cidr);
        const quint64 count = quint64(1) << ((range.isIpv6() ? 128 : 32) - prefix);
        //: %1 is a network in CIDR notation, %2 the number of addresses in it (always two or more)
        return tr("The network %1 covers %2 addresses.", nullptr, pluralCount(count))
            .arg(cidr, QLocale().toString(count));
    }
    // Counting IPv6 addresses means nothing to a reader; /64 subnets (one
    // per site LAN) do.
    const QString subnet = leftToRight(QStringLiteral("/64"));
    if (prefix == 0)
        //: %1 is a network in CIDR notation
        return tr("The network %1 covers every IPv6 address.").arg(cidr);
    if (prefix == 64)
        //: %1 is a network in CIDR notation, %2 the subnet size "/64"
        return tr("The network %1 is one %2 subnet.").arg(cidr, subnet);
    const quint64 subnets = quint64(1) << (64 - prefix);
    //: %1 is a network in CIDR notation, %2 the number of subnets in it (always two or more), %3 the
    //: subnet size "/64"
    return tr("The network %1 covers %2 %3 subnets.", nullptr, pluralCount(subnets))
        .arg(cidr, QLocale().toString(subnets), subnet);
}

} // namespace nova::ui
