#pragma once

#include "Clock.h"
#include "sms/SmsSender.h"

#include <QMutex>

namespace nova {

// The default sender when no SMS gateway is configured: appends one JSON
// line {"to","text","at"} per message to a file, for an operator or a
// separate delivery script to pick up.
//
// The file holds live one-time codes, so it is a secret: created 0600 and
// refused (with the chmod that fixes it) if other users can read it, just as
// FileSecretStore treats its files.
class OutboxSmsSender final : public SmsSender {
public:
    OutboxSmsSender(QString filePath, const Clock& clock);

    Status send(const QString& phone, const QString& text) override;

    const QString& filePath() const { return m_filePath; }
    // <AppDataLocation>/sms-outbox.jsonl
    static QString defaultPath();

private:
    QString m_filePath;
    const Clock& m_clock;
    QMutex m_mutex;
};

} // namespace nova
