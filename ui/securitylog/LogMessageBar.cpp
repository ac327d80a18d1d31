#include "LogMessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace nova::ui {

namespace {

QColor levelColour(LogMessageBar::Level level)
{
    switch (level) {
    case LogMessageBar::Level::Busy:
    case LogMessageBar::Level::Information:
        return QColor(0x1e, 0x88, 0xe5);
    case LogMessageBar::Level::Positive:
        return QColor(0x2e, 0x7d, 0x32);
    case LogMessageBar::Level::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case LogMessageBar::Level::Error:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QStyle::StandardPixmap levelIcon(LogMessageBar::Level level)
{
    switch (level) {
    case LogMessageBar::Level::Positive:
        return QStyle::SP_DialogApplyButton;
    case LogMessageBar::Level::Warning:
        return QStyle::SP_MessageBoxWarning;
    case LogMessageBar::Level::Error:
        return QStyle::SP_MessageBoxCritical;
    case LogMessageBar::Level::Busy:
    case LogMessageBar::Level::Information:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

LogMessageBar::LogMessageBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("messageBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("messageAction"));
    connect(m_action, &QPushButton::clicked, this, &LogMessageBar::actionTriggered);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &LogMessageBar::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    retranslate();
    hide();
}

void LogMessageBar::showMessage(Level level, const QString& text, const QString& actionText)
{
    m_level = level;
    const QColor colour = levelColour(level);
    QPalette pal = palette();
    // Blended over the window colour, so the bar suits light and dark themes.
    const QColor base =
        parentWidget() ? parentWidget()->palette().color(QPalette::Window) : QColor(Qt::white);
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.85f + colour.redF() * 0.15f,
                                                    base.greenF() * 0.85f + colour.greenF() * 0.15f,
                                                    base.blueF() * 0.85f + colour.blueF() * 0.15f));
    setPalette(pal);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(levelIcon(level)).pixmap(size, size));
    m_icon->setVisible(level != Level::Busy);
    m_busy->setVisible(level == Level::Busy);
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_close->setVisible(level != Level::Busy);
    show();
}

void LogMessageBar::dismiss()
{
    hide();
    m_text->clear();
}

QString LogMessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

// The message itself belongs to the owner, which shows it again in the new
// language; only the bar's own button is translated here.
void LogMessageBar::retranslate()
{
    m_close->setToolTip(tr("Dismiss this message"));
}

void LogMessageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nova::ui
