#pragma once

#include "Result.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QFrame;
class QGridLayout;
class QLabel;
class QPrinter;
class QPushButton;

namespace nova::ui {

// The backup codes, shown once after two-factor sign-in is turned on, with
// the ways to keep them: Copy (clipboard), Save as file (plain text, 0600)
// and Print. The codes are shown numbered in two columns, monospace, left to
// right even in an Arabic interface, and selectable.
class BackupCodesView : public QWidget {
    Q_OBJECT
public:
    explicit BackupCodesView(QWidget* parent = nullptr);

    void setCodes(const QStringList& codes, const QString& username);
    const QStringList& codes() const { return m_codes; }

    // The file's content: a heading naming the account and the date, then
    // one code per line.
    QString plainText() const;
    // Writes plainText() to `path`, readable by the owner only (0600).
    Status saveTo(const QString& path) const;
    // Prints the same content on `printer` (one page).
    void printTo(QPrinter& printer) const;

public Q_SLOTS:
    void copyCodes();
    void saveCodes();
    void printCodes();

Q_SIGNALS:
    // The codes were copied, saved or printed.
    void codesKept();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // The message is made again on a language change.
    void showStatus(std::function<QString()> message, bool error);

    QStringList m_codes;
    QString m_username;
    QLabel* m_intro = nullptr;
    QFrame* m_codesFrame = nullptr;
    QGridLayout* m_codesGrid = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_status = nullptr;
    std::function<QString()> m_statusText;
};

} // namespace nova::ui
