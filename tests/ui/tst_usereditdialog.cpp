#include "ServiceHub.h"
#include "UiTestEnv.h"
#include "securitylog/SecurityLogQuery.h"
#include "users/UserEditDialog.h"
#include "users/UserService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace nova;
using namespace nova::test;

namespace {
const QString kPassword = QStringLiteral("Saffron-Harbor-93");
} // namespace

class TestUserEditDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fieldsAreValidatedAsTyped();
    void duplicateUsernameKeepsTheDialogOpen();
    void editSavesOnlyTheChanges();

private:
    template <typename T>
    static T* child(QWidget* dialog, const char* name)
    {
        return dialog->findChild<T*>(QString::fromLatin1(name));
    }
    static QPushButton* ok(QWidget* dialog) { return child<QPushButton>(dialog, "okButton"); }

    std::unique_ptr<UiTestEnv> m_env;
};

void TestUserEditDialog::init()
{
    m_env = UiTestEnv::create();
    QVERIFY(m_env);
    m_env->signInAs(m_env->addUser(QStringLiteral("admin1"), QStringLiteral("admin")));
}

void TestUserEditDialog::cleanup()
{
    m_env.reset();
}

void TestUserEditDialog::fieldsAreValidatedAsTyped()
{
    ui::UserEditDialog dialog(m_env->session());
    dialog.show();
    auto* role = child<QComboBox>(&dialog, "roleCombo");
    QTRY_VERIFY(role->isEnabled());
    QCOMPARE(role->currentData().toString(), QStringLiteral("broker"));
    QVERIFY(!ok(&dialog)->isEnabled());
    // Nothing typed yet: nothing is called wrong.
    QVERIFY(child<QLabel>(&dialog, "usernameError")->isHidden());

    auto* username = child<QLineEdit>(&dialog, "usernameEdit");
    QTest::keyClicks(username, QStringLiteral("a b"));
    QVERIFY(child<QLabel>(&dialog, "usernameError")->isVisible());
    QCOMPARE(child<QLabel>(&dialog, "usernameError")->text(),
             UserService::validateUsername(QStringLiteral("a b")).errorMessage());
    username->clear();
    // QTest types Latin-1 only; an input method inserts Arabic text like this.
    username->insert(QStringLiteral("سارة.ع"));
    QVERIFY(child<QLabel>(&dialog, "usernameError")->isHidden());

    auto* email = child<QLineEdit>(&dialog, "emailEdit");
    QTest::keyClicks(email, QStringLiteral("sara@"));
    QVERIFY(child<QLabel>(&dialog, "emailError")->isVisible());
    QTest::keyClicks(email, QStringLiteral("example.test"));
    QVERIFY(child<QLabel>(&dialog, "emailError")->isHidden());

    auto* phone = child<QLineEdit>(&dialog, "phoneEdit");
    QTest::keyClicks(phone, QStringLiteral("abc"));
    QVERIFY(child<QLabel>(&dialog, "phoneError")->isVisible());
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("+966 50 123 4567"));
    QVERIFY(child<QLabel>(&dialog, "phoneError")->isHidden());

    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), kPassword);
    QVERIFY(!ok(&dialog)->isEnabled()); // not repeated yet
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordConfirmEdit"), kPassword + QStringLiteral("x"));
    QVERIFY(child<QLabel>(&dialog, "passwordMismatch")->isVisible());
    QVERIFY(!ok(&dialog)->isEnabled());
    QTest::keyClick(child<QLineEdit>(&dialog, "passwordConfirmEdit"), Qt::Key_Backspace);
    QVERIFY(child<QLabel>(&dialog, "passwordMismatch")->isHidden());
    QVERIFY(ok(&dialog)->isEnabled());

    QTest::mouseClick(ok(&dialog), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    auto created = m_env->hub().users().byName(QStringLiteral("سارة.ع"));
    QVERIFY(created.ok());
    QCOMPARE(created->phone, QStringLiteral("+966 50 123 4567"));
    QCOMPARE(dialog.savedUser().id, created->id);
}

void TestUserEditDialog::duplicateUsernameKeepsTheDialogOpen()
{
    m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    ui::UserEditDialog dialog(m_env->session());
    dialog.show();
    QTRY_VERIFY(child<QComboBox>(&dialog, "roleCombo")->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "usernameEdit"), QStringLiteral("omar"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), kPassword);
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordConfirmEdit"), kPassword);
    QVERIFY(ok(&dialog)->isEnabled());
    QTest::mouseClick(ok(&dialog), Qt::LeftButton);
    auto* error = child<QLabel>(&dialog, "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // The form is usable again for a correction.
    QVERIFY(child<QLineEdit>(&dialog, "usernameEdit")->isEnabled());
    QVERIFY(ok(&dialog)->isEnabled());
}

void TestUserEditDialog::editSavesOnlyTheChanges()
{
    const User omar = m_env->addUser(QStringLiteral("omar"), QStringLiteral("broker"));
    ui::UserEditDialog dialog(m_env->session(), omar);
    dialog.show();
    QVERIFY(!dialog.isNewUser());
    QVERIFY(!child<QLineEdit>(&dialog, "usernameEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, "passwordEdit"));
    auto* role = child<QComboBox>(&dialog, "roleCombo");
    QTRY_VERIFY(role->isEnabled());
    QCOMPARE(role->currentData().toString(), QStringLiteral("broker"));
    QCOMPARE(child<QLineEdit>(&dialog, "emailEdit")->text(), QStringLiteral("omar@example.test"));

    child<QLineEdit>(&dialog, "displayNameEdit")->insert(QStringLiteral("عمر قاسم"));
    role->setCurrentIndex(role->findData(QStringLiteral("manager")));
    QTest::mouseClick(ok(&dialog), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

    auto saved = m_env->hub().users().byId(omar.id);
    QCOMPARE(saved->displayName, QStringLiteral("عمر قاسم"));
    QCOMPARE(saved->role, QStringLiteral("manager"));
    QCOMPARE(saved->email, QStringLiteral("omar@example.test"));

    SecurityLogFilter filter;
    filter.events = {EventType::UpdateUser};
    auto page = m_env->hub().logQuery().page(filter, std::nullopt, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->entries.size(), 1);
    const QJsonObject metadata = page->entries.first().event.metadata;
    QCOMPARE(page->entries.first().event.username, QStringLiteral("admin1"));
    QVERIFY(!metadata.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("email")));
    QVERIFY(metadata.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("role")));
}

QTEST_MAIN(TestUserEditDialog)
#include "tst_usereditdialog.moc"
