#include "PolicyEditor.h"

#include "ServiceHub.h"
#include "UiSession.h"
#include "WhenFinished.h"
#include "policy/PolicyStore.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

constexpr qint64 kMinute = ServicePolicy::kMinute;
constexpr qint64 kHour = 60 * kMinute;
const QString kFeature = QStringLiteral("settings");
const QString kEndpoint = QStringLiteral("desktop/settings");

int inUnits(qint64 ms, qint64 unit)
{
    return static_cast<int>(qMax<qint64>(1, (ms + unit / 2) / unit));
}

} // namespace

PolicyEditor::PolicyEditor(UiSession& session, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("policyEditor"));

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("policyNote"));
    m_note->setWordWrap(true);

    m_fields = new QWidget(this);
    QFormLayout* form = nullptr;
    m_totpSection = addSection(form);
    m_digits = addSpin(form, "totpDigits", OtpSettings::kMinDigits, OtpSettings::kMaxDigits);
    m_period = new QComboBox(m_totpSection);
    m_period->setObjectName(QStringLiteral("totpPeriod"));
    m_period->addItem(QString(), 30);
    m_period->addItem(QString(), 60);
    m_rowLabels.insert(m_period, new QLabel(m_totpSection));
    m_rowLabels.value(m_period)->setBuddy(m_period);
    form->addRow(m_rowLabels.value(m_period), m_period);
    m_skew = addSpin(form, "totpSkew", 0, 2);

    m_lockSection = addSection(form);
    m_lockThreshold = addSpin(form, "lockThreshold", 1, 100);
    m_lockMinutes = addSpin(form, "lockMinutes", 1, 24 * 60);

    m_detectorSection = addSection(form);
    m_bruteFailures = addSpin(form, "bruteForceFailures", 1, 1000);
    m_bruteWindowMinutes = addSpin(form, "bruteForceWindowMinutes", 1, 24 * 60);
    m_bruteBlockHours = addSpin(form, "bruteForceBlockHours", 1, 30 * 24);
    m_suspiciousEvents = addSpin(form, "suspiciousEvents", 1, 10000);
    m_suspiciousWindowMinutes = addSpin(form, "suspiciousWindowMinutes", 1, 24 * 60);
    m_suspiciousBlockMinutes = addSpin(form, "suspiciousBlockMinutes", 1, 30 * 24 * 60);
    m_injectionAttempts = addSpin(form, "injectionAttempts", 1, 1000);
    m_injectionWindowMinutes = addSpin(form, "injectionWindowMinutes", 1, 24 * 60);
    m_injectionBlockHours = addSpin(form, "injectionBlockHours", 1, 30 * 24);
    m_sensitiveActions = addSpin(form, "sensitiveActions", 1, 10000);
    m_sensitiveWindowMinutes = addSpin(form, "sensitiveWindowMinutes", 1, 24 * 60);

    auto* grid = new QGridLayout(m_fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_totpSection, 0, 0);
    grid->addWidget(m_lockSection, 1, 0);
    grid->setRowStretch(2, 1);
    grid->addWidget(m_detectorSection, 0, 1, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_fields);

    connect(m_period, &QComboBox::currentIndexChanged, this, &PolicyEditor::changed);
    connect(&m_session, &UiSession::permissionsChanged, this, &PolicyEditor::updatePermissions);

    retranslate();
    updatePermissions();
}

QGroupBox* PolicyEditor::addSection(QFormLayout*& form)
{
    auto* section = new QGroupBox(m_fields);
    form = new QFormLayout(section);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    return section;
}

QSpinBox* PolicyEditor::addSpin(QFormLayout* form, const char* objectName, int min, int max)
{
    auto* parent = form->parentWidget();
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(min, max);
    spin->setAccelerated(true);
    spin->setMinimumWidth(spin->fontMetrics().averageCharWidth() * 10);
    auto* label = new QLabel(parent);
    label->setBuddy(spin);
    m_rowLabels.insert(spin, label);
    form->addRow(label, spin);
    connect(spin, &QSpinBox::valueChanged, this, &PolicyEditor::changed);
    return spin;
}

void PolicyEditor::setRow(QWidget* field, const QString& label, const QString& toolTip)
{
    m_rowLabels.value(field)->setText(label);
    field->setToolTip(toolTip);
}

void PolicyEditor::updatePermissions()
{
    const bool editable = m_session.can(kFeature, Permission::kUpdate);
    const bool readable = editable || m_session.can(kFeature, Permission::kRead);
    m_fields->setVisible(readable);
    m_fields->setEnabled(editable && !m_busy && m_hasLoaded);
    retranslate();
    if (readable && !m_hasLoaded && !m_busy && m_session.isSignedIn())
        load();
}

void PolicyEditor::load()
{
    if (m_busy || !m_session.isSignedIn())
        return;
    const bool editable = m_session.can(kFeature, Permission::kUpdate);
    if (!editable && !m_session.can(kFeature, Permission::kRead))
        return;
    setBusy(true);
    const Permission needed{kFeature, editable ? Permission::kUpdate : Permission::kRead};
    whenFinished(m_session.executor().run(
                     [&session = m_session, &hub = m_session.hub(), needed]() -> Result<ServicePolicy> {
                         if (auto allowed = session.authorize(needed, kEndpoint); !allowed)
                             return allowed.error();
                         return hub.policyStore().load();
                     }),
                 this, [this](const Result<ServicePolicy>& policy) {
                     setBusy(false);
                     if (!policy) {
                         m_note->setText(
                             tr("The security policy could not be read: %1").arg(policy.errorMessage()));
                         return;
                     }
                     m_loaded = *policy;
                     m_hasLoaded = true;
                     showPolicy(m_loaded);
                     updatePermissions();
                     Q_EMIT loaded();
                 });
}

void PolicyEditor::save()
{
    if (m_busy || !hasChanges())
        return;
    const ServicePolicy policy = shownPolicy();
    setBusy(true);
    whenFinished(m_session.executor().run([&session = m_session, &hub = m_session.hub(),
                                           actor = m_session.actor(), policy]() -> Status {
        if (auto allowed = session.authorize(Permission{kFeature, Permission::kUpdate}, kEndpoint); !allowed)
            return allowed;
        return hub.policyStore().save(policy, actor);
    }),
                 this, [this, policy](const Status& result) {
                     setBusy(false);
                     if (!result) {
                         Q_EMIT saved(false, result.errorMessage());
                         return;
                     }
                     m_loaded = policy;
                     showPolicy(m_loaded);
                     Q_EMIT saved(true, {});
                 });
}

void PolicyEditor::revert()
{
    if (m_hasLoaded)
        showPolicy(m_loaded);
}

bool PolicyEditor::hasChanges() const
{
    return m_hasLoaded && !(shownPolicy() == m_shown);
}

ServicePolicy PolicyEditor::shownPolicy() const
{
    ServicePolicy policy = m_loaded;
    policy.totpDigits = m_digits->value();
    policy.totpPeriodSecs = m_period->currentData().toInt();
    policy.totpSkewSteps = m_skew->value();
    policy.lockThreshold = m_lockThreshold->value();
    policy.lockDurationMs = m_lockMinutes->value() * kMinute;
    DetectorThresholds& t = policy.thresholds;
    t.bruteForceFailures = m_bruteFailures->value();
    t.bruteForceWindowMs = m_bruteWindowMinutes->value() * kMinute;
    t.bruteForceBlockMs = m_bruteBlockHours->value() * kHour;
    t.suspiciousEvents = m_suspiciousEvents->value();
    t.suspiciousWindowMs = m_suspiciousWindowMinutes->value() * kMinute;
    t.suspiciousBlockMs = m_suspiciousBlockMinutes->value() * kMinute;
    t.injectionAttempts = m_injectionAttempts->value();
    t.injectionWindowMs = m_injectionWindowMinutes->value() * kMinute;
    t.injectionBlockMs = m_injectionBlockHours->value() * kHour;
    t.sensitiveActions = m_sensitiveActions->value();
    t.sensitiveWindowMs = m_sensitiveWindowMinutes->value() * kMinute;
    return policy;
}

void PolicyEditor::showPolicy(const ServicePolicy& policy)
{
    {
        // One changed() for the whole form, not one per field.
        const QSignalBlocker blocker(this);
        m_digits->setValue(policy.totpDigits);
        const int period = m_period->findData(policy.totpPeriodSecs);
        if (period < 0)
            m_period->addItem(QString(), policy.totpPeriodSecs);
        m_period->setCurrentIndex(m_period->findData(policy.totpPeriodSecs));
        m_skew->setValue(policy.totpSkewSteps);
        m_lockThreshold->setValue(policy.lockThreshold);
        m_lockMinutes->setValue(inUnits(policy.lockDurationMs, kMinute));
        const DetectorThresholds& t = policy.thresholds;
        m_bruteFailures->setValue(t.bruteForceFailures);
        m_bruteWindowMinutes->setValue(inUnits(t.bruteForceWindowMs, kMinute));
        m_bruteBlockHours->setValue(inUnits(t.bruteForceBlockMs, kHour));
        m_suspiciousEvents->setValue(t.suspiciousEvents);
        m_suspiciousWindowMinutes->setValue(inUnits(t.suspiciousWindowMs, kMinute));
        m_suspiciousBlockMinutes->setValue(inUnits(t.suspiciousBlockMs, kMinute));
        m_injectionAttempts->setValue(t.injectionAttempts);
        m_injectionWindowMinutes->setValue(inUnits(t.injectionWindowMs, kMinute));
        m_injectionBlockHours->setValue(inUnits(t.injectionBlockMs, kHour));
        m_sensitiveActions->setValue(t.sensitiveActions);
        m_sensitiveWindowMinutes->setValue(inUnits(t.sensitiveWindowMs, kMinute));
    }
    retranslate();
    m_shown = shownPolicy();
    Q_EMIT changed();
}

void PolicyEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_fields->setEnabled(!busy && m_hasLoaded && m_session.can(kFeature, Permission::kUpdate));
}

void PolicyEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void PolicyEditor::retranslate()
{
    setTitle(tr("Security policy — shared by every program on this database"));
    const bool editable = m_session.can(kFeature, Permission::kUpdate);
    const bool readable = editable || m_session.can(kFeature, Permission::kRead);
    if (!readable)
        m_note->setText(tr("The security policy is managed by administrators."));
    else if (!editable)
        m_note->setText(tr("You can see the policy; changing it needs the settings:update permission."));
    else
        m_note->setText(tr("Changes are recorded in the security log and take effect when Nova Admin and "
                           "nova-service next start. Digits and period apply to new enrollments; existing "
                           "authenticators keep working."));

    m_totpSection->setTitle(tr("Two-step verification"));
    setRow(m_digits, tr("Code &digits:"), tr("How many digits new authenticator codes have (6 to 8)."));
    setRow(m_period, tr("Code &period:"), tr("How often a new code appears in the authenticator app."));
    for (int i = 0; i < m_period->count(); ++i)
        m_period->setItemText(i, tr("%Ln second(s)", nullptr, m_period->itemData(i).toInt()));
    setRow(m_skew, tr("Clock &tolerance (steps):"),
           tr("Codes from this many periods before or after the current one are accepted, for phones whose "
              "clock is a little off (0 to 2)."));

    m_lockSection->setTitle(tr("Account lockout"));
    setRow(m_lockThreshold, tr("&Failed sign-ins before locking:"),
           tr("Consecutive wrong passwords or codes after which the account is locked."));
    setRow(m_lockMinutes, tr("Lock &duration (minutes):"),
           tr("The account unlocks by itself after this time, or earlier when an administrator unlocks it."));

    m_detectorSection->setTitle(tr("Intrusion detector"));
    setRow(m_bruteFailures, tr("Failed sign-ins per &address:"),
           tr("Failed sign-ins from one address within the window that block the address."));
    setRow(m_bruteWindowMinutes, tr("Brute-force &window (minutes):"),
           tr("The window for counting failed sign-ins."));
    setRow(m_bruteBlockHours, tr("Brute-force &block (hours):"),
           tr("How long such an address stays blocked."));
    setRow(m_suspiciousEvents, tr("&Suspicious events per address:"),
           tr("Events of one type from one address within the window that block the address."));
    setRow(m_suspiciousWindowMinutes, tr("Suspicious-activity window (minutes):"),
           tr("The window for counting suspicious events."));
    setRow(m_suspiciousBlockMinutes, tr("Suspicious-activity block (minutes):"),
           tr("How long such an address stays blocked."));
    setRow(m_injectionAttempts, tr("&Injection attempts per address:"),
           tr("SQL injection or XSS attempts from one address within the window that block the address."));
    setRow(m_injectionWindowMinutes, tr("Injection window (minutes):"),
           tr("The window for counting injection attempts."));
    setRow(m_injectionBlockHours, tr("Injection block (hours):"),
           tr("How long such an address stays blocked."));
    setRow(
        m_sensitiveActions, tr("Sensitive admin actions per user:"),
        tr("Sensitive actions (deleting users, changing permissions, exports) by one user within the window "
           "that raise an unusual-activity alert."));
    setRow(m_sensitiveWindowMinutes, tr("Sensitive-action window (minutes):"),
           tr("The window for counting sensitive actions."));
}

} // namespace nova::ui
