#pragma once

#include <QObject>
#include <QRandomGenerator>

class QTimer;

namespace nova {
class ServiceHub;
}

namespace nova::ui {

// Keeps the demo alive: every few seconds a made-up attacker tries a
// password against a demo account, through the real sign-in service, so the
// detector counts the failures, blocks the address after the fifth and
// raises the alerts the Live alerts page shows. Nothing is faked past the
// attacker itself.
class DemoAlertGenerator : public QObject {
    Q_OBJECT
public:
    explicit DemoAlertGenerator(ServiceHub& hub, QObject* parent = nullptr);

    void start(int intervalMs = 2500);
    void stop();

private:
    void attempt();

    ServiceHub& m_hub;
    QTimer* m_timer = nullptr;
    QRandomGenerator m_random{7};
    bool m_inFlight = false;
};

} // namespace nova::ui
