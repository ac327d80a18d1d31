#pragma once

#include "crypto/HashAlgorithm.h"

namespace nova {

struct OtpSettings {
    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    int digits = 6;
    int periodSecs = 30;

    static constexpr int kMinDigits = 6;
    static constexpr int kMaxDigits = 8;
    static constexpr int kMinPeriod = 15;
    static constexpr int kMaxPeriod = 300;

    bool isValid() const
    {
        return digits >= kMinDigits && digits <= kMaxDigits && periodSecs >= kMinPeriod &&
               periodSecs <= kMaxPeriod;
    }
    bool operator==(const OtpSettings&) const = default;
};

} // namespace nova
