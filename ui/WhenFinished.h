#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace nova::ui {

// Calls handler(result) on context's thread when the future finishes, and
// not at all when context is destroyed first. Qt 6.4's
// QFuture::then(context, …) asserts that the context still exists when the
// work finishes (a page closed while its list loads aborts a debug build);
// a watcher owned by the context simply goes away with it.
template <typename T, typename Handler>
void whenFinished(QFuture<T> future, QObject* context, Handler&& handler)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::forward<Handler>(handler)]() mutable {
                         watcher->deleteLater();
                         handler(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace nova::ui
