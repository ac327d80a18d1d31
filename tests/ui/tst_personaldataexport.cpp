#include "ServiceHub.h"
#include "UiTestEnv.h"
#include "i18n/Translations.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityLogQuery.h"
#include "users/PersonalDataExportController.h"
#include "users/UserTableModel.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace nova;
using namespace nova::test;

namespace {

// Runs `act` on the modal widget named `objectName` once it is shown; a
// modal still open after 15 s is closed, so a broken test fails instead of
// hanging in exec().
void whenModal(QObject* context, const QString& objectName, std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer(context);
    auto polls = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, polls, objectName, act = std::move(act)] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == objectName) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        } else if (++*polls > 1500) {
            timer->stop();
            timer->deleteLater();
            if (modal)
                modal->close();
        }
    });
    timer->start();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPersonalDataExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void actionNeedsBothPermissions();
    void actionAsksForAFolderAndShowsThePaths();
    void summaryFollowsTheDesktopLanguage();
    void workerAuthorisesAgain();

private:
    void openPage(const User& signedIn);
    bool select(const QString& username);
    QAction* exportAction() const;
    QList<SecurityLogEntry> entriesOf(const QString& event, bool success) const;

    std::unique_ptr<UiTestEnv> m_env;
    User m_admin;
    User m_person;
    std::unique_ptr<ui::UsersPage> m_page;
};

void TestPersonalDataExport::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == QLatin1String(TestDatabase::kPostgres) && qEnvironmentVariableIsEmpty("NOVA_TEST_PG_URL"))
        QSKIP("NOVA_TEST_PG_URL is not set");
    m_env = UiTestEnv::create(backend);
    QVERIFY(m_env);
    m_admin = m_env->addUser(QStringLiteral("admin1"), QStringLiteral("admin"));
    m_person = m_env->addUser(QStringLiteral("huda"), QStringLiteral("broker"));
}

void TestPersonalDataExport::cleanup()
{
    m_page.reset();
    m_env.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPersonalDataExport::openPage(const User& signedIn)
{
    m_env->signInAs(signedIn);
    m_page = std::make_unique<ui::UsersPage>(m_env->session());
    m_page->resize(1100, 600);
    m_page->show();
    m_page->activated();
}

bool TestPersonalDataExport::select(const QString& username)
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("usersTable"));
    if (!QTest::qWaitFor([table] { return table->model()->rowCount() > 0; }, 10000))
        return false;
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ui::UserTableModel::UsernameRole).toString() == username) {
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

QAction* TestPersonalDataExport::exportAction() const
{
    return m_page->findChild<QAction*>(QStringLiteral("actionExportPersonalData"));
}

QList<SecurityLogEntry> TestPersonalDataExport::entriesOf(const QString& event, bool success) const
{
    SecurityLogFilter filter;
    filter.events = {event};
    filter.success = success;
    return m_env->hub().logQuery().page(filter, std::nullopt, 100).value().entries;
}

void TestPersonalDataExport::actionNeedsBothPermissions()
{
    // Users may be read, the security log not: the export would hold log entries.
    const User clerk = m_env->addUser(QStringLiteral("clerk"), QStringLiteral("broker"));
    const Actor root = Actor::localOperator(QStringLiteral("root"));
    QVERIFY(m_env->hub().roles().grantUser(clerk.id, Permission{QStringLiteral("users"), Permission::kRead},
                                           std::nullopt, root));
    openPage(clerk);
    QVERIFY(select(QStringLiteral("huda")));
    QVERIFY(exportAction());
    QVERIFY(!exportAction()->isEnabled());

    QVERIFY(m_env->hub().roles().grantUser(
        clerk.id, Permission{QStringLiteral("security_log"), Permission::kRead}, std::nullopt, root));
    m_env->session().refreshPermissions();
    QTRY_VERIFY(exportAction()->isEnabled());
    QVERIFY(!exportAction()->text().isEmpty());
    QVERIFY(!exportAction()->toolTip().isEmpty());

    // Nothing selected, nothing to export.
    m_page->findChild<QTableView*>(QStringLiteral("usersTable"))->clearSelection();
    QVERIFY(!exportAction()->isEnabled());
}

void TestPersonalDataExport::actionAsksForAFolderAndShowsThePaths()
{
    openPage(m_admin);
    QVERIFY(select(QStringLiteral("huda")));
    QVERIFY(exportAction()->isEnabled());
    const QString folder = m_env->folder().filePath(QStringLiteral("export"));
    QVERIFY(QDir().mkpath(folder));

    whenModal(this, QStringLiteral("personalDataFolderDialog"), [folder](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->fileMode(), QFileDialog::Directory);
        dialog->setDirectory(folder);
        dialog->selectFile(folder);
        static_cast<QDialog*>(dialog)->accept();
    });
    QString shownPaths;
    bool done = false;
    whenModal(this, QStringLiteral("personalDataExportDone"), [&shownPaths, &done](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QVERIFY(box->findChild<QPushButton*>(QStringLiteral("openFolderButton")));
        shownPaths = box->informativeText();
        done = true;
        box->button(QMessageBox::Close)->click();
    });
    exportAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);

    const QString json = QDir(folder).filePath(QStringLiteral("huda-personal-data.json"));
    const QString html = QDir(folder).filePath(QStringLiteral("huda-personal-data.html"));
    QVERIFY2(shownPaths.contains(QDir::toNativeSeparators(json)), qPrintable(shownPaths));
    QVERIFY2(shownPaths.contains(QDir::toNativeSeparators(html)), qPrintable(shownPaths));
    const QJsonObject document = QJsonDocument::fromJson(readAll(json)).object();
    QCOMPARE(
        document.value(QStringLiteral("account")).toObject().value(QStringLiteral("username")).toString(),
        QStringLiteral("huda"));
    QVERIFY(readAll(html).contains("huda"));

    // On record under the signed-in admin, about huda.
    const QList<SecurityLogEntry> exports = entriesOf(EventType::ExportData, true);
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().event.userId, std::optional<qint64>(m_admin.id));
    QCOMPARE(exports.first().event.metadata.value(QStringLiteral("target")).toString(),
             QStringLiteral("huda"));
}

void TestPersonalDataExport::summaryFollowsTheDesktopLanguage()
{
    openPage(m_admin);
    Translations translations;
    QVERIFY(translations.apply(QStringLiteral("ar")));
    const QString folder = m_env->folder().filePath(QStringLiteral("arabic"));

    ui::PersonalDataExportController controller(m_env->session(), m_page.get());
    QSignalSpy succeeded(&controller, &ui::PersonalDataExportController::succeeded);
    controller.exportTo(m_person, folder);
    QVERIFY(controller.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 15000);
    QVERIFY(!controller.isRunning());
    const QString html = QString::fromUtf8(readAll(succeeded.first().at(1).toString()));
    QVERIFY2(html.contains(QStringLiteral("dir=\"rtl\"")), qPrintable(html.left(300)));
    QVERIFY(html.contains(QStringLiteral("lang=\"ar")));
}

void TestPersonalDataExport::workerAuthorisesAgain()
{
    // The session still believes in a grant the database no longer has.
    const User clerk = m_env->addUser(QStringLiteral("clerk"), QStringLiteral("security"));
    const Actor root = Actor::localOperator(QStringLiteral("root"));
    auto grant = m_env->hub().roles().grantUser(
        clerk.id, Permission{QStringLiteral("users"), Permission::kRead}, std::nullopt, root);
    QVERIFY(grant);
    openPage(clerk);
    QVERIFY(m_env->session().can(QStringLiteral("users"), Permission::kRead));
    // The page's own list load is done before the grant goes.
    QVERIFY(select(QStringLiteral("huda")));
    QVERIFY(m_env->hub().roles().revokeUserGrant(grant->id, root));

    const QString folder = m_env->folder().filePath(QStringLiteral("refused"));
    ui::PersonalDataExportController controller(m_env->session(), m_page.get());
    QSignalSpy failed(&controller, &ui::PersonalDataExportController::failed);
    QSignalSpy succeeded(&controller, &ui::PersonalDataExportController::succeeded);
    controller.exportTo(m_person, folder);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    QCOMPARE(succeeded.size(), 0);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QVERIFY(!QFileInfo::exists(folder));

    const QList<SecurityLogEntry> refusals = entriesOf(EventType::UnauthorizedAccess, false);
    QCOMPARE(refusals.size(), 1);
    QCOMPARE(refusals.first().event.userId, std::optional<qint64>(clerk.id));
    QCOMPARE(refusals.first().event.metadata.value(QStringLiteral("endpoint")).toString(),
             QStringLiteral("desktop/users/export-personal-data"));
    QVERIFY(entriesOf(EventType::ExportData, true).isEmpty());
}

QTEST_MAIN(TestPersonalDataExport)
#include "tst_personaldataexport.moc"
