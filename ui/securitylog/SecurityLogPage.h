#pragma once

#include "LogMessageBar.h"
#include "Page.h"

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;
class QToolBar;

namespace nova::ui {

class SecurityLogDetailsPane;
class SecurityLogExportController;
class SecurityLogFilterBar;
class SecurityLogModel;

// The security log: filters, the virtualised table, the selected entry's
// details, export and the hash-chain check. Available with
// security_log:read.
//
// navigate() accepts {"ip", "user", "type", "logId"}: the filters are set to
// what is given (the others cleared) and logId, when present, is selected.
class SecurityLogPage : public Page {
    Q_OBJECT
public:
    explicit SecurityLogPage(UiSession& session, QWidget* parent = nullptr);
    ~SecurityLogPage() override;

    QString pageId() const override { return QStringLiteral("log"); }
    QString title() const override;
    QIcon icon() const override;
    bool isAvailable() const override;
    void activated() override;
    void navigate(const QVariantMap& args) override;

    SecurityLogModel* model() const { return m_model; }
    // Selects an entry, loading it (from that entry on) if it is not loaded.
    void showEntry(qint64 entryId);

protected:
    void retranslate() override;

private:
    void buildActions();
    void updateActions();
    void updateCountLabel();
    void updateNewerBar();
    void onFilterChanged();
    void onFirstPageLoaded();
    void onCurrentRowChanged();
    void onNewerAvailable();
    void showNewer();
    void verifyIntegrity();
    void showContextMenu(const QPoint& position);
    void selectPendingEntry();
    // The texts are functions: a message still on screen is worded again
    // after a language change.
    using Text = std::function<QString()>;
    void showMessage(LogMessageBar::Level level, Text text, Text actionText = {},
                     std::function<void()> action = {});
    void filterFromCurrent(bool byIp);
    void copyCurrent();

    SecurityLogModel* m_model = nullptr;
    SecurityLogFilterBar* m_filterBar = nullptr;
    SecurityLogDetailsPane* m_details = nullptr;
    SecurityLogExportController* m_export = nullptr;
    LogMessageBar* m_messages = nullptr;
    QToolBar* m_toolBar = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_countLabel = nullptr;
    LogMessageBar* m_newerBar = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_exportJsonl = nullptr;
    QAction* m_verify = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_copyRow = nullptr;
    QAction* m_filterByIp = nullptr;
    QAction* m_filterByUser = nullptr;
    bool m_verifying = false;
    bool m_loadedOnce = false;
    std::optional<qint64> m_pendingSelection;
    Text m_messageText;
    Text m_messageActionText;
    std::function<void()> m_messageAction;
};

} // namespace nova::ui
