#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace nova::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::onTimeout);
    m_sinceInput.start();
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = qMax(0, timeoutMs);
    reset();
}

void IdleWatcher::reset()
{
    m_sinceInput.restart();
    m_fired = false;
    if (m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
    else
        m_timer->stop();
}

bool IdleWatcher::isUserInput(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
    case QEvent::ContextMenu:
        return true;
    default:
        return false;
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // Every input event passes here once per receiver it propagates to;
    // restarting a clock is all it costs, the timer is left alone.
    if (m_timeoutMs > 0 && isUserInput(event)) {
        m_sinceInput.restart();
        if (m_fired) {
            m_fired = false;
            m_timer->start(m_timeoutMs);
        }
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::onTimeout()
{
    const qint64 remaining = m_timeoutMs - m_sinceInput.elapsed();
    if (remaining > 0) {
        m_timer->start(static_cast<int>(remaining));
        return;
    }
    m_fired = true;
    Q_EMIT idle();
}

} // namespace nova::ui
