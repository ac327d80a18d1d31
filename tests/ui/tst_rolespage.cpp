#include "UiTestEnv.h"
#include "rbac/PermissionService.h"
#include "rbac/RoleService.h"
#include "roles/PermissionMatrixModel.h"
#include "roles/RoleEditor.h"
#include "roles/RolesPage.h"
#include "roles/UserGrantsPanel.h"
#include "securitylog/SecurityLogQuery.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace nova;
using namespace nova::test;
using nova::ui::PermissionMatrixModel;

namespace {

Permission perm(const char* feature, const char* action)
{
    return Permission{QString::fromLatin1(feature), QString::fromLatin1(action)};
}

// Runs `handle` on the next modal dialog, once it is shown.
void onNextModal(std::function<void(QWidget*)> handle)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle = std::move(handle)] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        handle(modal);
    });
    timer->start();
}

// Answers the next message box named `name` with `button`, remembering its texts.
void answerMessageBox(const QString& name, QMessageBox::StandardButton button, QString* seen = nullptr)
{
    onNextModal([name, button, seen](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (!box || box->objectName() != name) {
            qWarning("expected the message box %s, got %s", qPrintable(name),
                     qPrintable(modal->objectName()));
            modal->close();
            return;
        }
        if (seen)
            *seen = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(button)->click();
    });
}

bool allowed(UiTestEnv& env, const User& user, const Permission& permission)
{
    return env.hub()
        .permissions()
        .check(user.id, permission, env.session().accessContext(QStringLiteral("test")))
        .allowed;
}

QList<SecurityLogEntry> permissionEntries(UiTestEnv& env)
{
    SecurityLogFilter filter;
    filter.events = {EventType::ModifyPermissions};
    auto page = env.hub().logQuery().page(filter, std::nullopt, 100);
    return page ? page->entries : QList<SecurityLogEntry>{};
}

QStringList operations(UiTestEnv& env, bool success = true)
{
    QStringList result;
    for (const SecurityLogEntry& entry : permissionEntries(env)) {
        if (entry.event.success == success)
            result.prepend(entry.event.metadata.value(QStringLiteral("operation")).toString());
    }
    return result;
}

} // namespace

#define MAKE_ENV(env)                                                                                        \
    QFETCH_GLOBAL(QString, backend);                                                                         \
    auto env = UiTestEnv::create(backend);                                                                   \
    if (!env && backend == QLatin1String(TestDatabase::kPostgres))                                           \
        QSKIP("NOVA_TEST_PG_URL is not set");                                                                \
    QVERIFY(env)

class TestRolesPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void cleanup();

    void toggingManageImpliesTheOtherFour();
    void savingAChangePersistsAndIsLogged();
    void revertRestoresTheSavedGrants();
    void switchingRoleWithUnsavedChangesAsks();
    void customRoleCreatedAndDeleted();
    void deletingAnAssignedRoleShowsTheServiceMessage();
    void strippingTheAdminRoleIsRefused();
    void userGrantWithExpiryAddedAndRevoked();
    void brokerDoesNotSeeThePage();
    void readOnlyViewerCannotChangeAnything();

private:
    // Shows the page signed in as `user` and waits for the roles to load.
    std::unique_ptr<ui::RolesPage> openPage(UiTestEnv& env, const User& user);
    static PermissionMatrixModel* matrix(ui::RolesPage& page);
    static void clickCell(ui::RolesPage& page, const char* feature, const char* action);
    static bool selectRole(ui::RolesPage& page, const QString& name);
    static bool idle(ui::RolesPage& page);
};

void TestRolesPage::cleanup()
{
    // A message box left open by a failed test would block the next one.
    while (QWidget* modal = QApplication::activeModalWidget())
        modal->close();
}

std::unique_ptr<ui::RolesPage> TestRolesPage::openPage(UiTestEnv& env, const User& user)
{
    env.signInAs(user);
    auto page = std::make_unique<ui::RolesPage>(env.session());
    page->resize(1100, 720);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    if (page->isAvailable())
        page->activated();
    return page;
}

PermissionMatrixModel* TestRolesPage::matrix(ui::RolesPage& page)
{
    auto* view = page.findChild<QTableView*>(QStringLiteral("permissionMatrix"));
    return view ? qobject_cast<PermissionMatrixModel*>(view->model()) : nullptr;
}

void TestRolesPage::clickCell(ui::RolesPage& page, const char* feature, const char* action)
{
    auto* view = page.findChild<QTableView*>(QStringLiteral("permissionMatrix"));
    const QModelIndex cell =
        matrix(page)->cellIndex(QString::fromLatin1(feature), QString::fromLatin1(action));
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
}

bool TestRolesPage::selectRole(ui::RolesPage& page, const QString& name)
{
    auto* list = page.findChild<QListWidget*>(QStringLiteral("roleList"));
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == name) {
            list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool TestRolesPage::idle(ui::RolesPage& page)
{
    auto* list = page.findChild<QListWidget*>(QStringLiteral("roleList"));
    return list->count() > 0 && list->isEnabled();
}

void TestRolesPage::toggingManageImpliesTheOtherFour()
{
    MAKE_ENV(env);
    auto page = openPage(*env, env->addUser(QStringLiteral("root"), QStringLiteral("admin")));
    QVERIFY(page);
    QTRY_VERIFY(idle(*page));
    QVERIFY(selectRole(*page, QStringLiteral("broker")));
    PermissionMatrixModel* model = matrix(*page);
    QCOMPARE(model->roleName(), QStringLiteral("broker"));
    // Brokers have finance create/read/update, not delete and not manage.
    QVERIFY(model->isChecked(QStringLiteral("finance"), Permission::kRead));
    QVERIFY(!model->isChecked(QStringLiteral("finance"), Permission::kDelete));

    clickCell(*page, "finance", "manage");
    for (const QString& action :
         {Permission::kCreate, Permission::kRead, Permission::kUpdate, Permission::kDelete}) {
        const QModelIndex cell = model->cellIndex(QStringLiteral("finance"), action);
        QCOMPARE(cell.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!model->flags(cell).testFlag(Qt::ItemIsEnabled));
    }
    auto* save = page->findChild<QPushButton*>(QStringLiteral("saveRole"));
    QVERIFY(save->isEnabled());

    clickCell(*page, "finance", "manage");
    QVERIFY(model->isChecked(QStringLiteral("finance"), Permission::kRead));
    QVERIFY(!model->isChecked(QStringLiteral("finance"), Permission::kDelete));
    QVERIFY(model->flags(model->cellIndex(QStringLiteral("finance"), Permission::kDelete))
                .testFlag(Qt::ItemIsEnabled));
    QVERIFY(!save->isEnabled());
}

void TestRolesPage::savingAChangePersistsAndIsLogged()
{
    MAKE_ENV(env);
    const User root = env->addUser(QStringLiteral("root"), QStringLiteral("admin"));
    const User bob = env->addUser(QStringLiteral("bob"), QStringLiteral("broker"));
    QVERIFY(!allowed(*env, bob, perm("finance", "delete")));
    auto page = openPage(*env, root);
    QVERIFY(page);
    QTRY_VERIFY(idle(*page));
    QVERIFY(selectRole(*page, QStringLiteral("broker")));

    // Keyboard: the cell is current, Space toggles it.
    auto* view = page->findChild<QTableView*>(QStringLiteral("permissionMatrix"));
    view->setFocus();
    view->setCurrentIndex(matrix(*page)->cellIndex(QStringLiteral("finance"), Permission::kDelete));
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(matrix(*page)->isChecked(QStringLiteral("finance"), Permission::kDelete));
    clickCell(*page, "reports", "read"); // brokers have it: revoke

    QString summary;
    answerMessageBox(QStringLiteral("confirmDialog"), QMessageBox::Save, &summary);
    auto* save = page->findChild<QPushButton*>(QStringLiteral("saveRole"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(allowed(*env, bob, perm("finance", "delete")));
    QTRY_VERIFY(idle(*page));
    QVERIFY(summary.contains(QStringLiteral("Granted:\n• Finance: delete")));
    QVERIFY(summary.contains(QStringLiteral("Revoked:\n• Reports: read")));
    QVERIFY(!allowed(*env, bob, perm("reports", "read")));
    QVERIFY(!save->isEnabled());
    QVERIFY(!matrix(*page)->isModified());
    QCOMPARE(matrix(*page)->roleName(), QStringLiteral("broker"));

    const QList<SecurityLogEntry> entries = permissionEntries(*env);
    QVERIFY(!entries.isEmpty());
    const SecurityEvent& event = entries.first().event;
    QVERIFY(event.success);
    QCOMPARE(event.userId, std::optional<qint64>(root.id));
    QCOMPARE(event.metadata.value(QStringLiteral("operation")).toString(), QStringLiteral("set_grants"));
    QCOMPARE(event.metadata.value(QStringLiteral("role")).toString(), QStringLiteral("broker"));
    QCOMPARE(event.metadata.value(QStringLiteral("added")).toArray().toVariantList(),
             QVariantList{QStringLiteral("finance:delete")});
    QCOMPARE(event.metadata.value(QStringLiteral("removed")).toArray().toVariantList(),
             QVariantList{QStringLiteral("reports:read")});
}

void TestRolesPage::revertRestoresTheSavedGrants()
{
    MAKE_ENV(env);
    auto page = openPage(*env, env->addUser(QStringLiteral("root"), QStringLiteral("admin")));
    QVERIFY(page);
    QTRY_VERIFY(idle(*page));
    QVERIFY(selectRole(*page, QStringLiteral("manager")));
    clickCell(*page, "crm", "manage");
    clickCell(*page, "reports", "read");
    PermissionMatrixModel* model = matrix(*page);
    QVERIFY(model->isModified());
    QVERIFY(model->data(model->cellIndex(QStringLiteral("crm"), Permission::kManage), Qt::BackgroundRole)
                .isValid());
    auto* revert = page->findChild<QPushButton*>(QStringLiteral("revertRole"));
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QVERIFY(!model->isModified());
    QVERIFY(!revert->isEnabled());
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("saveRole"))->isEnabled());
    QVERIFY(!model->isChecked(QStringLiteral("crm"), Permission::kManage));
    QVERIFY(model->isChecked(QStringLiteral("reports"), Permission::kRead));
    auto saved = env->hub().roles().role(QStringLiteral("manager"));
    QVERIFY(saved);
    QVERIFY(!saved->grants.contains(perm("crm", "manage")));
    QVERIFY(saved->grants.contains(perm("reports", "read")));
    QVERIFY(operations(*env).isEmpty());
}

void TestRolesPage::switchingRoleWithUnsavedChangesAsks()
{
    MAKE_ENV(env);
    auto page = openPage(*env, env->addUser(QStringLiteral("root"), QStringLiteral("admin")));
    QVERIFY(page);
    QTRY_VERIFY(idle(*page));
    QVERIFY(selectRole(*page, QStringLiteral("broker")));
    clickCell(*page, "team", "read");
    auto* list = page->findChild<QListWidget*>(QStringLiteral("roleList"));

    answerMessageBox(QStringLiteral("unsavedChangesDialog"), QMessageBox::Cancel);
    QVERIFY(selectRole(*page, QStringLiteral("manager")));
    QCOMPARE(matrix(*page)->roleName(), QStringLiteral("broker"));
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("broker"));
    QVERIFY(matrix(*page)->isModified());

    answerMessageBox(QStringLiteral("unsavedChangesDialog"), QMessageBox::Discard);
    QVERIFY(selectRole(*page, QStringLiteral("manager")));
    QCOMPARE(matrix(*page)->roleName(), QStringLiteral("manager"));
    QVERIFY(!matrix(*page)->isModified());
    QVERIFY(!env->hub().roles().role(QStringLiteral("broker"))->grants.contains(perm("team", "read")));

    clickCell(*page, "calendar", "read");
    answerMessageBox(QStringLiteral("unsavedChangesDialog"), QMessageBox::Save);
    QVERIFY(selectRole(*page, QStringLiteral("security")));
    QTRY_COMPARE(matrix(*page)->roleName(), QStringLiteral("security"));
    QTRY_VERIFY(idle(*page));
    QVERIFY(env->hub().roles().role(QStringLiteral("manager"))->grants.contains(perm("calendar", "read")));
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("security"));
}

void TestRolesPage::customRoleCreatedAndDeleted()
{
    MAKE_ENV(env);
    auto page = openPage(*env, env->addUser(QStringLiteral("root"), QStringLiteral("admin")));
    QVERIFY(page);
    QTRY_VERIFY(idle(*page));
    QVERIFY(selectRole(*page, QStringLiteral("broker")));
    auto* remove = page->findChild<QPushButton*>(QStringLiteral("deleteRole"));
    QVERIFY(!remove->isEnabled()); // built-in

    bool createEnabledForBadName = true;
    onNextModal([&](QWidget* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("roleName"));
        auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createRoleButton"));
        QTest::keyClicks(name, QStringLiteral("a"));
        createEnabledForBadName = create->isEnabled();
        QTest::keyClicks(name, QStringLiteral("uditor"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("roleDescription")),
                         QStringLiteral("Reads the log"));
        auto* copy = dialog->findChild<QComboBox*>(QStringLiteral("copyGrantsFrom"));
        copy->setCurrentIndex(copy->findData(QStringLiteral("security")));
        create->click();
    });
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("newRole")), Qt::LeftButton);
    QTRY_COMPARE(page->roleEditor()->currentRole(), QStringLiteral("auditor"));
    QTRY_VERIFY(idle(*page));
    QVERIFY(!createEnabledForBadName);
    auto created = env->hub().roles().role(QStringLiteral("auditor"));
    QVERIFY(created);
    QVERIFY(!created->builtin);
    QCOMPARE(created->description, QStringLiteral("Reads the log"));
    QCOMPARE(created->grants, env->hub().roles().role(QStringLiteral("security"))->grants);
    QVERIFY(matrix(*page)->isChecked(QStringLiteral("alerts"), Permission::kManage));

    QVERIFY(remove->isEnabled());
    answerMessageBox(QStringLiteral("confirmDialog"), QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(!env->hub().roles().role(QStringLiteral("auditor")).ok());
    QTRY_VERIFY(idle(*page));
    QVERIFY(page->roleEditor()->currentRole() != QStringLiteral("auditor"));
    QCOMPARE(operations(*env), (QStringList{QStringLiteral("create_role"), QStringLiteral("set_grants"),
                                            QStringLiteral("delete_role")}));
}

void TestRolesPage::deletingAnAssignedRoleShowsTheServiceMessage()
{
    MAKE_ENV(env);
    QVERIFY(env->hub().roles().createRole(QStringLiteral("auditor"), {},
                                          Actor::localOperator(QStringLiteral("t"))));
    env->addUser(QStringLiteral("audrey"), QStringLiteral("auditor"));
    auto page = openPage(*env, env->addUser(QStringLiteral("root"), QStringLiteral("admin")));
    QVERIFY(page);
    QTRY_VERIFY(idle(*page));
    QVERIFY(selectRole(*page, QStringLiteral("auditor")));
    answerMessageBox(QStringLiteral("confirmDialog"), QMessageBox::Yes);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("deleteRole")), Qt::LeftButton);
    QMessageBox* error = nullptr;
    QTRY_VERIFY((error = page->findChild<QMessageBox*>(QStringLiteral("errorDialog"))));
    QVERIFY(error->informativeText().contains(QStringLiteral("assigned to 1 user")));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("roleError"))
                ->text()
                .contains(QStringLiteral("another role")));
    error->close();
    QVERIFY(env->hub().roles().role(QStringLiteral("auditor")).ok());
    QCOMPARE(operations(*env, false), QStringList{QStringLiteral("delete_role")});
}

void TestRolesPage::strippingTheAdminRoleIsRefused()
{
    MAKE_ENV(env);
    const User root = env->addUser(QStringLiteral("root"), QStringLiteral("admin"));
    auto page = openPage(*env, root);
    QVERIFY(page);
    QTRY_VERIFY(idle(*page));
    QVERIFY(selectRole(*page, QStringLiteral("admin")));
    PermissionMatrixModel* model = matrix(*page);

    // Manage on users and roles cannot even be unchecked, and says why.
    clickCell(*page, "users", "manage");
    clickCell(*page, "roles", "manage");
    QVERIFY(model->isChecked(QStringLiteral("users"), Permission::kManage));
    QVERIFY(model->isChecked(QStringLiteral("roles"), Permission::kManage));
    QVERIFY(!model->isModified());
    QVERIFY(model->cellIndex(QStringLiteral("users"), Permission::kManage)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("nobody could administer")));
    auto* notice = page->findChild<QLabel*>(QStringLiteral("roleNotice"));
    QVERIFY(!notice->isHidden());

    // Anything else that takes *:manage away is the service's to refuse.
    clickCell(*page, "settings", "manage");
    QVERIFY(model->isModified());
    answerMessageBox(QStringLiteral("confirmDialog"), QMessageBox::Save);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveRole")), Qt::LeftButton);
    QMessageBox* error = nullptr;
    QTRY_VERIFY((error = page->findChild<QMessageBox*>(QStringLiteral("errorDialog"))));
    QVERIFY(error->informativeText().contains(QStringLiteral("must keep \u2066*:manage\u2069")));
    auto* banner = page->findChild<QLabel*>(QStringLiteral("roleError"));
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains(QStringLiteral("must keep \u2066*:manage\u2069")));
    error->close();
    QTRY_VERIFY(idle(*page));
    QVERIFY(model->isModified()); // the edit is kept for the user to revert
    QCOMPARE(env->hub().roles().role(QStringLiteral("admin"))->grants,
             QList<Permission>{perm("*", "manage")});
    QVERIFY(allowed(*env, root, perm("settings", "manage")));
    QCOMPARE(operations(*env, false), QStringList{QStringLiteral("set_grants")});

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("revertRole")), Qt::LeftButton);
    QVERIFY(!model->isModified());
    QVERIFY(banner->isHidden());
}

void TestRolesPage::userGrantWithExpiryAddedAndRevoked()
{
    MAKE_ENV(env);
    const User root = env->addUser(QStringLiteral("root"), QStringLiteral("admin"));
    const User bob = env->addUser(QStringLiteral("bob"), QStringLiteral("broker"));
    env->addUser(QStringLiteral("carol"), QStringLiteral("manager"));
    QVERIFY(!allowed(*env, bob, perm("security_log", "read")));
    auto page = openPage(*env, root);
    QVERIFY(page);
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("rolesTabs"));
    tabs->setCurrentWidget(page->grantsPanel());
    auto* users = page->findChild<QComboBox*>(QStringLiteral("grantUserCombo"));
    QTRY_COMPARE(users->count(), 3);
    QTRY_VERIFY(users->isEnabled());
    QVERIFY(page->grantsPanel()->selectUser(QStringLiteral("bob")));
    auto* table = page->findChild<QTableView*>(QStringLiteral("userGrantsTable"));
    QTRY_VERIFY(users->isEnabled());
    QCOMPARE(table->model()->rowCount(), 0);

    const qint64 now = env->clock().nowMSecs();
    const QDateTime expiry = QDateTime::fromMSecsSinceEpoch(now + 2 * 24 * 3600 * 1000LL).toLocalTime();
    bool okForPast = true;
    onNextModal([&](QWidget* dialog) {
        auto* feature = dialog->findChild<QComboBox*>(QStringLiteral("grantFeature"));
        auto* action = dialog->findChild<QComboBox*>(QStringLiteral("grantAction"));
        feature->setCurrentIndex(feature->findData(QStringLiteral("security_log")));
        action->setCurrentIndex(action->findData(Permission::kRead));
        dialog->findChild<QCheckBox*>(QStringLiteral("grantExpires"))->setChecked(true);
        auto* edit = dialog->findChild<QDateTimeEdit*>(QStringLiteral("grantExpiry"));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("grantOk"));
        edit->setDateTime(QDateTime::fromMSecsSinceEpoch(now - 3600 * 1000).toLocalTime());
        okForPast = ok->isEnabled();
        edit->setDateTime(expiry);
        ok->click();
    });
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addUserGrant")), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(!okForPast);
    auto grants = env->hub().roles().userGrants(bob.id);
    QVERIFY(grants);
    QCOMPARE(grants->size(), 1);
    QCOMPARE(grants->first().permission, perm("security_log", "read"));
    QCOMPARE(grants->first().expiresAtMs, std::optional<qint64>(expiry.toMSecsSinceEpoch()));
    QCOMPARE(table->model()->index(0, 2).data().toString(), QLocale().toString(expiry, QLocale::ShortFormat));
    QVERIFY(allowed(*env, bob, perm("security_log", "read")));

    // Past its expiry the grant counts for nothing.
    env->clock().advanceSecs(3 * 24 * 3600);
    QVERIFY(!allowed(*env, bob, perm("security_log", "read")));
    env->clock().advanceSecs(-3 * 24 * 3600);

    table->selectRow(0);
    auto* revoke = page->findChild<QPushButton*>(QStringLiteral("revokeUserGrant"));
    QVERIFY(revoke->isEnabled());
    answerMessageBox(QStringLiteral("confirmDialog"), QMessageBox::Yes);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY(env->hub().roles().userGrants(bob.id)->isEmpty());
    QVERIFY(!allowed(*env, bob, perm("security_log", "read")));
    QCOMPARE(operations(*env),
             (QStringList{QStringLiteral("grant_user"), QStringLiteral("revoke_user_grant")}));
    QTRY_VERIFY(users->isEnabled());
}

void TestRolesPage::brokerDoesNotSeeThePage()
{
    MAKE_ENV(env);
    env->signInAs(env->addUser(QStringLiteral("bob"), QStringLiteral("broker")));
    ui::RolesPage page(env->session());
    QVERIFY(!page.isAvailable());
    QCOMPARE(page.pageId(), QStringLiteral("roles"));
}

void TestRolesPage::readOnlyViewerCannotChangeAnything()
{
    MAKE_ENV(env);
    const Actor op = Actor::localOperator(QStringLiteral("t"));
    QVERIFY(env->hub().roles().createRole(QStringLiteral("viewer"), {}, op));
    QVERIFY(env->hub().roles().setGrants(QStringLiteral("viewer"),
                                         {perm("roles", "read"), perm("users", "read")}, op));
    auto page = openPage(*env, env->addUser(QStringLiteral("vera"), QStringLiteral("viewer")));
    QVERIFY(page);
    QVERIFY(page->isAvailable());
    QTRY_VERIFY(idle(*page));
    QVERIFY(selectRole(*page, QStringLiteral("broker")));
    PermissionMatrixModel* model = matrix(*page);
    QVERIFY(model->isReadOnly());
    clickCell(*page, "finance", "delete");
    QVERIFY(!model->isChecked(QStringLiteral("finance"), Permission::kDelete));
    QVERIFY(!model->isModified());
    for (const char* name : {"saveRole", "revertRole", "newRole", "deleteRole"})
        QVERIFY2(page->findChild<QPushButton*>(QString::fromLatin1(name))->isHidden(), name);
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("roleNotice"))
                ->text()
                .contains(QStringLiteral("not change")));
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("addUserGrant"))->isHidden());
    QTRY_COMPARE(page->findChild<QComboBox*>(QStringLiteral("grantUserCombo"))->count(), 1);
    QVERIFY(operations(*env, false).isEmpty());
}

QTEST_MAIN(TestRolesPage)
#include "tst_rolespage.moc"
