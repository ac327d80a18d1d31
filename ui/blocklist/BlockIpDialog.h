#pragma once

#include "blocklist/BlockedIp.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace nova::ui {

class IpRangeInput;
class UiSession;

// Block an address or network: the range validated as one types (including
// the service's own refusals it can know in advance: too broad, on the
// allow-list, this machine), a duration preset or a custom one, and a
// required reason. OK runs the block off the GUI thread after authorising
// blocked_ips:create; the dialog closes on success and shows the service's
// error otherwise. The service writes the audit entry.
class BlockIpDialog : public QDialog {
    Q_OBJECT
public:
    enum Preset { Minutes15, Hour1, Hours24, Days7, Days30, Permanent, Custom };
    Q_ENUM(Preset)

    explicit BlockIpDialog(UiSession& session, QWidget* parent = nullptr);

    void setAddress(const QString& text);
    void setReason(const QString& text);
    // The current blocks, to say when OK would extend one.
    void setExistingBlocks(const QList<BlockedIp>& entries);
    // Empty for a permanent block.
    std::optional<qint64> durationMs() const;
    // The block as stored, after a successful OK.
    const std::optional<BlockedIp>& blocked() const { return m_result; }

    // /8../16 (IPv4) and /16../32 (IPv6) deserve a second look before OK.
    static bool isWide(const IpRange& range);

public Q_SLOTS:
    void accept() override;
    // Ignored while the block is being written: it would happen anyway.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateUnitNames();
    void updateState();
    void updateExpiryPreview();
    void loadAllowList();
    std::optional<QString> refusal(const IpRange& range) const;
    bool confirmWideRange(const IpRange& range);
    void setBusy(bool busy);
    void showError(const QString& text);

    UiSession& m_session;
    IpRangeInput* m_range = nullptr;
    QComboBox* m_duration = nullptr;
    QSpinBox* m_customAmount = nullptr;
    QComboBox* m_customUnit = nullptr;
    QLabel* m_expiryPreview = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QLabel* m_durationLabel = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QList<IpRange> m_allowed;
    QList<BlockedIp> m_existing;
    std::optional<BlockedIp> m_result;
    bool m_working = false;
};

} // namespace nova::ui
