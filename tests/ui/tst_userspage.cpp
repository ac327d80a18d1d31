#include "ServiceHub.h"
#include "UiTestEnv.h"
#include "crypto/Base32.h"
#include "crypto/PasswordHasher.h"
#include "rbac/RoleService.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogQuery.h"
#include "totp/Otp.h"
#include "twofactor/TwoFactorService.h"
#include "users/UserFilterProxyModel.h"
#include "users/UserService.h"
#include "users/UserTableModel.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
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

const QString kNewPassword = QStringLiteral("Saffron-Harbor-93");

// Acts on the next modal widget with the given objectName once `act`
// reports it is done (returning false means "not ready yet, try again").
// A modal that is never handled, or stays open long after it was, is
// closed, so a broken test fails instead of hanging in exec().
class ModalHandler : public QObject {
public:
    ModalHandler(QString objectName, std::function<bool(QWidget*)> act)
        : m_objectName(std::move(objectName))
        , m_act(std::move(act))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }
    bool done() const { return m_done; }

private:
    static constexpr int kMaxPolls = 1500; // 15 s

    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (m_done) {
            if (!m_handled || !m_handled->isVisible())
                m_timer.stop();
            else if (++m_polls > kMaxPolls)
                m_handled->close();
            return;
        }
        if (modal && modal->objectName() == m_objectName && m_act(modal)) {
            m_done = true;
            m_handled = modal;
            m_polls = 0;
            return;
        }
        if (++m_polls > kMaxPolls) {
            m_timer.stop();
            if (modal)
                modal->close();
        }
    }

    QString m_objectName;
    std::function<bool(QWidget*)> m_act;
    QTimer m_timer;
    QPointer<QWidget> m_handled;
    int m_polls = 0;
    bool m_done = false;
};

bool clickMessageBoxButton(QWidget* modal, bool accept)
{
    auto* box = qobject_cast<QMessageBox*>(modal);
    if (!box)
        return false;
    QAbstractButton* button =
        accept ? static_cast<QAbstractButton*>(box->findChild<QPushButton*>(QStringLiteral("confirmButton")))
               : box->button(QMessageBox::Cancel);
    if (!button)
        button = box->button(QMessageBox::Ok);
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace

class TestUsersPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();

    void listsUsersWithTheirState();
    void createUserThroughTheDialog();
    void disableAndEnable();
    void unlockLockedUser();
    void resetPassword();
    void deleteConfirmedOrCancelled();
    void eraseNeedsTheTypedName();
    void resetTwoFactor();
    void filtersNarrowTheRows();
    void brokerSeesNothing();
    void readOnlyRoleSeesActionsDisabled();
    void lastAdminRefusalIsShown();
    void workerAuthorisesAgain();
    void enrollRequestCarriesTheUser();
    void editOpensOnDoubleClickAndReturn();

private:
    void openPage(const User& signedIn);
    bool select(const QString& username);
    QAction* action(const char* name) const;
    QTableView* table() const;
    int visibleRows() const;
    QStringList visibleUsernames() const;
    // The newest entry of `event` about `target`, or an empty entry.
    SecurityLogEntry lastEntry(const QString& event, const QString& target) const;

    std::unique_ptr<UiTestEnv> m_env;
    User m_admin;
    std::unique_ptr<ui::UsersPage> m_page;
};

void TestUsersPage::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == QLatin1String(TestDatabase::kPostgres) && qEnvironmentVariableIsEmpty("NOVA_TEST_PG_URL"))
        QSKIP("NOVA_TEST_PG_URL is not set");
    m_env = UiTestEnv::create(backend);
    QVERIFY(m_env);
    m_admin = m_env->addUser(QStringLiteral("admin1"), QStringLiteral("admin"));
}

void TestUsersPage::cleanup()
{
    m_page.reset();
    m_env.reset();
}

void TestUsersPage::openPage(const User& signedIn)
{
    m_env->signInAs(signedIn);
    m_page = std::make_unique<ui::UsersPage>(m_env->session());
    m_page->resize(1100, 600);
    m_page->show();
    m_page->activated();
}

QTableView* TestUsersPage::table() const
{
    return m_page->findChild<QTableView*>(QStringLiteral("usersTable"));
}

QAction* TestUsersPage::action(const char* name) const
{
    return m_page->findChild<QAction*>(QString::fromLatin1(name));
}

int TestUsersPage::visibleRows() const
{
    return table()->model()->rowCount();
}

QStringList TestUsersPage::visibleUsernames() const
{
    QStringList names;
    const QAbstractItemModel* model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(ui::UserTableModel::UsernameRole).toString();
    names.sort();
    return names;
}

bool TestUsersPage::select(const QString& username)
{
    const QAbstractItemModel* model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ui::UserTableModel::UsernameRole).toString() == username) {
            // Page-wide shortcuts need the active window; a closed modal
            // dialog does not give it back on the offscreen platform.
            QApplication::setActiveWindow(m_page.get());
            table()->setFocus();
            table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

SecurityLogEntry TestUsersPage::lastEntry(const QString& event, const QString& target) const
{
    SecurityLogFilter filter;
    filter.events = {event};
    auto page = m_env->hub().logQuery().page(filter, std::nullopt, 100);
    if (!page)
        return {};
    for (const SecurityLogEntry& entry : page->entries) {
        // UserService names the target "target", TwoFactorService "target_username".
        const QJsonObject& metadata = entry.event.metadata;
        if (metadata.value(QStringLiteral("target")).toString() == target ||
            metadata.value(QStringLiteral("target_username")).toString() == target)
            return entry;
    }
    return {};
}

void TestUsersPage::listsUsersWithTheirState()
{
    const User omar = m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    QVERIFY(m_env->hub().users().disable(omar.id, Actor::localOperator(QStringLiteral("test"))).ok());
    QVERIFY(m_env->hub().users().repository().recordSuccessfulLogin(m_admin.id).ok());
    openPage(m_admin);
    QTRY_COMPARE(visibleRows(), 2);

    QVERIFY(select(QStringLiteral("omar")));
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    const int row = selected.first().row();
    const QAbstractItemModel* model = table()->model();
    QCOMPARE(model->index(row, ui::UserTableModel::EmailColumn).data().toString(),
             QStringLiteral("omar@example.test"));
    QCOMPARE(model->index(row, ui::UserTableModel::RoleColumn).data().toString(), QStringLiteral("Broker"));
    QCOMPARE(model->index(row, ui::UserTableModel::StatusColumn).data().toString(),
             UserStatusText::displayName(UserStatus::Disabled));
    QVERIFY(model->index(row, ui::UserTableModel::StatusColumn).data(Qt::DecorationRole).isValid());
    QCOMPARE(model->index(row, ui::UserTableModel::LastSignInColumn).data().toString(),
             QStringLiteral("Never"));
    QCOMPARE(model->index(row, ui::UserTableModel::TwoFactorColumn).data().toString(), QStringLiteral("Off"));

    QVERIFY(select(QStringLiteral("admin1")));
    const int adminRow = table()->selectionModel()->selectedRows().first().row();
    const QString lastSignIn = model->index(adminRow, ui::UserTableModel::LastSignInColumn).data().toString();
    QCOMPARE(lastSignIn,
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_env->clock().nowMSecs()).toLocalTime(),
                                QLocale::ShortFormat));
    // One's own account cannot be disabled or deleted: the actions say so before the service would.
    QVERIFY(!action("actionDisableUser")->isEnabled());
    QVERIFY(!action("actionDeleteUser")->isEnabled());
    QVERIFY(action("actionEditUser")->isEnabled());
}

void TestUsersPage::createUserThroughTheDialog()
{
    openPage(m_admin);
    QTRY_COMPARE(visibleRows(), 1);
    QVERIFY(action("actionNewUser")->isEnabled());

    bool sawBusy = false;
    ModalHandler handler(QStringLiteral("userEditDialog"), [&](QWidget* dialog) {
        auto* role = dialog->findChild<QComboBox*>(QStringLiteral("roleCombo"));
        if (!role->isEnabled())
            return false; // the roles are still loading
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit")),
                         QStringLiteral("layla.h"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("displayNameEdit")),
                         QStringLiteral("Layla Haddad"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")),
                         QStringLiteral("layla@example.test"));
        role->setCurrentIndex(role->findData(QStringLiteral("manager")));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), kNewPassword);
        if (ok->isEnabled())
            return true; // fails below: OK before the password was repeated
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordConfirmEdit")), kNewPassword);
        if (!ok->isEnabled())
            return true;
        QTest::mouseClick(ok, Qt::LeftButton);
        sawBusy = dialog->findChild<QWidget*>(QStringLiteral("busyIndicator"))->isVisible() &&
                  !dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->isEnabled();
        return true;
    });
    action("actionNewUser")->trigger();
    QVERIFY(handler.done());
    QVERIFY(sawBusy);

    auto created = m_env->hub().users().byName(QStringLiteral("layla.h"));
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    QCOMPARE(created->displayName, QStringLiteral("Layla Haddad"));
    QCOMPARE(created->email, QStringLiteral("layla@example.test"));
    QCOMPARE(created->role, QStringLiteral("manager"));
    auto hash = m_env->hub().users().repository().passwordHash(created->id);
    QVERIFY(hash.ok());
    QVERIFY(m_env->hub().hasher().verify(kNewPassword, *hash));
    QTRY_COMPARE(visibleRows(), 2);
    // The new row is selected.
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(
        table()->selectionModel()->selectedRows().first().data(ui::UserTableModel::UsernameRole).toString(),
        QStringLiteral("layla.h"));

    const SecurityLogEntry entry = lastEntry(EventType::CreateUser, QStringLiteral("layla.h"));
    QVERIFY(entry.id > 0);
    QVERIFY(entry.event.success);
    QCOMPARE(entry.event.username, QStringLiteral("admin1"));
}

void TestUsersPage::disableAndEnable()
{
    const User omar = m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    openPage(m_admin);
    QTRY_COMPARE(visibleRows(), 2);
    QVERIFY(select(QStringLiteral("omar")));
    QVERIFY(action("actionDisableUser")->isEnabled());
    QVERIFY(!action("actionEnableUser")->isEnabled());

    QString question;
    ModalHandler confirmDisable(QStringLiteral("confirmDialog"), [&](QWidget* box) {
        question = qobject_cast<QMessageBox*>(box)->text();
        return clickMessageBoxButton(box, true);
    });
    action("actionDisableUser")->trigger();
    QVERIFY(confirmDisable.done());
    QVERIFY(question.contains(QStringLiteral("omar")));
    QTRY_COMPARE(m_env->hub().users().byId(omar.id)->status, UserStatus::Disabled);
    QTRY_VERIFY(action("actionEnableUser")->isEnabled());
    QVERIFY(!action("actionDisableUser")->isEnabled());
    // Only the one that applies is shown.
    QVERIFY(action("actionEnableUser")->isVisible());
    QVERIFY(!action("actionDisableUser")->isVisible());
    QVERIFY(lastEntry(EventType::DisableUser, QStringLiteral("omar")).event.success);

    action("actionEnableUser")->trigger();
    QTRY_COMPARE(m_env->hub().users().byId(omar.id)->status, UserStatus::Active);
    QTRY_VERIFY(action("actionDisableUser")->isEnabled());
    QVERIFY(action("actionDisableUser")->isVisible());
    QVERIFY(!action("actionEnableUser")->isVisible());
    const SecurityLogEntry enabled = lastEntry(EventType::EnableUser, QStringLiteral("omar"));
    QVERIFY(enabled.event.success);
    QCOMPARE(enabled.event.username, QStringLiteral("admin1"));
}

void TestUsersPage::unlockLockedUser()
{
    const User omar = m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    QVERIFY(m_env->hub().users().repository().recordFailedLogin(omar.id, 1, 15 * 60 * 1000).ok());
    QCOMPARE(m_env->hub().users().byId(omar.id)->status, UserStatus::Locked);
    openPage(m_admin);
    QTRY_COMPARE(visibleRows(), 2);
    QVERIFY(select(QStringLiteral("omar")));
    QVERIFY(action("actionUnlockUser")->isEnabled());
    const QModelIndex status =
        table()->selectionModel()->selectedRows(ui::UserTableModel::StatusColumn).first();
    QCOMPARE(status.data().toString(), UserStatusText::displayName(UserStatus::Locked));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("failed")));

    action("actionUnlockUser")->trigger();
    QTRY_COMPARE(m_env->hub().users().byId(omar.id)->status, UserStatus::Active);
    QTRY_VERIFY(!action("actionUnlockUser")->isEnabled());
    QTRY_COMPARE(status.data().toString(), UserStatusText::displayName(UserStatus::Active));
    QVERIFY(lastEntry(EventType::UnlockUser, QStringLiteral("omar")).event.success);
}

void TestUsersPage::resetPassword()
{
    const User omar = m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    openPage(m_admin);
    QTRY_COMPARE(visibleRows(), 2);
    QVERIFY(select(QStringLiteral("omar")));

    bool refusedWeak = false;
    ModalHandler handler(QStringLiteral("resetPasswordDialog"), [&](QWidget* dialog) {
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
        auto* first = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        auto* second = dialog->findChild<QLineEdit*>(QStringLiteral("passwordConfirmEdit"));
        // A password containing the username is refused by the policy as typed.
        QTest::keyClicks(first, QStringLiteral("Omar-Sunrise-47"));
        QTest::keyClicks(second, QStringLiteral("Omar-Sunrise-47"));
        refusedWeak = !ok->isEnabled();
        first->clear();
        second->clear();
        QTest::keyClicks(first, kNewPassword);
        QTest::keyClicks(second, kNewPassword);
        QTest::mouseClick(ok, Qt::LeftButton);
        return true;
    });
    action("actionResetPassword")->trigger();
    QVERIFY(handler.done());
    QVERIFY(refusedWeak);

    auto hash = m_env->hub().users().repository().passwordHash(omar.id);
    QVERIFY(hash.ok());
    QVERIFY(m_env->hub().hasher().verify(kNewPassword, *hash));
    QVERIFY(!m_env->hub().hasher().verify(UiTestEnv::kPassword, *hash));
    const SecurityLogEntry entry = lastEntry(EventType::ResetPassword, QStringLiteral("omar"));
    QVERIFY(entry.event.success);
    QCOMPARE(entry.event.username, QStringLiteral("admin1"));
}

void TestUsersPage::deleteConfirmedOrCancelled()
{
    const User omar = m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    openPage(m_admin);
    QTRY_COMPARE(visibleRows(), 2);
    QVERIFY(select(QStringLiteral("omar")));

    // Cancelled: nothing happens, nothing is logged.
    ModalHandler cancel(QStringLiteral("confirmDialog"),
                        [](QWidget* box) { return clickMessageBoxButton(box, false); });
    QTest::keyClick(table(), Qt::Key_Delete);
    QVERIFY(cancel.done());
    QTest::qWait(50);
    QVERIFY(m_env->hub().users().byId(omar.id).ok());
    QCOMPARE(visibleRows(), 2);
    QCOMPARE(lastEntry(EventType::DeleteUser, QStringLiteral("omar")).id, 0);

    // Confirmed through the Del shortcut: gone from the database and the table.
    QVERIFY(select(QStringLiteral("omar")));
    QString question;
    ModalHandler accept(QStringLiteral("confirmDialog"), [&](QWidget* box) {
        question = qobject_cast<QMessageBox*>(box)->text();
        return clickMessageBoxButton(box, true);
    });
    QTest::keyClick(table(), Qt::Key_Delete);
    QVERIFY(accept.done());
    QVERIFY(question.contains(QStringLiteral("omar")));
    QTRY_VERIFY(!m_env->hub().users().byId(omar.id).ok());
    QTRY_COMPARE(visibleRows(), 1);
    const SecurityLogEntry entry = lastEntry(EventType::DeleteUser, QStringLiteral("omar"));
    QVERIFY(entry.event.success);
    QCOMPARE(entry.event.username, QStringLiteral("admin1"));
    // Nothing selected any more: the selection-bound actions are off.
    QVERIFY(!action("actionDeleteUser")->isEnabled());
}

void TestUsersPage::eraseNeedsTheTypedName()
{
    const User omar = m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    openPage(m_admin);
    QTRY_COMPARE(visibleRows(), 2);
    QVERIFY(select(QStringLiteral("omar")));
    QVERIFY(action("actionEraseUser")->isEnabled());
    QVERIFY(action("actionPersonalData")->menu()->actions().contains(action("actionEraseUser")));
    QVERIFY(action("actionPersonalData")->isEnabled());

    bool enabledTooEarly = true;
    ModalHandler confirm(QStringLiteral("eraseUserDialog"), [&](QWidget* dialog) {
        auto* typed = dialog->findChild<QLineEdit*>(QStringLiteral("eraseConfirmName"));
        auto* erase = dialog->findChild<QPushButton*>(QStringLiteral("eraseButton"));
        if (!typed || !erase)
            return false;
        typed->setText(QStringLiteral("omar2"));
        enabledTooEarly = erase->isEnabled();
        typed->setText(QStringLiteral("omar"));
        QTest::mouseClick(erase, Qt::LeftButton);
        return true;
    });
    QString result;
    ModalHandler done(QStringLiteral("erasedDialog"), [&](QWidget* box) {
        result = qobject_cast<QMessageBox*>(box)->text();
        return clickMessageBoxButton(box, true);
    });
    action("actionEraseUser")->trigger();
    QVERIFY(confirm.done());
    QVERIFY(!enabledTooEarly);
    QTRY_VERIFY(done.done());
    QVERIFY2(result.contains(QStringLiteral("erased-")), qPrintable(result));
    QVERIFY(!m_env->hub().users().byId(omar.id).ok());
    QTRY_COMPARE(visibleRows(), 1);
    SecurityLogFilter filter;
    filter.events = {EventType::EraseUser};
    auto page = m_env->hub().logQuery().page(filter, std::nullopt, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->entries.size(), 1);
    QCOMPARE(page->entries.constFirst().event.username, QStringLiteral("admin1"));
    QVERIFY(!m_env->hub().securityLog().verify()->firstBrokenId);
}

void TestUsersPage::resetTwoFactor()
{
    const User omar = m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    TwoFactorService& twoFactor = m_env->hub().twoFactor();
    auto enrollment = twoFactor.enroll(omar.id, Actor::localOperator(QStringLiteral("test")));
    QVERIFY(enrollment.ok());
    openPage(m_admin);
    QTRY_COMPARE(visibleRows(), 2);
    QVERIFY(select(QStringLiteral("omar")));
    // Pending enrollment is not 2FA on.
    QVERIFY(!action("actionResetTwoFactor")->isEnabled());

    // The first code (computed here from the secret) turns 2FA on; the page
    // hears the service's statusChanged and updates the row.
    const QString code =
        Otp::totp(Base32::decode(enrollment->secretBase32).value(), m_env->clock().nowSecs());
    QVERIFY(twoFactor.confirm(omar.id, code, m_env->session().accessContext(QStringLiteral("test"))).ok());
    const QModelIndex twoFactorCell =
        table()->selectionModel()->selectedRows(ui::UserTableModel::TwoFactorColumn).first();
    QTRY_COMPARE(twoFactorCell.data().toString(), QStringLiteral("On"));
    QTRY_VERIFY(action("actionResetTwoFactor")->isEnabled());
    QVERIFY(!action("actionEnrollTwoFactor")->isEnabled());

    ModalHandler confirmReset(QStringLiteral("confirmDialog"),
                              [](QWidget* box) { return clickMessageBoxButton(box, true); });
    action("actionResetTwoFactor")->trigger();
    QVERIFY(confirmReset.done());
    QTRY_VERIFY(!twoFactor.status(omar.id)->enrolled);
    QTRY_COMPARE(twoFactorCell.data().toString(), QStringLiteral("Off"));
    QTRY_VERIFY(action("actionEnrollTwoFactor")->isEnabled());
    const SecurityLogEntry entry = lastEntry(EventType::TwoFactorDisabled, QStringLiteral("omar"));
    QVERIFY(entry.id > 0);
    QVERIFY(entry.event.success);
    QCOMPARE(entry.event.username, QStringLiteral("admin1"));
}

void TestUsersPage::filtersNarrowTheRows()
{
    const Actor op = Actor::localOperator(QStringLiteral("test"));
    m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    const User sara = m_env->addUser(QStringLiteral("sara"), QStringLiteral("broker"));
    m_env->addUser(QStringLiteral("khalid"), QStringLiteral("manager"));
    UserChanges arabicName;
    arabicName.displayName = QStringLiteral("سارة العتيبي");
    QVERIFY(m_env->hub().users().update(sara.id, arabicName, op).ok());
    const User nadia = m_env->addUser(QStringLiteral("nadia"), QStringLiteral("security"));
    QVERIFY(m_env->hub().users().disable(nadia.id, op).ok());
    openPage(m_admin);
    QTRY_COMPARE(visibleRows(), 5);

    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("userSearch"));
    auto* role = m_page->findChild<QComboBox*>(QStringLiteral("roleFilter"));
    auto* status = m_page->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QVERIFY(search && role && status);

    QTest::keyClicks(search, QStringLiteral("KHAL"));
    QCOMPARE(visibleUsernames(), QStringList{QStringLiteral("khalid")});
    search->clear();
    search->insert(QStringLiteral("العتيبي")); // display name; QTest types Latin-1 only
    QCOMPARE(visibleUsernames(), QStringList{QStringLiteral("sara")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("omar@example")); // e-mail
    QCOMPARE(visibleUsernames(), QStringList{QStringLiteral("omar")});
    search->clear();
    QCOMPARE(visibleRows(), 5);

    QTRY_VERIFY(role->findData(QStringLiteral("broker")) > 0); // loaded from RoleService
    role->setCurrentIndex(role->findData(QStringLiteral("broker")));
    QCOMPARE(visibleUsernames(), (QStringList{QStringLiteral("omar"), QStringLiteral("sara")}));
    QVERIFY(
        m_page->findChild<QLabel*>(QStringLiteral("userCount"))->text().contains(QStringLiteral("2 of 5")));
    role->setCurrentIndex(0);

    status->setCurrentIndex(status->findData(int(UserStatus::Disabled)));
    QCOMPARE(visibleUsernames(), QStringList{QStringLiteral("nadia")});
    QTest::keyClicks(search, QStringLiteral("omar"));
    QCOMPARE(visibleRows(), 0);
    search->clear();
    status->setCurrentIndex(0);
    QCOMPARE(visibleRows(), 5);
}

void TestUsersPage::brokerSeesNothing()
{
    const User broker = m_env->addUser(QStringLiteral("broker1"), QStringLiteral("broker"));
    m_env->signInAs(broker);
    ui::UsersPage page(m_env->session());
    QCOMPARE(page.pageId(), QStringLiteral("users"));
    QVERIFY(!page.isAvailable());
    page.activated();
    const QStringList names{QStringLiteral("actionNewUser"),        QStringLiteral("actionEditUser"),
                            QStringLiteral("actionDisableUser"),    QStringLiteral("actionEnableUser"),
                            QStringLiteral("actionUnlockUser"),     QStringLiteral("actionResetPassword"),
                            QStringLiteral("actionResetTwoFactor"), QStringLiteral("actionDeleteUser"),
                            QStringLiteral("actionEnrollTwoFactor")};
    for (const QString& name : names) {
        auto* found = page.findChild<QAction*>(name);
        QVERIFY2(found, qPrintable(name));
        QVERIFY2(!found->isEnabled(), qPrintable(name));
    }
    QTest::qWait(50);
    QCOMPARE(page.findChild<QTableView*>(QStringLiteral("usersTable"))->model()->rowCount(), 0);
}

void TestUsersPage::readOnlyRoleSeesActionsDisabled()
{
    const Actor op = Actor::localOperator(QStringLiteral("test"));
    RoleService& roles = m_env->hub().roles();
    QVERIFY(roles.createRole(QStringLiteral("auditor"), QStringLiteral("Reads accounts"), op).ok());
    QVERIFY(roles.grant(QStringLiteral("auditor"), Permission{QStringLiteral("users"), Permission::kRead}, op)
                .ok());
    const User auditor = m_env->addUser(QStringLiteral("auditor1"), QStringLiteral("auditor"));
    m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    openPage(auditor);
    QVERIFY(m_page->isAvailable());
    QTRY_COMPARE(visibleRows(), 3);
    QVERIFY(select(QStringLiteral("omar")));
    for (const char* name :
         {"actionNewUser", "actionEditUser", "actionDisableUser", "actionResetPassword", "actionDeleteUser",
          "actionResetTwoFactor", "actionEnrollTwoFactor", "actionExportPersonalData", "actionEraseUser",
          // The toolbar's menus are off when every action in them is.
          "actionTwoFactor", "actionPersonalData"})
        QVERIFY2(!action(name)->isEnabled(), name);

    // Granting update later enables the matching actions once permissions refresh.
    QVERIFY(
        roles.grant(QStringLiteral("auditor"), Permission{QStringLiteral("users"), Permission::kUpdate}, op)
            .ok());
    m_env->session().refreshPermissions();
    QVERIFY(action("actionDisableUser")->isEnabled());
    QVERIFY(action("actionEditUser")->isEnabled());
    QVERIFY(action("actionTwoFactor")->isEnabled());
    QVERIFY(!action("actionDeleteUser")->isEnabled());
    QVERIFY(!action("actionNewUser")->isEnabled());
}

void TestUsersPage::lastAdminRefusalIsShown()
{
    // A help-desk role may manage users but is not an admin: admin1 is the
    // last admin, and deleting them is refused by the service.
    const Actor op = Actor::localOperator(QStringLiteral("test"));
    RoleService& roles = m_env->hub().roles();
    QVERIFY(roles.createRole(QStringLiteral("helpdesk"), QStringLiteral("Manages accounts"), op).ok());
    QVERIFY(
        roles.grant(QStringLiteral("helpdesk"), Permission{QStringLiteral("users"), Permission::kManage}, op)
            .ok());
    const User helpdesk = m_env->addUser(QStringLiteral("helpdesk1"), QStringLiteral("helpdesk"));
    openPage(helpdesk);
    QTRY_COMPARE(visibleRows(), 2);
    QVERIFY(select(QStringLiteral("admin1")));
    QVERIFY(action("actionDeleteUser")->isEnabled());

    QString error;
    ModalHandler confirmDelete(QStringLiteral("confirmDialog"),
                               [](QWidget* box) { return clickMessageBoxButton(box, true); });
    ModalHandler refusal(QStringLiteral("errorDialog"), [&](QWidget* box) {
        error = qobject_cast<QMessageBox*>(box)->text();
        return clickMessageBoxButton(box, true);
    });
    action("actionDeleteUser")->trigger();
    QVERIFY(confirmDelete.done());
    QTRY_VERIFY(refusal.done());
    QVERIFY2(error.contains(QStringLiteral("last active administrator")), qPrintable(error));
    QVERIFY(m_env->hub().users().byId(m_admin.id).ok());
    QCOMPARE(visibleRows(), 2);
    const SecurityLogEntry entry = lastEntry(EventType::DeleteUser, QStringLiteral("admin1"));
    QVERIFY(entry.id > 0);
    QVERIFY(!entry.event.success);
    QCOMPARE(entry.event.metadata.value(QStringLiteral("refused")).toString(),
             QStringLiteral("user.last_admin"));
}

void TestUsersPage::workerAuthorisesAgain()
{
    // The action was enabled with the permissions the session loaded; the
    // grant is revoked meanwhile. The worker's authorisation refuses and logs it.
    const Actor op = Actor::localOperator(QStringLiteral("test"));
    RoleService& roles = m_env->hub().roles();
    QVERIFY(roles.createRole(QStringLiteral("helpdesk"), QStringLiteral("Manages accounts"), op).ok());
    QVERIFY(
        roles.grant(QStringLiteral("helpdesk"), Permission{QStringLiteral("users"), Permission::kManage}, op)
            .ok());
    const User helpdesk = m_env->addUser(QStringLiteral("helpdesk1"), QStringLiteral("helpdesk"));
    const User omar = m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    openPage(helpdesk);
    QTRY_COMPARE(visibleRows(), 3);
    QVERIFY(select(QStringLiteral("omar")));
    QVERIFY(action("actionEnableUser")->isEnabled() || action("actionDisableUser")->isEnabled());
    QVERIFY(
        roles.revoke(QStringLiteral("helpdesk"), Permission{QStringLiteral("users"), Permission::kManage}, op)
            .ok());
    QVERIFY(
        roles.grant(QStringLiteral("helpdesk"), Permission{QStringLiteral("users"), Permission::kRead}, op)
            .ok());

    ModalHandler confirmDisable(QStringLiteral("confirmDialog"),
                                [](QWidget* box) { return clickMessageBoxButton(box, true); });
    ModalHandler refusal(QStringLiteral("errorDialog"),
                         [](QWidget* box) { return clickMessageBoxButton(box, true); });
    action("actionDisableUser")->trigger();
    QVERIFY(confirmDisable.done());
    QTRY_VERIFY(refusal.done());
    QCOMPARE(m_env->hub().users().byId(omar.id)->status, UserStatus::Active);

    SecurityLogFilter filter;
    filter.events = {EventType::UnauthorizedAccess};
    filter.username = QStringLiteral("helpdesk1");
    auto page = m_env->hub().logQuery().page(filter, std::nullopt, 10);
    QVERIFY(page.ok());
    QVERIFY(!page->entries.isEmpty());
}

void TestUsersPage::enrollRequestCarriesTheUser()
{
    const User omar = m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    openPage(m_admin);
    QTRY_COMPARE(visibleRows(), 2);
    QSignalSpy spy(m_page.get(), &ui::UsersPage::twoFactorEnrollmentRequested);
    QVERIFY(select(QStringLiteral("omar")));
    QVERIFY(action("actionEnrollTwoFactor")->isEnabled());
    action("actionEnrollTwoFactor")->trigger();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toLongLong(), omar.id);
    QCOMPARE(spy.first().at(1).toString(), QStringLiteral("omar"));
}

void TestUsersPage::editOpensOnDoubleClickAndReturn()
{
    m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    openPage(m_admin);
    QTRY_COMPARE(visibleRows(), 2);
    QVERIFY(select(QStringLiteral("omar")));
    const QRect cell = table()->visualRect(table()->selectionModel()->selectedRows().first());

    QString edited;
    const auto cancelEdit = [&edited](QWidget* dialog) {
        edited = dialog->windowTitle();
        qobject_cast<QDialog*>(dialog)->reject();
        return true;
    };
    ModalHandler byDoubleClick(QStringLiteral("userEditDialog"), cancelEdit);
    // A real double-click is press, release, double-click, release; QTest's
    // mouseDClick sends only the double-click event.
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(byDoubleClick.done());
    QVERIFY(edited.contains(QStringLiteral("omar")));

    edited.clear();
    QVERIFY(select(QStringLiteral("omar")));
    ModalHandler byReturn(QStringLiteral("userEditDialog"), cancelEdit);
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(byReturn.done());
    QVERIFY(edited.contains(QStringLiteral("omar")));
}

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
