#pragma once

#include <QWizardPage>

class QLabel;

namespace nova::ui {

// What the wizard is about to do, and where the data will live.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(const QString& databaseDescription, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_database;
    QLabel* m_body = nullptr;
    QLabel* m_databaseLabel = nullptr;
};

} // namespace nova::ui
