#pragma once

#include "Page.h"

#include <QList>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace nova::ui {

class BlockListExporter;
class BlockedIpFilterModel;
class BlockedIpModel;

// Blocked IPs: the active blocks with a live countdown, Block (Ctrl+B),
// Unblock (Del, confirmed, several at once), the allow-list editor and
// Export as an nginx deny list or a plain list. Reloads off the GUI thread
// when IpBlockList announces a change made in this process, and every
// kPollMs for changes by other processes (nova-ctl, the daemon's detector),
// which the block list cannot announce.
class BlockedIpsPage : public Page {
    Q_OBJECT
public:
    static constexpr int kPollMs = 30 * 1000;

    explicit BlockedIpsPage(UiSession& session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("blocked-ips"); }
    QString title() const override;
    QIcon icon() const override;
    bool isAvailable() const override;
    void activated() override;
    // {"ip": text} fills the search box; {"block": text} opens the block dialog for it.
    void navigate(const QVariantMap& args) override;

    BlockedIpModel* model() const { return m_model; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // A reload finished and the table shows its result.
    void reloaded();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildActions();
    void buildLayout();
    void updateActions();
    void updateStatus();
    void fitColumns();
    // A function, so the message is worded again after a language change.
    void showMessage(std::function<QString()> text);
    void showContextMenu(const QPoint& pos);
    void openBlockDialog(const QString& address = {});
    void unblockSelected();
    void openAllowList();
    void exportList(bool nginx);
    void showInLog();
    void copyAddresses();
    QList<int> selectedRows() const;
    void setBusy(bool busy);
    void showError(const QString& title, const QString& text);

    BlockedIpModel* m_model = nullptr;
    BlockedIpFilterModel* m_filter = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLineEdit* m_search = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_busy = nullptr;
    QTimer* m_poll = nullptr;
    BlockListExporter* m_exporter = nullptr;
    QToolButton* m_exportButton = nullptr;
    QMenu* m_exportMenu = nullptr;
    QAction* m_blockAction = nullptr;
    QAction* m_unblockAction = nullptr;
    QAction* m_allowListAction = nullptr;
    QAction* m_exportNginxAction = nullptr;
    QAction* m_exportPlainAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_showInLogAction = nullptr;
    QAction* m_searchAction = nullptr;
    std::function<QString()> m_messageText;
    QString m_loadError;
    bool m_loading = false;
    bool m_reloadPending = false;
    int m_work = 0;
};

} // namespace nova::ui
