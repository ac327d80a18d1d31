#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace nova::service {

// Turns SIGTERM and SIGINT into a Qt signal on the main thread: the handler
// only writes a byte to a socket pair (async-signal-safe), the notifier
// reads it in the event loop, where shutting down cleanly is allowed.
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace nova::service
