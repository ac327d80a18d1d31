#pragma once

#include <QIcon>
#include <QVariantMap>
#include <QWidget>

namespace nova::ui {

class UiSession;

// One page of the main window (Users, Security log, …). The main window only
// lists pages in its sidebar and shows them; everything a page does is in
// its own class. A page gets the session through its constructor.
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(UiSession& session, QWidget* parent = nullptr);

    // Stable, untranslated: "dashboard", "users", "roles", "log",
    // "blocked-ips", "alerts", "settings". Used by --page and by navigation
    // requests.
    virtual QString pageId() const = 0;
    // Translated, for the sidebar.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // Whether the signed-in user may see the page at all (deny by default
    // is the page's own business; the sidebar hides what is not available).
    virtual bool isAvailable() const { return true; }
    // The page became the visible one: refresh what may be stale.
    virtual void activated() {}
    // A jump from elsewhere, e.g. {"ip": "203.0.113.9"} to filter by it.
    virtual void navigate(const QVariantMap& args) { Q_UNUSED(args) }

Q_SIGNALS:
    // The title changed (e.g. a count of unacknowledged alerts).
    void titleChanged();

protected:
    UiSession& session() const { return m_session; }
    // Called on a language change; set every visible text here.
    virtual void retranslate() {}
    void changeEvent(QEvent* event) override;

private:
    UiSession& m_session;
};

} // namespace nova::ui
