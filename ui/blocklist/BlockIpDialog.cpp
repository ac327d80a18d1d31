#include "BlockIpDialog.h"

#include "Bidi.h"
#include "IpRangeInput.h"
#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "blocklist/IpBlockList.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

} // namespace

BlockIpDialog::BlockIpDialog(UiSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_range(new IpRangeInput(this))
    , m_duration(new QComboBox(this))
    , m_customAmount(new QSpinBox(this))
    , m_customUnit(new QComboBox(this))
    , m_expiryPreview(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_rangeLabel(new QLabel(this))
    , m_durationLabel(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("blockIpDialog"));
    m_range->setObjectName(QStringLiteral("rangeInput"));
    m_duration->setObjectName(QStringLiteral("durationCombo"));
    m_customAmount->setObjectName(QStringLiteral("customAmount"));
    m_customUnit->setObjectName(QStringLiteral("customUnit"));
    m_expiryPreview->setObjectName(QStringLiteral("expiryPreview"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    // Our own accept button: a standard Ok would get its default text back
    // from the button box on every language change.
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("blockButton"));
    m_ok->setDefault(true);

    m_rangeLabel->setBuddy(m_range->lineEdit());
    m_durationLabel->setBuddy(m_duration);
    m_reasonLabel->setBuddy(m_reason);
    m_customAmount->setRange(1, 999);
    m_customAmount->setValue(2);
    m_customUnit->addItem(QString(), kMinuteMs);
    m_customUnit->addItem(QString(), kHourMs);
    m_customUnit->addItem(QString(), kDayMs);
    m_customUnit->setCurrentIndex(1);
    m_reason->setMaxLength(500);
    m_expiryPreview->setWordWrap(true);
    m_expiryPreview->setMinimumHeight(m_expiryPreview->fontMetrics().lineSpacing() * 2);
    m_expiryPreview->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_expiryPreview->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, errorPalette.color(QPalette::Window).lightness() < 128
                                                    ? QColor(0xff, 0x8a, 0x80)
                                                    : QColor(0xb3, 0x26, 0x1e));
    m_error->setPalette(errorPalette);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);

    auto* durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration, 1);
    durationRow->addWidget(m_customAmount);
    durationRow->addWidget(m_customUnit);
    auto* durationBox = new QVBoxLayout;
    durationBox->setSpacing(4);
    durationBox->addLayout(durationRow);
    durationBox->addWidget(m_expiryPreview);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_rangeLabel, m_range);
    form->addRow(m_durationLabel, durationBox);
    form->addRow(m_reasonLabel, m_reason);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    m_range->setCheck([this](const IpRange& range) { return refusal(range); });
    connect(m_range, &IpRangeInput::validityChanged, this, &BlockIpDialog::updateState);
    connect(m_range->lineEdit(), &QLineEdit::textChanged, this, &BlockIpDialog::updateExpiryPreview);
    connect(m_reason, &QLineEdit::textChanged, this, &BlockIpDialog::updateState);
    connect(m_duration, &QComboBox::currentIndexChanged, this, &BlockIpDialog::updateExpiryPreview);
    connect(m_customAmount, &QSpinBox::valueChanged, this, &BlockIpDialog::updateUnitNames);
    connect(m_customAmount, &QSpinBox::valueChanged, this, &BlockIpDialog::updateExpiryPreview);
    connect(m_customUnit, &QComboBox::currentIndexChanged, this, &BlockIpDialog::updateExpiryPreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BlockIpDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BlockIpDialog::reject);

    retranslate();
    // The same default as nova-ctl's `ip block`.
    m_duration->setCurrentIndex(Hours24);
    setMinimumWidth(520);
    updateState();
    updateExpiryPreview();
    loadAllowList();
}

void BlockIpDialog::retranslate()
{
    setWindowTitle(tr("Block an Address or Network"));
    m_rangeLabel->setText(tr("&Address or network:"));
    m_durationLabel->setText(tr("&Duration:"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("Required, e.g. credential stuffing against the sign-in page"));
    m_reason->setToolTip(
        tr("Why the address is blocked; shown in the list and written to the security log."));

    const int duration = m_duration->currentIndex();
    const QSignalBlocker durationBlocker(m_duration);
    m_duration->clear();
    m_duration->addItem(tr("%Ln minutes", nullptr, 15), 15 * kMinuteMs);
    m_duration->addItem(tr("%Ln hours", nullptr, 1), kHourMs);
    m_duration->addItem(tr("%Ln hours", nullptr, 24), kDayMs);
    m_duration->addItem(tr("%Ln days", nullptr, 7), 7 * kDayMs);
    m_duration->addItem(tr("%Ln days", nullptr, 30), 30 * kDayMs);
    m_duration->addItem(tr("Permanent (until unblocked)"));
    m_duration->addItem(tr("Custom…"));
    m_duration->setCurrentIndex(std::max(duration, 0));
    m_duration->setToolTip(tr("How long the block lasts. Blocking an address that is already blocked keeps "
                              "the later expiry; it never shortens a block."));

    // A widget keeps the locale it was created with; the digits follow the language.
    m_customAmount->setLocale(QLocale());
    updateUnitNames();
    m_customAmount->setToolTip(tr("The custom duration."));
    m_customUnit->setToolTip(tr("The unit of the custom duration."));

    m_ok->setText(tr("&Block"));
    m_range->retranslate();
    updateState();
    updateExpiryPreview();
}

void BlockIpDialog::updateUnitNames()
{
    // The unit agrees with the amount beside it ("1 hour", "2 hours"; Arabic
    // has six forms), so it is named again whenever the amount changes.
    const int amount = m_customAmount->value();
    //: A unit after the number in the custom duration, e.g. "2 [hours]"
    m_customUnit->setItemText(0, tr("minutes", "custom duration unit", amount));
    //: A unit after the number in the custom duration, e.g. "2 [hours]"
    m_customUnit->setItemText(1, tr("hours", "custom duration unit", amount));
    //: A unit after the number in the custom duration, e.g. "2 [hours]"
    m_customUnit->setItemText(2, tr("days", "custom duration unit", amount));
}

void BlockIpDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BlockIpDialog::setAddress(const QString& text)
{
    m_range->setText(text);
}

void BlockIpDialog::setReason(const QString& text)
{
    m_reason->setText(text);
}

void BlockIpDialog::setExistingBlocks(const QList<BlockedIp>& entries)
{
    m_existing = entries;
    updateExpiryPreview();
}

std::optional<qint64> BlockIpDialog::durationMs() const
{
    switch (m_duration->currentIndex()) {
    case Permanent:
        return std::nullopt;
    case Custom:
        return m_customAmount->value() * m_customUnit->currentData().toLongLong();
    default:
        return m_duration->currentData().toLongLong();
    }
}

bool BlockIpDialog::isWide(const IpRange& range)
{
    return range.prefixLength() <= (range.isIpv6() ? 32 : 16);
}

std::optional<QString> BlockIpDialog::refusal(const IpRange& range) const
{
    // IpBlockList refuses these too; saying so while typing beats an error after OK.
    if (IpBlockList::isTooBroad(range))
        //: %1 is a network in CIDR notation; %2 and %3 prefix lengths such as "/8"
        return tr("%1 is too large a network to block: it would shut out a large part of the internet. "
                  "The widest blocks allowed are %2 for IPv4 and %3 for IPv6.")
            .arg(leftToRight(range.toString()),
                 leftToRight(QStringLiteral("/%1").arg(IpBlockList::kWidestV4Prefix)),
                 leftToRight(QStringLiteral("/%1").arg(IpBlockList::kWidestV6Prefix)));
    for (const IpRange& allowed : m_allowed) {
        if (allowed.overlaps(range))
            //: %1 is the address or network to block, %2 an allow-list entry
            return tr("%1 overlaps the allow-list entry %2. Remove that entry from the allow-list first if "
                      "it really must be blocked.")
                .arg(leftToRight(range.toDisplayString()), leftToRight(allowed.toDisplayString()));
    }
    const QString ownAddress = m_session.actor().ip;
    if (!ownAddress.isEmpty() && range.contains(QHostAddress(ownAddress)))
        //: %1 is the address or network to block, %2 this computer's IP address
        return tr("%1 contains this computer's own address %2; blocking it would lock you out.")
            .arg(leftToRight(range.toDisplayString()), leftToRight(ownAddress));
    return std::nullopt;
}

void BlockIpDialog::updateState()
{
    const bool rangeOk = m_range->isValid();
    const bool reasonOk = !m_reason->text().trimmed().isEmpty();
    QPushButton* ok = m_ok;
    ok->setEnabled(rangeOk && reasonOk && !m_working);
    ok->setToolTip(!rangeOk    ? tr("Enter a valid address or network first.")
                   : !reasonOk ? tr("Give a reason for the block first.")
                               : tr("Block the address now."));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_working);
    m_range->setEnabled(!m_working);
    m_duration->setEnabled(!m_working);
    m_customAmount->setEnabled(!m_working);
    m_customUnit->setEnabled(!m_working);
    m_reason->setEnabled(!m_working);
}

void BlockIpDialog::updateExpiryPreview()
{
    const bool custom = m_duration->currentIndex() == Custom;
    m_customAmount->setVisible(custom);
    m_customUnit->setVisible(custom);
    const std::optional<qint64> duration = durationMs();
    const qint64 now = m_session.hub().clock().nowMSecs();
    const QLocale locale;
    //: %1 is a date and time
    QString text =
        duration
            ? tr("Blocked until %1.")
                  .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(now + *duration), QLocale::ShortFormat))
            : tr("Blocked until someone unblocks it.");
    const IpRange range = m_range->range();
    for (const BlockedIp& entry : std::as_const(m_existing)) {
        if (range.isNull() || entry.range != range || !entry.isActive(now))
            continue;
        text += QLatin1Char('\n');
        //: %1 is a date and time
        text += entry.expiresAtMs
                    ? tr("Already blocked until %1; the later expiry is kept.")
                          .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(*entry.expiresAtMs),
                                               QLocale::ShortFormat))
                    : tr("Already blocked permanently; blocking it again changes only the reason.");
    }
    m_expiryPreview->setText(text);
    // Word-wrapped text gets no room of its own from a dialog's layout:
    // reserve a line more for the note, and grow a dialog already on screen.
    const int lines = text.contains(QLatin1Char('\n')) ? 3 : 2;
    m_expiryPreview->setMinimumHeight(m_expiryPreview->fontMetrics().lineSpacing() * lines);
    if (isVisible())
        resize(size().expandedTo(minimumSizeHint()));
}

void BlockIpDialog::loadAllowList()
{
    auto work = m_session.executor().run([&hub = m_session.hub()] { return hub.blockList().allowed(); });
    whenFinished(work, this, [this](const Result<QList<AllowedIp>>& allowed) {
        if (!allowed) {
            //: %1 is the reason, a sentence from the service
            showError(tr("The allow-list could not be read (%1); the service still checks it when you "
                         "block.")
                          .arg(allowed.errorMessage()));
            return;
        }
        m_allowed.clear();
        for (const AllowedIp& entry : *allowed)
            m_allowed.append(entry.range);
        m_range->revalidate();
    });
}

bool BlockIpDialog::confirmWideRange(const IpRange& range)
{
    QMessageBox box(QMessageBox::Warning, tr("Block a Large Network?"), IpRangeInput::coverageText(range),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDialog"));
    box.setInformativeText(tr("Everyone in it will be shut out of Nova CRM. Block the whole network?"));
    QPushButton* block = box.addButton(tr("Block Network"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == block;
}

void BlockIpDialog::accept()
{
    if (m_working || !m_range->isValid() || m_reason->text().trimmed().isEmpty())
        return;
    const IpRange range = m_range->range();
    if (isWide(range) && !confirmWideRange(range))
        return;
    m_error->setVisible(false);
    setBusy(true);
    auto work = m_session.executor().run([&session = m_session, &hub = m_session.hub(),
                                          actor = m_session.actor(), range, duration = durationMs(),
                                          reason = m_reason->text().trimmed()]() -> Result<BlockedIp> {
        if (const Status allowed =
                session.authorize(Permission{QStringLiteral("blocked_ips"), Permission::kCreate},
                                  QStringLiteral("desktop/blocked-ips/block"));
            !allowed)
            return allowed.error();
        return hub.blockList().block(range, duration, reason, BlockSource::Manual, actor);
    });
    whenFinished(work, this, [this](const Result<BlockedIp>& blocked) {
        setBusy(false);
        if (!blocked) {
            showError(blocked.errorMessage());
            return;
        }
        m_result = *blocked;
        QDialog::accept();
    });
}

void BlockIpDialog::reject()
{
    if (!m_working)
        QDialog::reject();
}

void BlockIpDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    updateState();
}

void BlockIpDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(true);
}

} // namespace nova::ui
