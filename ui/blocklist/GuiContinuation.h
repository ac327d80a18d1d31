#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

#include <utility>

namespace nova::ui {

// Continues a worker's future on the GUI thread with `fn(result)`, unless
// `receiver` was destroyed meanwhile (a dialog closed, a page torn down).
// QFuture::then(receiver, fn) would be the natural spelling, but Qt 6.4
// asserts in its header (Q_ASSERT(context) in qfuture_impl.h) when the
// context object is gone by the time the future finishes, so debug builds
// abort; later Qt versions skip the call, which is what this does.
template <typename T, typename Receiver, typename Fn>
void continueOnGui(QFuture<T> future, Receiver* receiver, Fn fn)
{
    future.then(QCoreApplication::instance(),
                [guard = QPointer<Receiver>(receiver), fn = std::move(fn)](T result) mutable {
                    if (guard)
                        fn(std::move(result));
                });
}

} // namespace nova::ui
