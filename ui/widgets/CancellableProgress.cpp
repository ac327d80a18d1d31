#include "CancellableProgress.h"

#include <QProgressDialog>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace nova::ui {

bool CancellableProgress::Counter::report(qint64 done, qint64 total, int stage)
{
    m_stage = stage;
    m_done = done;
    m_total = total;
    return !m_cancel.load();
}

int CancellableProgress::Counter::totalForPlural() const
{
    return static_cast<int>(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

CancellableProgress::CancellableProgress(const QString& dialogName, QWidget* dialogParent, QObject* owner)
    : QObject(owner)
    , m_dialogName(dialogName)
    , m_dialogParent(dialogParent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &CancellableProgress::update);
}

CancellableProgress::~CancellableProgress()
{
    // The worker may still be running: it stops at its next step.
    if (m_counter)
        m_counter->requestCancel();
}

std::shared_ptr<CancellableProgress::Counter> CancellableProgress::start(Wording wording)
{
    auto counter = std::make_shared<Counter>();
    m_counter = counter;
    m_wording = std::move(wording);

    auto* dialog = new QProgressDialog(m_dialogParent);
    m_dialog = dialog;
    dialog->setObjectName(m_dialogName);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    // Quick work finishes before a dialog would only flash.
    dialog->setMinimumDuration(400);
    dialog->setRange(0, 0);
    dialog->setValue(0);
    retranslate();
    connect(dialog, &QProgressDialog::canceled, this, [this, counter] {
        counter->requestCancel();
        if (m_dialog) {
            update();
            m_dialog->show();
        }
    });
    m_timer->start();
    return counter;
}

void CancellableProgress::finish()
{
    m_timer->stop();
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog.clear();
    m_counter.reset();
}

void CancellableProgress::retranslate()
{
    if (!m_counter || !m_dialog)
        return;
    m_dialog->setWindowTitle(m_wording(*m_counter).title);
    m_dialog->setCancelButtonText(tr("&Cancel"));
    update();
}

void CancellableProgress::update()
{
    if (!m_counter || !m_dialog)
        return;
    if (m_counter->cancelRequested()) {
        m_dialog->setLabelText(tr("Cancelling…"));
        return;
    }
    m_dialog->setLabelText(m_wording(*m_counter).label);
    const qint64 total = m_counter->total();
    if (total <= 0) {
        m_dialog->setRange(0, 0);
        return;
    }
    // The dialog counts in int; a permille scale fits any count or size.
    m_dialog->setRange(0, 1000);
    m_dialog->setValue(static_cast<int>(std::min<qint64>(m_counter->done(), total) * 1000 / total));
}

} // namespace nova::ui
