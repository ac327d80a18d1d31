#include "BackupCodesView.h"

#include "Bidi.h"
#include "SecretClipboard.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace nova::ui {

namespace {
constexpr int kColumns = 2;

QString numbered(int index, const QString& code)
{
    return QStringLiteral("%1. %2").arg(index + 1, 2).arg(code);
}
} // namespace

BackupCodesView::BackupCodesView(QWidget* parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_codesFrame(new QFrame(this))
    , m_copy(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("backupCodesIntro"));

    m_codesFrame->setObjectName(QStringLiteral("backupCodesFrame"));
    m_codesFrame->setFrameShape(QFrame::StyledPanel);
    m_codesFrame->setBackgroundRole(QPalette::Base);
    m_codesFrame->setAutoFillBackground(true);
    // Codes read the same in every language: left to right, always.
    m_codesFrame->setLayoutDirection(Qt::LeftToRight);
    m_codesGrid = new QGridLayout(m_codesFrame);
    m_codesGrid->setHorizontalSpacing(32);
    m_codesGrid->setVerticalSpacing(6);
    m_codesGrid->setContentsMargins(20, 14, 20, 14);

    m_copy->setObjectName(QStringLiteral("copyCodes"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_save->setObjectName(QStringLiteral("saveCodes"));
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_save->setShortcut(QKeySequence::Save);
    m_print->setObjectName(QStringLiteral("printCodes"));
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_copy, &QPushButton::clicked, this, &BackupCodesView::copyCodes);
    connect(m_save, &QPushButton::clicked, this, &BackupCodesView::saveCodes);
    connect(m_print, &QPushButton::clicked, this, &BackupCodesView::printCodes);

    m_status->setObjectName(QStringLiteral("backupCodesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_print);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_codesFrame, 0, Qt::AlignHCenter);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
    retranslate();
}

void BackupCodesView::setCodes(const QStringList& codes, const QString& username)
{
    m_codes = codes;
    m_username = username;
    while (QLayoutItem* item = m_codesGrid->takeAt(0)) {
        std::unique_ptr<QLayoutItem> owned(item);
        std::unique_ptr<QWidget> label(item->widget());
    }
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    const int rows = (codes.size() + kColumns - 1) / kColumns;
    for (int i = 0; i < codes.size(); ++i) {
        auto* label = new QLabel(numbered(i, codes.at(i)), m_codesFrame);
        label->setObjectName(QStringLiteral("backupCode"));
        label->setFont(mono);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        // Column-major, like the saved file read top to bottom.
        m_codesGrid->addWidget(label, i % rows, i / rows);
    }
    m_statusText = nullptr;
    m_status->clear();
    const bool any = !codes.isEmpty();
    m_copy->setEnabled(any);
    m_save->setEnabled(any);
    m_print->setEnabled(any);
}

QString BackupCodesView::plainText() const
{
    QString text = tr("Nova CRM backup codes for %1").arg(isolated(m_username)) + QLatin1Char('\n');
    //: %1 is a date and time
    text += tr("Created %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)) +
            QLatin1String("\n\n");
    text += tr("Each code signs you in once when your authenticator app is not at hand. Keep this "
               "somewhere safe and private.") +
            QLatin1String("\n\n");
    for (int i = 0; i < m_codes.size(); ++i)
        text += numbered(i, m_codes.at(i)) + QLatin1Char('\n');
    return text;
}

Status BackupCodesView::saveTo(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{QStringLiteral("backup_codes.save"),
                     //: %1 is a file path, %2 the system's reason
                     tr("Could not write %1: %2")
                         .arg(leftToRight(QDir::toNativeSeparators(path)), file.errorString())};
    // Before the first byte: the codes never sit in a file others can read.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{QStringLiteral("backup_codes.save"),
                     //: %1 is a file path, %2 the system's reason
                     tr("Could not make %1 private: %2")
                         .arg(leftToRight(QDir::toNativeSeparators(path)), file.errorString())};
    file.write(plainText().toUtf8());
    if (!file.commit())
        return Error{QStringLiteral("backup_codes.save"),
                     tr("Could not write %1: %2")
                         .arg(leftToRight(QDir::toNativeSeparators(path)), file.errorString())};
    return {};
}

void BackupCodesView::printTo(QPrinter& printer) const
{
    QTextDocument document;
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(11);
    document.setDefaultFont(font);
    document.setPlainText(plainText());
    document.print(&printer);
}

void BackupCodesView::copyCodes()
{
    SecretClipboard::copy(m_codes.join(QLatin1Char('\n')));
    showStatus([] { return tr("The codes are on the clipboard. Paste them into your password manager."); },
               false);
    Q_EMIT codesKept();
}

void BackupCodesView::saveCodes()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        //: A file name; %1 is the user name
        QDir(folder).filePath(tr("nova-backup-codes-%1.txt").arg(m_username));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Backup Codes"), suggested, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    const Status saved = saveTo(path);
    if (!saved) {
        showStatus([message = saved.errorMessage()] { return message; }, true);
        return;
    }
    showStatus(
        [shown = QDir::toNativeSeparators(path)] {
            //: %1 is a file path
            return tr("Saved to %1 (readable only by you).").arg(leftToRight(shown));
        },
        false);
    Q_EMIT codesKept();
}

void BackupCodesView::printCodes()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(tr("Print Backup Codes"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(printer);
    showStatus([] { return tr("Sent to the printer."); }, false);
    Q_EMIT codesKept();
}

void BackupCodesView::showStatus(std::function<QString()> message, bool error)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xc0, 0x1c, 0x28) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_statusText = std::move(message);
    m_status->setText(m_statusText());
}

void BackupCodesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BackupCodesView::retranslate()
{
    m_intro->setText(tr("Each backup code signs you in once when your authenticator app is not at hand. "
                        "They are shown only now: keep them somewhere safe, away from this computer."));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the codes to the clipboard"));
    m_save->setText(tr("&Save as File…"));
    //: %1 is the keyboard shortcut
    m_save->setToolTip(
        tr("Save the codes in a text file only you can read (%1)")
            .arg(leftToRight(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText))));
    m_print->setText(tr("&Print…"));
    //: %1 is the keyboard shortcut
    m_print->setToolTip(
        tr("Print the codes (%1)")
            .arg(leftToRight(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText))));
    if (m_statusText)
        m_status->setText(m_statusText());
}

} // namespace nova::ui
