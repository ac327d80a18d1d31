#pragma once

#include <QMainWindow>

namespace nova::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace nova::ui
