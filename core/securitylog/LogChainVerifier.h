#pragma once

#include "securitylog/SecurityEvent.h"

#include <QCryptographicHash>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace nova {

struct LogVerification {
    qint64 entriesChecked = 0;
    std::optional<qint64> firstBrokenId; // empty when the whole chain holds
    QString reason;
    // Erasures whose pseudonymised entries lie partly before the first
    // entry checked (in an archive that was not part of this check).
    qint64 erasuresNotChecked = 0;
};

// Walks a hash chain entry by entry, from the live table, from archive files
// or from both in order. An ordinary entry must link to its predecessor and
// hash to its own content. A pseudonymised entry keeps its original hash, so
// it must only link; its new content is vouched for by the erase_user entry
// it names, whose metadata carries the count and SHA-256 of every entry it
// pseudonymised (docs/DATA-PROTECTION.md).
class LogChainVerifier {
public:
    explicit LogChainVerifier(QString startHash);
    ~LogChainVerifier();
    LogChainVerifier(const LogChainVerifier&) = delete;
    LogChainVerifier& operator=(const LogChainVerifier&) = delete;

    // The next entry in id order; false once the chain is broken.
    bool add(const SecurityLogEntry& entry);
    // After the last entry: open redaction claims are breaks.
    const LogVerification& finish();

    const LogVerification& report() const { return m_report; }
    bool isBroken() const { return m_report.firstBrokenId.has_value(); }
    const QString& lastHash() const { return m_expectedPrev; }
    // After finish(), for a chain that starts at an archive boundary: the
    // boundary is not chained itself, so the newest log_archived entry must
    // describe it. False (and broken) when it does not.
    bool checkAnchor(qint64 archivedThroughId, const QString& lastHash);

    // What an erase_user entry's digest covers for one pseudonymised entry.
    static void addToRedactionDigest(QCryptographicHash& digest, const SecurityLogEntry& entry);

    // Metadata keys of the erase_user entry.
    static inline const QString kRedactedCount = QStringLiteral("redacted");
    static inline const QString kRedactionDigest = QStringLiteral("redaction_digest");
    static inline const QString kFirstRedactedId = QStringLiteral("first_redacted_id");
    // Metadata keys of the log_archived entry.
    static inline const QString kArchiveFile = QStringLiteral("file");
    static inline const QString kArchiveLastId = QStringLiteral("last_id");
    static inline const QString kArchiveLastHash = QStringLiteral("last_hash");

private:
    struct Claim {
        std::unique_ptr<QCryptographicHash> digest;
        qint64 count = 0;
        qint64 firstEntryId = 0;
    };
    bool breakAt(qint64 id, const QString& reason);
    bool breakAtUnrecordedClaim(qint64 id);
    bool checkErasure(const SecurityLogEntry& entry);

    LogVerification m_report;
    QString m_expectedPrev;
    std::optional<qint64> m_firstId;
    std::map<qint64, Claim> m_claims;               // erase_user id -> what its entries add up to
    std::optional<QJsonObject> m_lastArchiveRecord; // its metadata
};

} // namespace nova
