#include "AlertFilterBar.h"

#include "AlertPresentation.h"
#include "Bidi.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace nova::ui {

AlertFilterBar::AlertFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_severityLabel(new QLabel(this))
    , m_severity(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severityLabel->setBuddy(m_severity);
    for (Severity severity :
         {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severity->addItem(AlertPresentation::severityIcon(severity), QString(), static_cast<int>(severity));
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this]() { Q_EMIT minimumSeverityChanged(minimumSeverity()); });

    m_text->setObjectName(QStringLiteral("alertFilter"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, &AlertFilterBar::textChanged);

    m_status->setObjectName(QStringLiteral("alertsStatus"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_severityLabel);
    layout->addWidget(m_severity);
    layout->addSpacing(12);
    layout->addWidget(m_text, 1);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    retranslate();
}

Severity AlertFilterBar::minimumSeverity() const
{
    return static_cast<Severity>(m_severity->currentData().toInt());
}

void AlertFilterBar::setMinimumSeverity(Severity minimum)
{
    const int found = m_severity->findData(static_cast<int>(minimum));
    if (found >= 0)
        m_severity->setCurrentIndex(found);
}

QString AlertFilterBar::text() const
{
    return m_text->text();
}

void AlertFilterBar::setText(const QString& text)
{
    m_text->setText(text);
}

void AlertFilterBar::setStatus(const QString& status)
{
    m_status->setText(status);
}

void AlertFilterBar::setFindShortcut(const QKeySequence& shortcut)
{
    m_findShortcut = shortcut;
    retranslate();
}

void AlertFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void AlertFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AlertFilterBar::retranslate()
{
    m_severityLabel->setText(tr("Minimum &severity:"));
    //: Minimum severity filter: every alert
    const QStringList names{tr("All"), tr("Low and above"), tr("Medium and above"), tr("High and above"),
                            tr("Critical only")};
    for (int i = 0; i < m_severity->count(); ++i)
        m_severity->setItemText(i, names.value(i));
    m_severity->setToolTip(tr("Show only alerts of this severity or higher"));
    if (m_findShortcut.isEmpty())
        m_text->setPlaceholderText(tr("Filter by message, type, address or user"));
    else
        //: %1 is the keyboard shortcut that puts the cursor here
        m_text->setPlaceholderText(tr("Filter by message, type, address or user (%1)")
                                       .arg(leftToRight(m_findShortcut.toString(QKeySequence::NativeText))));
    m_text->setToolTip(tr("Show only alerts whose message, type, address or user contains this text"));
}

} // namespace nova::ui
