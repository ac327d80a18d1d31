#pragma once

#include "dashboard/DashboardFigures.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace nova::ui {

class AdoptionChart;

// The dashboard's two-factor section: the adoption chart and the accounts
// still without TOTP (the enrollment drive's to-do list). Activating an
// account (click, Enter) asks for it on the Users page, where its
// enrollment starts.
class TwoFactorPanel : public QWidget {
    Q_OBJECT
public:
    explicit TwoFactorPanel(QWidget* parent = nullptr);

    // users: those without TOTP, possibly only the first of them.
    void setData(const TwoFactorAdoption& adoption, const QList<UserWithoutTwoFactor>& users);
    void clear();

    AdoptionChart* chart() const { return m_chart; }
    QTreeWidget* usersView() const { return m_users; }

Q_SIGNALS:
    void userActivated(const QString& username);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    AdoptionChart* m_chart = nullptr;
    QLabel* m_caption = nullptr;
    QTreeWidget* m_users = nullptr;
    qint64 m_missing = 0;
};

} // namespace nova::ui
