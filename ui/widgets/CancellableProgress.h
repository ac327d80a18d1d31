#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace nova::ui {

// The window-modal progress dialog shown while an export or a backup runs
// on the service executor. It appears only when the work outlasts a glance,
// follows the worker's counts, and its Cancel asks the worker to stop: the
// dialog stays, saying so, until the owner calls finish().
class CancellableProgress : public QObject {
    Q_OBJECT
public:
    // Shared with the worker: progress goes out, the cancel request comes in.
    class Counter {
    public:
        // The worker's progress callback: false once a cancel was asked for.
        bool report(qint64 done, qint64 total, int stage = 0);
        qint64 done() const { return m_done; }
        qint64 total() const { return m_total; }
        // For a %Ln plural: the dialog's texts count in int.
        int totalForPlural() const;
        int stage() const { return m_stage; }
        bool cancelRequested() const { return m_cancel; }
        void requestCancel() { m_cancel = true; }

    private:
        std::atomic<int> m_stage{0};
        std::atomic<qint64> m_done{0};
        std::atomic<qint64> m_total{0};
        std::atomic_bool m_cancel{false};
    };

    // The owner words the title and the label, so its strings keep the
    // owner's translation context; asked again on every update and by
    // retranslate(). Cancel and "Cancelling…" are worded here.
    struct Texts {
        QString title;
        QString label;
    };
    using Wording = std::function<Texts(const Counter& counter)>;

    CancellableProgress(const QString& dialogName, QWidget* dialogParent, QObject* owner);
    ~CancellableProgress() override;

    bool isRunning() const { return m_counter != nullptr; }
    // Opens the dialog (shown after a short delay); hand the counter to the worker.
    std::shared_ptr<Counter> start(Wording wording);
    // Closes the dialog once the worker is done.
    void finish();
    // The owner calls this on a language change.
    void retranslate();

private:
    void update();

    QString m_dialogName;
    QWidget* m_dialogParent;
    Wording m_wording;
    std::shared_ptr<Counter> m_counter;
    QPointer<QProgressDialog> m_dialog;
    QTimer* m_timer = nullptr;
};

} // namespace nova::ui
