#pragma once

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace nova {

// Runs service calls off the GUI thread. Password hashing is slow by design
// and database calls may wait on a lock or a network; the UI receives a
// QFuture and continues with .then(context, …) on its own thread.
class ServiceExecutor {
public:
    explicit ServiceExecutor(int threads = 2) { m_pool.setMaxThreadCount(threads); }
    ~ServiceExecutor() { m_pool.waitForDone(); }

    template <typename Fn>
    auto run(Fn&& fn)
    {
        return QtConcurrent::run(&m_pool, std::forward<Fn>(fn));
    }

    void waitForDone() { m_pool.waitForDone(); }

private:
    QThreadPool m_pool;
};

} // namespace nova
