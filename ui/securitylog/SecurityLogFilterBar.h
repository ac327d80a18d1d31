#pragma once

#include "securitylog/SecurityLogFilter.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QToolButton;
class QTimer;

namespace nova {
class Clock;
}

namespace nova::ui {

// The filters above the log: event type, user, IP address (checked as
// typed), outcome, time range (presets or from/to) and free text. Typing is
// debounced; every complete change emits filterChanged() with the filter it
// describes. Times are shown in local time and filtered in UTC milliseconds.
class SecurityLogFilterBar : public QWidget {
    Q_OBJECT
public:
    enum class Period { All, LastHour, LastDay, LastWeek, Custom };

    // The clock gives "now" for the presets (the test clock in tests).
    explicit SecurityLogFilterBar(const Clock& clock, QWidget* parent = nullptr);

    // The filter the controls describe now (an invalid IP is left out).
    SecurityLogFilter filter() const;
    bool isIpValid() const;

    // For jumps from other pages; each emits one filterChanged().
    void setValues(const QString& eventType, const QString& user, const QString& ip);
    void setPeriod(Period period);
    void clear();

Q_SIGNALS:
    void filterChanged(const nova::SecurityLogFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyLocale();
    void scheduleEmit();
    void emitNow();
    void onPeriodChanged();
    void onRangeEdited();
    void updateIpState();

    const Clock& m_clock;
    QComboBox* m_type = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_ip = nullptr;
    QComboBox* m_success = nullptr;
    QComboBox* m_period = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_text = nullptr;
    QToolButton* m_clear = nullptr;
    QLabel* m_typeLabel = nullptr;
    QLabel* m_periodLabel = nullptr;
    QLabel* m_rangeDash = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_silent = false;
};

} // namespace nova::ui
