#pragma once

#include "Result.h"

#include <QString>

namespace nova {

// Delivers one text message. Implementations block until the message is
// handed over (or refused), so call them off the GUI thread.
class SmsSender {
public:
    static constexpr const char* kSendFailed = "sms.send_failed";

    virtual ~SmsSender() = default;
    virtual Status send(const QString& phone, const QString& text) = 0;
};

} // namespace nova
