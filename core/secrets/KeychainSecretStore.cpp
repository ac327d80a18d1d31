#include "KeychainSecretStore.h"

#include "Bidi.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace nova {

namespace {

// QtKeychain queues every job in one process-wide JobExecutor, a QObject
// that lives in the thread which first started a job and that learns of a
// finished job through a queued signal. If that thread does not run an
// event loop later (a pool thread that has moved on, a busy main thread),
// the executor never hears that the job finished and every later job waits
// forever. So all jobs of the process are created and run on one thread of
// ours that always runs its event loop; the library's global forces this
// one to be global too. Callers block until their job has finished.
class KeychainThread {
public:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("nova-keychain"));
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }
    ~KeychainThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    static KeychainThread& instance()
    {
        static KeychainThread thread;
        return thread;
    }

    struct Outcome {
        QKeychain::Error error = QKeychain::NoError;
        QString errorString;
        QByteArray data;
    };

    // `makeJob` runs on the keychain thread and returns a job that has not
    // been started; it deletes itself after finishing (QtKeychain's default).
    template <typename MakeJob>
    Outcome run(MakeJob makeJob)
    {
        Outcome outcome;
        QSemaphore done;
        QMetaObject::invokeMethod(
            m_context,
            [&outcome, &done, makeJob]() {
                QKeychain::Job* job = makeJob();
                QObject::connect(job, &QKeychain::Job::finished, job, [&outcome, &done](QKeychain::Job* j) {
                    outcome.error = j->error();
                    outcome.errorString = j->errorString();
                    if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(j))
                        outcome.data = reader->binaryData();
                    done.release();
                });
                job->start();
            },
            Qt::QueuedConnection);
        done.acquire();
        return outcome;
    }

private:
    QThread m_thread;
    QObject* m_context = new QObject; // deleted on the thread when it finishes
};

Error keychainError(const QString& name, const KeychainThread::Outcome& outcome)
{
    if (outcome.error == QKeychain::AccessDenied)
        return Error{QString::fromLatin1(KeychainSecretStore::kUnavailable),
                     QCoreApplication::translate("nova::KeychainSecretStore",
                                                 "The keychain refused access to %1 (it may be locked): %2")
                         .arg(leftToRight(name), outcome.errorString)};
    if (outcome.error == QKeychain::NoBackendAvailable)
        return Error{QString::fromLatin1(KeychainSecretStore::kUnavailable),
                     QCoreApplication::translate("nova::KeychainSecretStore",
                                                 "No keychain is available on this system (%1). Use the "
                                                 "file secret store instead.")
                         .arg(outcome.errorString)};
    return Error{QString::fromLatin1(KeychainSecretStore::kUnavailable),
                 QCoreApplication::translate("nova::KeychainSecretStore", "The keychain failed on %1: %2")
                     .arg(leftToRight(name), outcome.errorString)};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

Result<QByteArray> KeychainSecretStore::read(const QString& name) const
{
    if (const Status valid = checkName(name); !valid)
        return valid.error();
    const QString service = m_service;
    const auto outcome = KeychainThread::instance().run([service, name]() {
        auto* job = new QKeychain::ReadPasswordJob(service);
        job->setKey(name);
        return job;
    });
    if (outcome.error == QKeychain::EntryNotFound)
        return notFound(name);
    if (outcome.error != QKeychain::NoError)
        return keychainError(name, outcome);
    return outcome.data;
}

Status KeychainSecretStore::write(const QString& name, const QByteArray& bytes)
{
    if (const Status valid = checkName(name); !valid)
        return valid;
    if (bytes.size() > kMaxSecretSize)
        return Error{
            QString::fromLatin1(kUnavailable),
            QCoreApplication::translate("nova::KeychainSecretStore", "The secret is too large to store.")};
    const QString service = m_service;
    const auto outcome = KeychainThread::instance().run([service, name, bytes]() {
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setKey(name);
        job->setBinaryData(bytes);
        return job;
    });
    if (outcome.error != QKeychain::NoError)
        return keychainError(name, outcome);
    return {};
}

Status KeychainSecretStore::remove(const QString& name)
{
    if (const Status valid = checkName(name); !valid)
        return valid;
    const QString service = m_service;
    const auto outcome = KeychainThread::instance().run([service, name]() {
        auto* job = new QKeychain::DeletePasswordJob(service);
        job->setKey(name);
        return job;
    });
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
        return keychainError(name, outcome);
    return {};
}

} // namespace nova
