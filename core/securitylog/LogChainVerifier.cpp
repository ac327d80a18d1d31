#include "LogChainVerifier.h"

#include "securitylog/SecurityLog.h"

#include <QCoreApplication>

namespace nova {

LogChainVerifier::LogChainVerifier(QString startHash)
    : m_expectedPrev(std::move(startHash))
{}

LogChainVerifier::~LogChainVerifier() = default;

void LogChainVerifier::addToRedactionDigest(QCryptographicHash& digest, const SecurityLogEntry& entry)
{
    digest.addData(entry.hash.toLatin1());
    digest.addData(QByteArrayView("\n"));
    digest.addData(SecurityLog::canonicalContent(entry));
    digest.addData(QByteArrayView("\n"));
}

bool LogChainVerifier::breakAt(qint64 id, const QString& reason)
{
    m_report.firstBrokenId = id;
    m_report.reason = reason;
    return false;
}

bool LogChainVerifier::breakAtUnrecordedClaim(qint64 id)
{
    return breakAt(
        id, QCoreApplication::translate("nova::SecurityLog",
                                        "Entry %1 claims a pseudonymisation that the log does not record.")
                .arg(id));
}

bool LogChainVerifier::add(const SecurityLogEntry& entry)
{
    if (isBroken())
        return false;
    if (!m_firstId)
        m_firstId = entry.id;
    ++m_report.entriesChecked;
    if (entry.prevHash != m_expectedPrev)
        return breakAt(entry.id, QCoreApplication::translate(
                                     "nova::SecurityLog", "Entry %1 does not link to the entry before it: an "
                                                          "entry was removed, inserted or reordered.")
                                     .arg(entry.id));
    if (entry.redactedBy) {
        if (*entry.redactedBy <= entry.id)
            return breakAtUnrecordedClaim(entry.id);
        Claim& claim = m_claims[*entry.redactedBy];
        if (!claim.digest) {
            claim.digest = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
            claim.firstEntryId = entry.id;
        }
        addToRedactionDigest(*claim.digest, entry);
        ++claim.count;
    } else if (SecurityLog::computeHash(entry.prevHash, entry) != entry.hash) {
        return breakAt(entry.id, QCoreApplication::translate("nova::SecurityLog",
                                                             "Entry %1 was changed after it was written.")
                                     .arg(entry.id));
    }
    m_expectedPrev = entry.hash;
    if (entry.event.event == EventType::EraseUser && entry.event.success)
        return checkErasure(entry);
    if (entry.event.event == EventType::LogArchived && entry.event.success)
        m_lastArchiveRecord = entry.event.metadata;
    return true;
}

bool LogChainVerifier::checkErasure(const SecurityLogEntry& entry)
{
    const QJsonObject& meta = entry.event.metadata;
    const qint64 claimedCount = meta.value(kRedactedCount).toInteger();
    const QString claimedDigest = meta.value(kRedactionDigest).toString();
    const qint64 firstRedacted = meta.value(kFirstRedactedId).toInteger();
    Claim claim;
    if (const auto it = m_claims.find(entry.id); it != m_claims.end()) {
        claim = std::move(it->second);
        m_claims.erase(it);
    }
    // Entries archived before this check began cannot be recomputed here;
    // checking the archives with the live table covers them.
    if (claimedCount > 0 && firstRedacted < *m_firstId) {
        ++m_report.erasuresNotChecked;
        return true;
    }
    QCryptographicHash empty(QCryptographicHash::Sha256);
    const QString digest =
        QString::fromLatin1((claim.digest ? claim.digest->result() : empty.result()).toHex());
    if (claim.count != claimedCount || digest != claimedDigest)
        return breakAt(entry.id,
                       QCoreApplication::translate("nova::SecurityLog",
                                                   "The entries pseudonymised by entry %1 were changed "
                                                   "after the erasure.")
                           .arg(entry.id));
    return true;
}

const LogVerification& LogChainVerifier::finish()
{
    if (!isBroken() && !m_claims.empty()) {
        qint64 first = -1;
        for (const auto& [recordId, claim] : m_claims) {
            if (first < 0 || claim.firstEntryId < first)
                first = claim.firstEntryId;
        }
        breakAtUnrecordedClaim(first);
    }
    return m_report;
}

bool LogChainVerifier::checkAnchor(qint64 archivedThroughId, const QString& lastHash)
{
    if (isBroken())
        return false;
    if (m_lastArchiveRecord && m_lastArchiveRecord->value(kArchiveLastId).toInteger() == archivedThroughId &&
        m_lastArchiveRecord->value(kArchiveLastHash).toString() == lastHash)
        return true;
    return breakAt(archivedThroughId,
                   QCoreApplication::translate("nova::SecurityLog",
                                               "The live log starts after entry %1, but the log "
                                               "does not record archiving up to that entry.")
                       .arg(archivedThroughId));
}

} // namespace nova
