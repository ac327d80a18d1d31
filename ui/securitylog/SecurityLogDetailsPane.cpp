#include "SecurityLogDetailsPane.h"

#include "Bidi.h"
#include "EventTypeNames.h"
#include "alerts/AlertPresentation.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nova::ui {

SecurityLogDetailsPane::SecurityLogDetailsPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    m_stack = new QStackedWidget(this);

    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_empty);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Long values wrap (or scroll inside their own field) rather than widen the pane.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 8, 10, 8);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_id = addField(&m_idCaption);
    m_time = addField(&m_timeCaption);
    m_event = addField(&m_eventCaption);
    m_severity = addField(&m_severityCaption);
    m_outcome = addField(&m_outcomeCaption);
    m_user = addField(&m_userCaption);
    m_ip = addField(&m_ipCaption);
    m_ip->setLayoutDirection(Qt::LeftToRight);
    m_agent = addField(&m_agentCaption);
    // "Mozilla/5.0 (X11; …)" would have its brackets reordered in a right-to-left line.
    m_agent->setLayoutDirection(Qt::LeftToRight);
    layout->addLayout(m_form);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_metadataCaption = new QLabel(content);
    layout->addWidget(m_metadataCaption);
    m_metadata = new QPlainTextEdit(content);
    m_metadata->setObjectName(QStringLiteral("detailsMetadata"));
    m_metadata->setReadOnly(true);
    m_metadata->setFont(mono);
    m_metadata->setLayoutDirection(Qt::LeftToRight);
    m_metadata->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_metadata->setMinimumHeight(90);
    layout->addWidget(m_metadata, 1);

    auto* chain = new QFormLayout;
    chain->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_hashCaption = new QLabel(content);
    m_hash = new QLineEdit(content);
    m_prevHashCaption = new QLabel(content);
    m_prevHash = new QLineEdit(content);
    m_hash->setObjectName(QStringLiteral("detailsHash"));
    m_prevHash->setObjectName(QStringLiteral("detailsPrevHash"));
    // Read-only fields: a 64-digit hash has nowhere to wrap, and copying it must give all of it.
    for (QLineEdit* hash : {m_hash, m_prevHash}) {
        hash->setFont(mono);
        hash->setReadOnly(true);
        hash->setFrame(false);
        hash->setLayoutDirection(Qt::LeftToRight);
        hash->setMinimumWidth(0);
    }
    chain->addRow(m_hashCaption, m_hash);
    chain->addRow(m_prevHashCaption, m_prevHash);
    layout->addLayout(chain);

    m_copy = new QPushButton(content);
    m_copy->setObjectName(QStringLiteral("detailsCopy"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(entryText()); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    layout->addLayout(buttons);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    retranslate();
    alignValues();
    clearEntry();
}

QLabel* SecurityLogDetailsPane::addField(QLabel** caption)
{
    *caption = new QLabel(this);
    auto* value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    m_form->addRow(*caption, value);
    m_values.append(value);
    return value;
}

void SecurityLogDetailsPane::showEntry(const SecurityLogEntry& entry)
{
    m_entry = entry;
    refresh();
}

void SecurityLogDetailsPane::clearEntry()
{
    m_entry.reset();
    refresh();
}

void SecurityLogDetailsPane::refresh()
{
    m_stack->setCurrentIndex(m_entry ? 1 : 0);
    if (!m_entry)
        return;
    const SecurityLogEntry& entry = *m_entry;
    const SecurityEvent& e = entry.event;
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(entry.createdAtMs, Qt::UTC);
    m_title->setText(EventTypeNames::displayName(e.event));
    const QLocale locale;
    m_id->setText(locale.toString(entry.id));
    //: %1 is the local date and time, %2 the same moment as an ISO 8601 UTC timestamp
    m_time->setText(tr("%1 (%2)", "local time (UTC time)")
                        .arg(locale.toString(utc.toLocalTime(), QLocale::LongFormat),
                             leftToRight(utc.toString(Qt::ISODateWithMs))));
    //: %1 is the translated event name, %2 the event type as stored, e.g. "login"
    m_event->setText(tr("%1 (%2)", "event name (stored event type)")
                         .arg(EventTypeNames::displayName(e.event), leftToRight(e.event)));
    m_severity->setText(AlertPresentation::severityText(e.severity));
    m_outcome->setText(e.success ? tr("Succeeded") : tr("Failed or refused"));
    const QString none = tr("—", "no value");
    // Isolated, so an Arabic name neither flips the line nor moves it to the other edge.
    if (e.username.isEmpty())
        m_user->setText(none);
    else if (e.userId)
        //: %1 is a user name, %2 the user's numeric id
        m_user->setText(tr("%1 (user %2)").arg(isolated(e.username), locale.toString(*e.userId)));
    else
        m_user->setText(isolated(e.username));
    m_ip->setText(e.ip.isEmpty() ? none : e.ip);
    m_agent->setText(e.userAgent.isEmpty() ? none : e.userAgent);
    m_metadata->setPlainText(
        e.metadata.isEmpty()
            ? tr("(no details)")
            : QString::fromUtf8(QJsonDocument(e.metadata).toJson(QJsonDocument::Indented)).trimmed());
    m_hash->setText(entry.hash);
    m_prevHash->setText(entry.prevHash);
    // The start of a hash is what people compare.
    m_hash->setCursorPosition(0);
    m_prevHash->setCursorPosition(0);
}

QString SecurityLogDetailsPane::entryText() const
{
    if (!m_entry)
        return {};
    const QList<QPair<QLabel*, QString>> fields{
        {m_idCaption, m_id->text()},           {m_timeCaption, m_time->text()},
        {m_eventCaption, m_event->text()},     {m_severityCaption, m_severity->text()},
        {m_outcomeCaption, m_outcome->text()}, {m_userCaption, m_user->text()},
        {m_ipCaption, m_ip->text()},           {m_agentCaption, m_agent->text()},
        {m_hashCaption, m_hash->text()},       {m_prevHashCaption, m_prevHash->text()}};
    QStringList lines;
    for (const auto& [caption, value] : fields)
        lines.append(caption->text().remove(QLatin1Char('&')) + QLatin1Char(' ') + value);
    lines.append(m_metadataCaption->text());
    lines.append(m_metadata->toPlainText());
    return lines.join(QLatin1Char('\n'));
}

void SecurityLogDetailsPane::retranslate()
{
    m_empty->setText(tr("Select an entry to see its details."));
    m_idCaption->setText(tr("Entry:"));
    m_timeCaption->setText(tr("Time:"));
    m_eventCaption->setText(tr("Event:"));
    m_severityCaption->setText(tr("Severity:"));
    m_outcomeCaption->setText(tr("Outcome:"));
    m_userCaption->setText(tr("User:"));
    m_ipCaption->setText(tr("IP address:"));
    m_agentCaption->setText(tr("User agent:"));
    m_metadataCaption->setText(tr("Details:"));
    m_hashCaption->setText(tr("Hash:"));
    m_prevHashCaption->setText(tr("Previous hash:"));
    m_hash->setToolTip(tr("SHA-256 over the previous hash and this entry's content"));
    m_prevHash->setToolTip(tr("The hash of the entry before this one in the chain"));
    m_copy->setText(tr("&Copy entry"));
    m_copy->setToolTip(tr("Copy every field of this entry to the clipboard"));
    refresh();
}

void SecurityLogDetailsPane::alignValues()
{
    // QLabel aligns a value by its own text's direction, which would push an
    // Arabic name to the far edge of an English form: align by the layout.
    const Qt::Alignment side = layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    for (QLabel* value : std::as_const(m_values))
        value->setAlignment(side | Qt::AlignAbsolute | Qt::AlignVCenter);
}

void SecurityLogDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LayoutDirectionChange)
        alignValues();
    QWidget::changeEvent(event);
}

} // namespace nova::ui
