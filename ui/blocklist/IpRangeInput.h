#pragma once

#include "blocklist/IpRange.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace nova::ui {

// An address or CIDR field validated as one types, with the verdict under
// it: what the text means when it parses ("The network 203.0.113.0/24
// covers 256 addresses."), or why not. Used by the block dialog and the allow-list.
class IpRangeInput : public QWidget {
    Q_OBJECT
public:
    // Returns a reason to refuse a well-formed range, or nothing.
    using Check = std::function<std::optional<QString>(const IpRange&)>;

    explicit IpRangeInput(QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QString text() const;
    void setText(const QString& text);
    // The parsed range when the input is acceptable, a null range otherwise.
    IpRange range() const { return m_range; }
    bool isValid() const { return !m_range.isNull(); }
    QString message() const;
    // Extra rules (too broad, on the allow-list, …); re-validates.
    void setCheck(Check check);
    void revalidate();
    void retranslate();

    // A sentence on what a valid range covers: "The network 203.0.113.0/24
    // covers 256 addresses." (IPv6 networks count /64 subnets, not addresses).
    static QString coverageText(const IpRange& range);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void showMessage(const QString& text, bool error);

    QLineEdit* m_edit = nullptr;
    QLabel* m_message = nullptr;
    Check m_check;
    IpRange m_range;
    bool m_wasValid = false;
};

} // namespace nova::ui
