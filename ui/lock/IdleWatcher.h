#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace nova::ui {

// Notices when nobody has touched the program for a while: an event filter
// on the application that restarts the clock on every keyboard, mouse,
// wheel, touch or tablet event (any window of the program) and emits idle()
// once the timeout passes without one. Other events (timers, repaints,
// network) do not count as presence. idle() is emitted once per idle
// period; the next input starts a new period.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    // Installs itself on QCoreApplication::instance(); disabled until a
    // timeout is set.
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // 0 or less: never idle.
    void setTimeoutMs(int timeoutMs);
    int timeoutMs() const { return m_timeoutMs; }

    // Starts a new period now, as if there had been input (after unlocking).
    void reset();

    static bool isUserInput(const QEvent* event);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTimeout();

    QTimer* m_timer = nullptr;
    QElapsedTimer m_sinceInput;
    int m_timeoutMs = 0;
    bool m_fired = false;
};

} // namespace nova::ui
