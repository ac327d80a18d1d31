#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace nova::ui {

// Runs fn(result) on the context's thread when the future finishes, and not
// at all once the context is gone. QFuture::then(context, …) in Qt 6.4
// asserts (and in release builds posts to a null object) when the context
// is destroyed before the work finishes, which happens whenever a page
// closes during a database read; a watcher owned by the context is
// disconnected with it instead.
template <typename T, typename Fn>
void whenFinished(QFuture<T> future, QObject* context, Fn&& fn)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, fn = std::forward<Fn>(fn)]() mutable {
                         watcher->deleteLater();
                         fn(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace nova::ui
