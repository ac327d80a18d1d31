#include "DemoAlertGenerator.h"

#include "ServiceHub.h"
#include "WhenFinished.h"
#include "auth/SignInService.h"

#include <QTimer>

namespace nova::ui {

DemoAlertGenerator::DemoAlertGenerator(ServiceHub& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &DemoAlertGenerator::attempt);
}

void DemoAlertGenerator::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void DemoAlertGenerator::stop()
{
    m_timer->stop();
}

void DemoAlertGenerator::attempt()
{
    if (m_inFlight)
        return;
    // A few attackers at a time from the documentation ranges (RFC 5737);
    // once the detector has blocked one, the next address takes over.
    const quint32 host =
        10 + m_random.bounded(6U) + (static_cast<quint32>(m_hub.clock().nowMSecs() / 60000) % 40U) * 6U;
    const QString ip = QStringLiteral("198.51.100.%1").arg(host % 250U + 1U);
    static const QStringList targets{QStringLiteral("administrator"), QStringLiteral("test"),
                                     QStringLiteral("james.carter"), QStringLiteral("admin"),
                                     QStringLiteral("root")};
    const QString target =
        targets.at(static_cast<int>(m_random.bounded(static_cast<quint32>(targets.size()))));
    const AccessContext context{ip, QStringLiteral("python-requests/2.31"),
                                QStringLiteral("/api/auth/login")};
    m_inFlight = true;
    whenFinished(m_hub.executor().run([&hub = m_hub, target, context] {
        return hub.signIn().signIn(target, QStringLiteral("password123"), context).ok();
    }),
                 this, [this](bool) { m_inFlight = false; });
}

} // namespace nova::ui
