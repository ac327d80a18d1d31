#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace nova::ui {

// An inline message above the log (in the manner of KMessageWidget): the
// outcome of an export or an integrity check, or a read error, with an
// optional action button and a busy indicator for work in progress. Inline
// rather than a modal box, so the log stays usable while it is shown.
class LogMessageBar : public QWidget {
    Q_OBJECT
public:
    enum class Level { Busy, Information, Positive, Warning, Error };

    explicit LogMessageBar(QWidget* parent = nullptr);

    // An empty actionText hides the action button. The texts are the
    // owner's: after a language change it shows them again, translated.
    void showMessage(Level level, const QString& text, const QString& actionText = {});
    void dismiss();
    Level level() const { return m_level; }
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Level m_level = Level::Information;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_action = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace nova::ui
