#pragma once

#include "blocklist/BlockedIp.h"

#include <QDialog>
#include <QList>

class QAction;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace nova::ui {

class IpRangeInput;
class UiSession;

// The allow-list: addresses and networks that are never blocked (the
// office, monitoring). Lists them, adds one with the same validation as the
// block dialog and a note, removes the selected ones after a confirmation.
// Changes need blocked_ips:manage (authorised again in the worker) and are
// audited by the service; without it the dialog only shows the list.
class AllowListDialog : public QDialog {
    Q_OBJECT
public:
    explicit AllowListDialog(UiSession& session, QWidget* parent = nullptr);

    const QList<AllowedIp>& entries() const { return m_entries; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // After a list finished loading (tests and the page wait on it).
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showEntries(const QList<AllowedIp>& entries);
    void addEntry();
    void removeSelected();
    void updateButtons();
    void setBusy(bool busy);
    void showError(const QString& text);
    bool canEdit() const;

    UiSession& m_session;
    QLabel* m_intro = nullptr;
    QTreeWidget* m_list = nullptr;
    IpRangeInput* m_range = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QAction* m_removeAction = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<AllowedIp> m_entries;
    int m_pending = 0;
};

} // namespace nova::ui
