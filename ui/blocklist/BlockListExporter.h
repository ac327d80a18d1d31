#pragma once

#include <QObject>

class QWidget;

namespace nova::ui {

class UiSession;

// Export… on the Blocked IPs page: asks where to save, has IpBlockList
// write its nginx deny list or plain list off the GUI thread (after
// authorising blocked_ips:read) and reports how it went. The file is
// replaced atomically, so a failed export never leaves half a deny list
// for nginx to load.
class BlockListExporter : public QObject {
    Q_OBJECT
public:
    enum class Format { Nginx, Plain };

    // window: the parent of the file dialog.
    BlockListExporter(UiSession& session, QWidget* window);

    // Returns at once when the file dialog is cancelled.
    void run(Format format);

Q_SIGNALS:
    void busyChanged(bool busy);
    void exported(const QString& path);
    void failed(const QString& message);

private:
    UiSession& m_session;
    QWidget* m_window;
};

} // namespace nova::ui
