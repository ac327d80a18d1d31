#pragma once

#include <QString>

namespace nova {

// The answer to a permission or ownership check. A refusal carries a stable
// reason code and the message to show, in the UI's language and in both of
// the product's languages for channels that carry both (alerts, the API).
struct AccessDecision {
    bool allowed = false;
    QString reason; // "granted", "owner", "unknown_user", "user_disabled", "user_locked",
                    // "unknown_role", "unknown_feature", "unknown_action", "unknown_resource_type",
                    // "not_granted", "not_owner", "error"
    QString message;
    QString messageEn;
    QString messageAr;

    explicit operator bool() const { return allowed; }
};

} // namespace nova
