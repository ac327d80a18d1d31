#include "TwoFactorPanel.h"

#include "AdoptionChart.h"
#include "Bidi.h"
#include "PluralCount.h"
#include "roles/PermissionText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nova::ui {

namespace {

constexpr int kUsernameRole = Qt::UserRole + 1;
constexpr int kRoleRole = Qt::UserRole + 2;

} // namespace

TwoFactorPanel::TwoFactorPanel(QWidget* parent)
    : QWidget(parent)
    , m_chart(new AdoptionChart(this))
    , m_caption(new QLabel(this))
    , m_users(new QTreeWidget(this))
{
    m_chart->setObjectName(QStringLiteral("adoptionChart"));
    m_caption->setObjectName(QStringLiteral("withoutTwoFactorCaption"));
    m_caption->setBuddy(m_users);
    m_users->setObjectName(QStringLiteral("usersWithoutTwoFactor"));
    m_users->setColumnCount(3);
    m_users->setRootIsDecorated(false);
    m_users->setUniformRowHeights(true);
    m_users->setAlternatingRowColors(true);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    m_users->header()->setStretchLastSection(true);
    m_users->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_users->setMinimumHeight(120);
    connect(m_users, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT userActivated(item->data(0, kUsernameRole).toString()); });

    auto* list = new QVBoxLayout;
    list->setContentsMargins(0, 0, 0, 0);
    list->addWidget(m_caption);
    list->addWidget(m_users, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_chart, 3);
    layout->addLayout(list, 2);
    retranslate();
}

void TwoFactorPanel::setData(const TwoFactorAdoption& adoption, const QList<UserWithoutTwoFactor>& users)
{
    m_chart->setAdoption(adoption);
    m_missing = adoption.users - adoption.enabled;
    const QString current =
        m_users->currentItem() ? m_users->currentItem()->data(0, kUsernameRole).toString() : QString();
    m_users->clear();
    for (const UserWithoutTwoFactor& user : users) {
        auto* item = new QTreeWidgetItem(m_users);
        // Each cell is read in the view's direction: the isolate keeps a
        // Latin name with punctuation in order inside an Arabic view.
        item->setText(0, isolated(user.username));
        item->setText(1, user.displayName);
        item->setData(0, kUsernameRole, user.username);
        item->setData(0, kRoleRole, user.role);
        if (user.username == current)
            m_users->setCurrentItem(item);
    }
    retranslate();
}

void TwoFactorPanel::clear()
{
    setData({}, {});
}

void TwoFactorPanel::retranslate()
{
    m_users->setHeaderLabels({tr("User name"), tr("Display name"), tr("Role")});
    m_users->setAccessibleName(tr("Users without two-factor authentication"));
    for (int row = 0; row < m_users->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_users->topLevelItem(row);
        item->setText(2, PermissionText::roleName(item->data(0, kRoleRole).toString()));
        const QString username = isolated(item->data(0, kUsernameRole).toString());
        for (int column = 0; column < 3; ++column)
            //: %1 is a user name
            item->setToolTip(
                column, tr("Open %1 on the Users page to set up two-factor authentication").arg(username));
    }
    const int shown = m_users->topLevelItemCount();
    if (m_missing > shown)
        //: %1 of them are listed
        m_caption->setText(tr("&Without two-factor authentication: %Ln users (first %1 shown)", nullptr,
                              pluralCount(m_missing))
                               .arg(locale().toString(shown)));
    else
        m_caption->setText(
            tr("&Without two-factor authentication: %Ln users", nullptr, pluralCount(m_missing)));
    m_chart->setAccessibleName(tr("Two-factor adoption"));
}

void TwoFactorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nova::ui
