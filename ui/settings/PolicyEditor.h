#pragma once

#include "policy/ServicePolicy.h"

#include <QGroupBox>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace nova::ui {

class UiSession;

// The deployment's security policy as a form: TOTP digits, period and skew
// for new enrollments, account lockout, and the intrusion detector's
// thresholds (durations in minutes or hours). Loads and saves through
// PolicyStore off the GUI thread; saving needs settings:update, is
// authorised again in the worker and audited by the store.
class PolicyEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit PolicyEditor(UiSession& session, QWidget* parent = nullptr);

    void load();
    void save();
    // Shows the loaded values again.
    void revert();
    bool hasChanges() const;
    bool isBusy() const { return m_busy; }
    ServicePolicy shownPolicy() const;
    // Editable only with settings:update; readable with settings:read.
    void updatePermissions();

Q_SIGNALS:
    void changed();
    void loaded();
    // ok, or the error message.
    void saved(bool ok, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    QSpinBox* addSpin(QFormLayout* form, const char* objectName, int min, int max);
    QGroupBox* addSection(QFormLayout*& form);
    void setRow(QWidget* field, const QString& label, const QString& toolTip);
    void retranslate();
    void showPolicy(const ServicePolicy& policy);
    void setBusy(bool busy);

    UiSession& m_session;
    ServicePolicy m_loaded;
    // What the fields showed after loading (durations rounded to their unit).
    ServicePolicy m_shown;
    bool m_hasLoaded = false;
    bool m_busy = false;
    QLabel* m_note = nullptr;
    QWidget* m_fields = nullptr;
    QHash<QWidget*, QLabel*> m_rowLabels;
    QGroupBox* m_totpSection = nullptr;
    QGroupBox* m_lockSection = nullptr;
    QGroupBox* m_detectorSection = nullptr;
    QSpinBox* m_digits = nullptr;
    QComboBox* m_period = nullptr;
    QSpinBox* m_skew = nullptr;
    QSpinBox* m_lockThreshold = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    QSpinBox* m_bruteFailures = nullptr;
    QSpinBox* m_bruteWindowMinutes = nullptr;
    QSpinBox* m_bruteBlockHours = nullptr;
    QSpinBox* m_suspiciousEvents = nullptr;
    QSpinBox* m_suspiciousWindowMinutes = nullptr;
    QSpinBox* m_suspiciousBlockMinutes = nullptr;
    QSpinBox* m_injectionAttempts = nullptr;
    QSpinBox* m_injectionWindowMinutes = nullptr;
    QSpinBox* m_injectionBlockHours = nullptr;
    QSpinBox* m_sensitiveActions = nullptr;
    QSpinBox* m_sensitiveWindowMinutes = nullptr;
};

} // namespace nova::ui
