#include "LogArchiveFile.h"

#include "crypto/ConstantTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

#include <zlib.h>

namespace nova {

namespace {

const QString kFormat = QStringLiteral("nova-security-log-archive");
constexpr int kVersion = 1;
constexpr int kChunk = 64 * 1024;
// A line longer than this is not one we wrote.
constexpr qsizetype kMaxLine = 4 * 1024 * 1024;

// `text` is marked with QT_TRANSLATE_NOOP("nova::LogArchive", …) at the call.
Error archiveError(const char* code, const QString& path, const char* text)
{
    return Error{QString::fromLatin1(code), QCoreApplication::translate("nova::LogArchive", text).arg(path)};
}

QJsonObject entryToJson(const SecurityLogEntry& entry)
{
    const SecurityEvent& e = entry.event;
    QJsonObject line{{QStringLiteral("id"), entry.id},
                     {QStringLiteral("created_at"), entry.createdAtMs},
                     {QStringLiteral("event"), e.event},
                     {QStringLiteral("severity"), severityName(e.severity)},
                     {QStringLiteral("success"), e.success},
                     {QStringLiteral("user_id"), e.userId ? QJsonValue(*e.userId) : QJsonValue()},
                     {QStringLiteral("username"), e.username},
                     {QStringLiteral("ip"), e.ip},
                     {QStringLiteral("user_agent"), e.userAgent},
                     {QStringLiteral("metadata"), e.metadata},
                     {QStringLiteral("prev_hash"), entry.prevHash},
                     {QStringLiteral("hash"), entry.hash}};
    if (entry.redactedBy)
        line.insert(QStringLiteral("redacted_by"), *entry.redactedBy);
    return line;
}

SecurityLogEntry entryFromJson(const QJsonObject& line)
{
    SecurityLogEntry entry;
    entry.id = line.value(QStringLiteral("id")).toInteger();
    entry.createdAtMs = line.value(QStringLiteral("created_at")).toInteger();
    SecurityEvent& e = entry.event;
    e.event = line.value(QStringLiteral("event")).toString();
    e.severity = severityFromName(line.value(QStringLiteral("severity")).toString());
    e.success = line.value(QStringLiteral("success")).toBool();
    if (const QJsonValue user = line.value(QStringLiteral("user_id")); user.isDouble())
        e.userId = user.toInteger();
    e.username = line.value(QStringLiteral("username")).toString();
    e.ip = line.value(QStringLiteral("ip")).toString();
    e.userAgent = line.value(QStringLiteral("user_agent")).toString();
    e.metadata = line.value(QStringLiteral("metadata")).toObject();
    entry.prevHash = line.value(QStringLiteral("prev_hash")).toString();
    entry.hash = line.value(QStringLiteral("hash")).toString();
    if (const QJsonValue by = line.value(QStringLiteral("redacted_by")); by.isDouble())
        entry.redactedBy = by.toInteger();
    return entry;
}

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

struct LogArchiveWriter::Impl {
    QString path;
    QByteArray key;
    QSaveFile file;
    z_stream zs{};
    bool deflating = false;
    std::unique_ptr<QMessageAuthenticationCode> mac;
    QCryptographicHash fileHash{QCryptographicHash::Sha256};
    LogArchiveSummary summary;

    Status write(const QByteArray& bytes, int flush)
    {
        mac->addData(bytes);
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
        zs.avail_in = static_cast<uInt>(bytes.size());
        char out[kChunk];
        do {
            zs.next_out = reinterpret_cast<Bytef*>(out);
            zs.avail_out = kChunk;
            if (deflate(&zs, flush) == Z_STREAM_ERROR)
                return archiveError(
                    "archive.compress", path,
                    QT_TRANSLATE_NOOP("nova::LogArchive", "The archive %1 could not be compressed."));
            const qint64 produced = kChunk - zs.avail_out;
            fileHash.addData(QByteArrayView(out, produced));
            if (produced > 0 && file.write(out, produced) != produced)
                return archiveError(
                    "archive.write", path,
                    QT_TRANSLATE_NOOP("nova::LogArchive", "The archive %1 could not be written."));
        } while (zs.avail_out == 0);
        return {};
    }
};

LogArchiveWriter::LogArchiveWriter(QString path, QByteArray key)
    : d(std::make_unique<Impl>())
{
    d->path = std::move(path);
    d->key = std::move(key);
    d->file.setFileName(d->path);
}

LogArchiveWriter::~LogArchiveWriter()
{
    if (d->deflating)
        deflateEnd(&d->zs);
}

Status LogArchiveWriter::open(const QString& startHash, qint64 nowMs)
{
    if (!d->file.open(QIODevice::WriteOnly) ||
        !d->file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return archiveError("archive.write", d->path,
                            QT_TRANSLATE_NOOP("nova::LogArchive", "The archive %1 could not be written."));
    // windowBits 15 + 16: a gzip header and trailer rather than raw zlib.
    if (deflateInit2(&d->zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return archiveError("archive.compress", d->path,
                            QT_TRANSLATE_NOOP("nova::LogArchive", "The archive %1 could not be compressed."));
    d->deflating = true;
    d->mac = std::make_unique<QMessageAuthenticationCode>(QCryptographicHash::Sha256, d->key);
    d->summary.startHash = startHash;
    d->summary.lastHash = startHash;
    d->summary.createdAtMs = nowMs;
    return d->write(jsonLine({{QStringLiteral("format"), kFormat},
                              {QStringLiteral("version"), kVersion},
                              {QStringLiteral("start_hash"), startHash},
                              {QStringLiteral("created_at"), nowMs}}),
                    Z_NO_FLUSH);
}

Status LogArchiveWriter::add(const SecurityLogEntry& entry)
{
    if (d->summary.count == 0)
        d->summary.firstId = entry.id;
    d->summary.lastId = entry.id;
    d->summary.lastHash = entry.hash;
    ++d->summary.count;
    return d->write(jsonLine(entryToJson(entry)), Z_NO_FLUSH);
}

Result<LogArchiveSummary> LogArchiveWriter::finish()
{
    const LogArchiveSummary& s = d->summary;
    const QByteArray signature = d->mac->result().toHex();
    // The signature covers everything before the closing line, which
    // repeats the bookkeeping a reader checks against what it counted.
    QJsonObject end{{QStringLiteral("end"), true},
                    {QStringLiteral("count"), s.count},
                    {QStringLiteral("first_id"), s.firstId},
                    {QStringLiteral("last_id"), s.lastId},
                    {QStringLiteral("last_hash"), s.lastHash},
                    {QStringLiteral("signature"), QString::fromLatin1(signature)}};
    const QByteArray closing = jsonLine(end);
    d->zs.next_in = nullptr;
    d->zs.avail_in = 0;
    if (const Status written = d->write(closing, Z_FINISH); !written)
        return written.error();
    deflateEnd(&d->zs);
    d->deflating = false;
    d->summary.fileSha256 = d->fileHash.result().toHex();
    if (!d->file.commit())
        return archiveError("archive.write", d->path,
                            QT_TRANSLATE_NOOP("nova::LogArchive", "The archive %1 could not be written."));
    return s;
}

Result<LogArchiveSummary> LogArchiveReader::read(const QString& path, const QByteArray& key,
                                                 const std::function<bool(const SecurityLogEntry&)>& each)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return archiveError("archive.read", path,
                            QT_TRANSLATE_NOOP("nova::LogArchive", "The archive %1 could not be opened."));
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return archiveError("archive.read", path,
                            QT_TRANSLATE_NOOP("nova::LogArchive", "The archive %1 could not be opened."));
    const auto cleanup = qScopeGuard([&] { inflateEnd(&zs); });

    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    QCryptographicHash fileHash(QCryptographicHash::Sha256);
    LogArchiveSummary summary;
    QByteArray pending;
    QByteArray closing;
    bool header = false;
    bool stopped = false;
    qint64 counted = 0;
    const Error damaged = archiveError(
        "archive.damaged", path,
        QT_TRANSLATE_NOOP("nova::LogArchive", "The archive %1 is damaged or is not a security-log archive."));

    // Returns false on a line that is not what the writer writes.
    auto takeLine = [&](const QByteArray& line) -> bool {
        if (!closing.isEmpty())
            return false; // nothing may follow the closing line
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!header) {
            if (object.value(QStringLiteral("format")).toString() != kFormat ||
                object.value(QStringLiteral("version")).toInt() != kVersion)
                return false;
            header = true;
            summary.startHash = object.value(QStringLiteral("start_hash")).toString();
            summary.lastHash = summary.startHash;
            summary.createdAtMs = object.value(QStringLiteral("created_at")).toInteger();
            mac.addData(line + '\n');
            return true;
        }
        if (object.value(QStringLiteral("end")).toBool()) {
            closing = line;
            return true;
        }
        if (!object.contains(QStringLiteral("hash")))
            return false;
        mac.addData(line + '\n');
        const SecurityLogEntry entry = entryFromJson(object);
        if (counted == 0)
            summary.firstId = entry.id;
        summary.lastId = entry.id;
        summary.lastHash = entry.hash;
        ++counted;
        if (!stopped && !each(entry))
            stopped = true;
        return true;
    };

    char in[kChunk];
    char out[kChunk];
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        const qint64 got = file.read(in, kChunk);
        if (got <= 0)
            return damaged; // ended before the gzip trailer: truncated
        fileHash.addData(QByteArrayView(in, got));
        zs.next_in = reinterpret_cast<Bytef*>(in);
        zs.avail_in = static_cast<uInt>(got);
        while (zs.avail_in > 0 && status != Z_STREAM_END) {
            zs.next_out = reinterpret_cast<Bytef*>(out);
            zs.avail_out = kChunk;
            status = inflate(&zs, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END)
                return damaged;
            pending.append(out, kChunk - zs.avail_out);
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                if (!takeLine(pending.left(newline)))
                    return damaged;
                pending.remove(0, newline + 1);
            }
            if (pending.size() > kMaxLine)
                return damaged;
        }
    }
    if (!pending.isEmpty() || closing.isEmpty() || !file.atEnd())
        return damaged;
    const QJsonObject end = QJsonDocument::fromJson(closing).object();
    const QByteArray signature = end.value(QStringLiteral("signature")).toString().toLatin1();
    if (!ConstantTime::equal(signature, mac.result().toHex()))
        return archiveError(
            "archive.signature", path,
            QT_TRANSLATE_NOOP("nova::LogArchive",
                              "The archive %1 does not carry a valid signature: it was changed, or it was "
                              "signed with another installation's key."));
    summary.count = counted;
    summary.fileSha256 = fileHash.result().toHex();
    if (end.value(QStringLiteral("count")).toInteger() != counted ||
        end.value(QStringLiteral("last_hash")).toString() != summary.lastHash)
        return damaged;
    return summary;
}

} // namespace nova
