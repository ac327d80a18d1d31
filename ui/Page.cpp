#include "Page.h"

#include <QEvent>

namespace nova::ui {

Page::Page(UiSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace nova::ui
