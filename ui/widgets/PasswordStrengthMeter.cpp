#include "PasswordStrengthMeter.h"

#include "users/PasswordPolicy.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace nova::ui {

namespace {

constexpr int kMaxStrength = 4;

// Red to green; the word beside the bar says the same for anyone who does
// not see the colour.
QColor strengthColor(int strength)
{
    static const QColor colors[] = {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00),
                                    QColor(0xf9, 0xa8, 0x25), QColor(0x7c, 0xb3, 0x42),
                                    QColor(0x2e, 0x7d, 0x32)};
    return colors[std::clamp(strength, 0, kMaxStrength)];
}

QString strengthWord(int strength)
{
    switch (std::clamp(strength, 0, kMaxStrength)) {
    case 0:
        return PasswordStrengthMeter::tr("Very weak", "password strength");
    case 1:
        return PasswordStrengthMeter::tr("Weak", "password strength");
    case 2:
        return PasswordStrengthMeter::tr("Fair", "password strength");
    case 3:
        return PasswordStrengthMeter::tr("Good", "password strength");
    default:
        return PasswordStrengthMeter::tr("Strong", "password strength");
    }
}

} // namespace

PasswordStrengthMeter::PasswordStrengthMeter(const nova::PasswordPolicy& policy, QWidget* parent)
    : QWidget(parent)
    , m_policy(policy)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_rulesTitle(new QLabel(this))
    , m_rules(new QWidget(this))
{
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, kMaxStrength + 1);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(fontMetrics().height() / 2 + 2);
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    m_label->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMM")));
    m_rules->setObjectName(QStringLiteral("passwordRules"));

    // Labels rather than a list view: wrapped rules get the height they
    // need, however narrow the dialog.
    auto* grid = new QGridLayout(m_rules);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    const int iconSide = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const qsizetype ruleCount = m_policy.rules().size();
    for (int row = 0; row < ruleCount; ++row) {
        auto* icon = new QLabel(m_rules);
        icon->setFixedSize(iconSide, iconSide);
        auto* text = new QLabel(m_rules);
        text->setObjectName(QStringLiteral("passwordRule%1").arg(row));
        text->setWordWrap(true);
        grid->addWidget(icon, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        m_ruleIcons.append(icon);
        m_ruleTexts.append(text);
    }

    auto* barRow = new QHBoxLayout;
    barRow->addWidget(m_bar, 1);
    barRow->addWidget(m_label);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(barRow);
    layout->addWidget(m_rulesTitle);
    layout->addWidget(m_rules);

    retranslate();
}

void PasswordStrengthMeter::setPassword(const QString& password, const QString& username)
{
    m_password = password;
    m_username = username;
    refresh();
}

void PasswordStrengthMeter::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PasswordStrengthMeter::retranslate()
{
    m_rulesTitle->setText(tr("Password rules:"));
    const QStringList rules = m_policy.rules();
    for (int row = 0; row < m_ruleTexts.size() && row < rules.size(); ++row)
        m_ruleTexts.at(row)->setText(rules.at(row));
    refresh();
}

void PasswordStrengthMeter::refresh()
{
    const QList<bool> satisfied = m_policy.satisfiedRules(m_password, m_username);
    const bool acceptable = !m_password.isEmpty() && !satisfied.contains(false);
    // strength() judges the password alone; a refusal only the username
    // explains (the name inside it) must not read as strong.
    const int strength =
        acceptable ? m_policy.strength(m_password) : std::min(m_policy.strength(m_password), 1);
    // One step more than the strength, so a very weak password still shows
    // a sliver of red rather than an empty bar.
    m_bar->setValue(m_password.isEmpty() ? 0 : strength + 1);
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Highlight, strengthColor(strength));
    m_bar->setPalette(palette);

    m_label->setText(m_password.isEmpty() ? QString() : strengthWord(strength));
    QPalette labelPalette = m_label->palette();
    labelPalette.setColor(QPalette::WindowText, strengthColor(strength));
    m_label->setPalette(labelPalette);

    // Before anything is typed nothing is wrong yet: the rules are shown
    // without a verdict rather than as a wall of crosses.
    const int iconSide = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QPixmap tick = style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(iconSide);
    const QPixmap cross = style()->standardIcon(QStyle::SP_DialogCancelButton).pixmap(iconSide);
    for (int row = 0; row < m_ruleTexts.size() && row < satisfied.size(); ++row) {
        const bool met = satisfied.at(row);
        QLabel* icon = m_ruleIcons.at(row);
        QLabel* text = m_ruleTexts.at(row);
        const QString verdict = m_password.isEmpty() ? QString()
                                : met                ? tr("Satisfied", "password rule")
                                                     : tr("Not satisfied yet", "password rule");
        if (m_password.isEmpty())
            icon->clear();
        else
            icon->setPixmap(met ? tick : cross);
        icon->setToolTip(verdict);
        icon->setAccessibleName(verdict);
        text->setToolTip(verdict);
        text->setProperty("satisfied", m_password.isEmpty() ? QVariant() : QVariant(met));
    }

    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT acceptableChanged(m_acceptable);
    }
}

} // namespace nova::ui
