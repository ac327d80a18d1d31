#include "MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace nova::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Nova Admin"));
    auto* placeholder = new QLabel(tr("Nova Admin — security administration for Nova CRM"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Not signed in"));
    resize(1100, 720);
}

} // namespace nova::ui
