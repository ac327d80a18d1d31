#pragma once

#include <QtGlobal>

#include <functional>

namespace nova {

// The steps of a backup operation, in the order they run: create is
// Snapshot then Encrypt; verify Decrypt then Check; restore adds
// SafetyCopy and Restore.
enum class BackupStage { Snapshot, Encrypt, Decrypt, Check, SafetyCopy, Restore };

// Called as a stage advances (done of total: pages or bytes, total 0 when
// unknown); returning false cancels with kBackupCancelled and undoes the
// stage's writes.
using BackupProgress = std::function<bool(BackupStage stage, qint64 done, qint64 total)>;

inline constexpr const char* kBackupCancelled = "backup.cancelled";

} // namespace nova
