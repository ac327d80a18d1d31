#include "Bidi.h"
#include "MainWindow.h"
#include "UiTestEnv.h"
#include "blocklist/AllowListDialog.h"
#include "blocklist/BlockIpDialog.h"
#include "blocklist/BlockedIpModel.h"
#include "blocklist/BlockedIpsPage.h"
#include "blocklist/IpBlockList.h"
#include "securitylog/SecurityLogQuery.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace nova;
using namespace nova::test;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

// Runs `handle` on the next modal dialog of type T once it is up, while the
// code that opened it waits in exec().
template <typename T>
void onModal(QObject* context, std::function<void(T*)> handle)
{
    auto* timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, handle] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

void clickButtonWithRole(QMessageBox* box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            button->click();
            return;
        }
    }
    QFAIL("no such button");
}

QList<SecurityLogEntry> logEntries(UiTestEnv& env, const QString& event)
{
    SecurityLogFilter filter;
    filter.events = {event};
    const auto page = env.hub().logQuery().page(filter, std::nullopt, 100);
    return page ? page->entries : QList<SecurityLogEntry>{};
}

IpRange range(const char* text)
{
    return *IpRange::parse(QString::fromLatin1(text));
}

} // namespace

class TestBlockedIpsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void emptyStateAndStatusLine();
    void blockThroughTheDialog();
    void remainingTimeCountsDown();
    void unblockConfirmedAndCancelled();
    void unblockSeveralAtOnce();
    void allowListAddAndRemove();
    void exportWritesNginxAndPlainLists();
    void searchFindsContainingNetworks();
    void navigationFillsSearch();
    void refreshesWhenTheBlockListChanges();
    void brokerSeesThePageUnavailable();
    void securityStaffMayBlock();

private:
    // Signs in, builds the page and waits for its first load.
    void openPageAs(const QString& role);
    Actor admin() const;
    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("blockedTable")); }
    QAction* action(const char* name) const { return m_page->findChild<QAction*>(QString::fromLatin1(name)); }
    void selectRows(const QList<int>& rows);
    int rowOf(const QString& cidr) const;
    bool reloadedOnce();

    std::unique_ptr<UiTestEnv> m_env;
    std::unique_ptr<ui::BlockedIpsPage> m_page;
    User m_user;
};

void TestBlockedIpsPage::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void TestBlockedIpsPage::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_env = UiTestEnv::create(backend);
    if (!m_env)
        QSKIP("This database engine is not available (set NOVA_TEST_PG_URL).");
}

void TestBlockedIpsPage::cleanup()
{
    // A reload may still be running in a worker; it uses the session.
    if (m_env)
        m_env->hub().executor().waitForDone();
    m_page.reset();
    m_env.reset();
}

void TestBlockedIpsPage::openPageAs(const QString& role)
{
    m_user = m_env->addUser(role + QStringLiteral("1"), role);
    m_env->signInAs(m_user);
    m_page = std::make_unique<ui::BlockedIpsPage>(m_env->session());
    m_page->resize(1000, 500);
    m_page->show();
    // Shortcuts only reach the active window.
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    if (!m_page->isAvailable())
        return;
    QSignalSpy reloaded(m_page.get(), &ui::BlockedIpsPage::reloaded);
    m_page->activated();
    // A quick worker may already have finished by the time activated() returns.
    QTRY_VERIFY(!reloaded.isEmpty());
}

Actor TestBlockedIpsPage::admin() const
{
    return m_env->session().actor();
}

bool TestBlockedIpsPage::reloadedOnce()
{
    QSignalSpy reloaded(m_page.get(), &ui::BlockedIpsPage::reloaded);
    m_page->reload();
    return !reloaded.isEmpty() || reloaded.wait(5000);
}

void TestBlockedIpsPage::selectRows(const QList<int>& sourceRows)
{
    table()->clearSelection();
    auto* proxy = table()->model();
    for (int sourceRow : sourceRows) {
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(ui::BlockedIpModel::RangeRole) ==
                m_page->model()->index(sourceRow, 0).data(ui::BlockedIpModel::RangeRole))
                table()->selectionModel()->select(proxy->index(row, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

int TestBlockedIpsPage::rowOf(const QString& cidr) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->index(row, 0).data(ui::BlockedIpModel::RangeRole).toString() == cidr)
            return row;
    }
    return -1;
}

void TestBlockedIpsPage::emptyStateAndStatusLine()
{
    openPageAs(QStringLiteral("admin"));
    auto* empty = m_page->findChild<QLabel*>(QStringLiteral("emptyState"));
    auto* status = m_page->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY(!table()->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("No address is blocked")));
    QCOMPARE(status->text(), QStringLiteral("0 blocked, 0 permanent"));

    auto& list = m_env->hub().blockList();
    QVERIFY(
        list.block(range("203.0.113.9"), kHourMs, QStringLiteral("scanner"), BlockSource::Manual, admin()));
    QVERIFY(list.block(range("198.51.100.0/24"), std::nullopt, QStringLiteral("botnet"),
                       BlockSource::Detector, admin()));
    QVERIFY(list.block(range("2001:db8::/48"), std::nullopt, QStringLiteral("abuse"), BlockSource::Manual,
                       admin()));
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
    QTRY_VERIFY(table()->isVisible());
    QVERIFY(!empty->isVisible());
    QCOMPARE(status->text(), QStringLiteral("3 blocked, 2 permanent"));
    const int detector = rowOf(QStringLiteral("198.51.100.0/24"));
    QCOMPARE(m_page->model()->index(detector, ui::BlockedIpModel::SourceColumn).data().toString(),
             QStringLiteral("Detector"));
    QCOMPARE(m_page->model()->index(detector, ui::BlockedIpModel::RemainingColumn).data().toString(),
             QStringLiteral("permanent"));
    QCOMPARE(m_page->model()->index(detector, ui::BlockedIpModel::ExpiresAtColumn).data().toString(),
             QStringLiteral("Never"));
    // The address reads left to right in any layout.
    QCOMPARE(m_page->model()->index(rowOf(QStringLiteral("203.0.113.9/32")), 0).data().toString(),
             leftToRight(QStringLiteral("203.0.113.9")));
}

void TestBlockedIpsPage::blockThroughTheDialog()
{
    openPageAs(QStringLiteral("admin"));
    QVERIFY(action("blockAction")->isEnabled());
    QCOMPARE(action("blockAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    bool handled = false;
    onModal<ui::BlockIpDialog>(m_page.get(), [&handled](ui::BlockIpDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("rangeEdit")),
                         QStringLiteral("203.0.113.9"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit")),
                         QStringLiteral("credential stuffing"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("blockButton")), Qt::LeftButton);
        handled = true;
    });
    // The shortcut opens the dialog; exec() returns once the block is stored.
    m_page->setFocus();
    QTest::keyClick(m_page.get(), Qt::Key_B, Qt::ControlModifier);
    QVERIFY(handled);

    const auto blocked = m_env->hub().blockList().isBlocked(QHostAddress(QStringLiteral("203.0.113.9")));
    QVERIFY(blocked && blocked->has_value());
    QCOMPARE((*blocked)->reason, QStringLiteral("credential stuffing"));
    QCOMPARE((*blocked)->expiresAtMs, std::optional<qint64>(m_env->clock().nowMSecs() + 24 * kHourMs));
    const auto entries = logEntries(*m_env, EventType::IpBlocked);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().event.username, QStringLiteral("admin1"));
    QCOMPARE(entries.constFirst().event.userId, std::optional<qint64>(m_user.id));
    QCOMPARE(entries.constFirst().event.metadata.value(QStringLiteral("cidr")).toString(),
             QStringLiteral("203.0.113.9/32"));

    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("messageLabel"))
                ->text()
                .contains(QStringLiteral("203.0.113.9")));
}

void TestBlockedIpsPage::remainingTimeCountsDown()
{
    openPageAs(QStringLiteral("admin"));
    auto& list = m_env->hub().blockList();
    QVERIFY(
        list.block(range("203.0.113.9"), kHourMs, QStringLiteral("scanner"), BlockSource::Manual, admin()));
    QVERIFY(list.block(range("203.0.113.10"), std::nullopt, QStringLiteral("spam"), BlockSource::Manual,
                       admin()));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);

    ui::BlockedIpModel* model = m_page->model();
    const QModelIndex timed =
        model->index(rowOf(QStringLiteral("203.0.113.9/32")), ui::BlockedIpModel::RemainingColumn);
    const QModelIndex permanent =
        model->index(rowOf(QStringLiteral("203.0.113.10/32")), ui::BlockedIpModel::RemainingColumn);
    QCOMPARE(timed.data().toString(), QStringLiteral("1 h 0 min"));
    QCOMPARE(timed.data(ui::BlockedIpModel::RemainingMsRole).toLongLong(), kHourMs);

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    m_env->clock().advanceSecs(90);
    model->tick();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().column(), int(ui::BlockedIpModel::RemainingColumn));
    QCOMPARE(changed.constFirst().at(1).toModelIndex().column(), int(ui::BlockedIpModel::RemainingColumn));
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(timed.data().toString(), QStringLiteral("58 min 30 s"));
    QCOMPARE(timed.data(ui::BlockedIpModel::RemainingMsRole).toLongLong(), kHourMs - 90 * 1000);
    QCOMPARE(permanent.data().toString(), QStringLiteral("permanent"));

    // The model's own timer ticks as well.
    m_env->clock().advanceSecs(60 * 55);
    QTRY_COMPARE(timed.data().toString(), QStringLiteral("3 min 30 s"));

    // Past the expiry the row goes at the next reload, which the tick asks for.
    QSignalSpy expired(model, &ui::BlockedIpModel::entryExpired);
    m_env->clock().advanceSecs(211);
    model->tick();
    QCOMPARE(expired.size(), 1);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->entry(0).range.toString(), QStringLiteral("203.0.113.10/32"));
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
             QStringLiteral("1 blocked, 1 permanent"));
}

void TestBlockedIpsPage::unblockConfirmedAndCancelled()
{
    openPageAs(QStringLiteral("admin"));
    QVERIFY(m_env->hub().blockList().block(range("203.0.113.9"), kHourMs, QStringLiteral("scanner"),
                                           BlockSource::Manual, admin()));
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(!action("unblockAction")->isEnabled());
    selectRows({0});
    QVERIFY(action("unblockAction")->isEnabled());
    QCOMPARE(action("unblockAction")->shortcut(), QKeySequence(QKeySequence::Delete));

    QString question;
    onModal<QMessageBox>(m_page.get(), [&question](QMessageBox* box) {
        QCOMPARE(box->objectName(), QStringLiteral("confirmDialog"));
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QVERIFY(question.contains(QStringLiteral("203.0.113.9")));
    QVERIFY(reloadedOnce());
    QCOMPARE(m_page->model()->rowCount(), 1);
    auto blocked = m_env->hub().blockList().list();
    QVERIFY(blocked && blocked->size() == 1);
    QVERIFY(logEntries(*m_env, EventType::IpUnblocked).isEmpty());

    selectRows({0});
    onModal<QMessageBox>(m_page.get(),
                         [](QMessageBox* box) { clickButtonWithRole(box, QMessageBox::DestructiveRole); });
    action("unblockAction")->trigger();
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    blocked = m_env->hub().blockList().list();
    QVERIFY(blocked && blocked->isEmpty());
    const auto entries = logEntries(*m_env, EventType::IpUnblocked);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().event.username, QStringLiteral("admin1"));
    QCOMPARE(entries.constFirst().event.metadata.value(QStringLiteral("cidr")).toString(),
             QStringLiteral("203.0.113.9/32"));
    QTRY_VERIFY(m_page->findChild<QLabel*>(QStringLiteral("emptyState"))->isVisible());
}

void TestBlockedIpsPage::unblockSeveralAtOnce()
{
    openPageAs(QStringLiteral("admin"));
    auto& list = m_env->hub().blockList();
    for (const char* address : {"203.0.113.1", "203.0.113.2", "203.0.113.3"})
        QVERIFY(list.block(range(address), kHourMs, QStringLiteral("scan"), BlockSource::Manual, admin()));
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
    selectRows({rowOf(QStringLiteral("203.0.113.1/32")), rowOf(QStringLiteral("203.0.113.3/32"))});
    QString question;
    onModal<QMessageBox>(m_page.get(), [&question](QMessageBox* box) {
        question = box->text();
        clickButtonWithRole(box, QMessageBox::DestructiveRole);
    });
    action("unblockAction")->trigger();
    QCOMPARE(question, QStringLiteral("Unblock 2 addresses?"));
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->entry(0).range.toString(), QStringLiteral("203.0.113.2/32"));
    QCOMPARE(logEntries(*m_env, EventType::IpUnblocked).size(), 2);
}

void TestBlockedIpsPage::allowListAddAndRemove()
{
    openPageAs(QStringLiteral("admin"));
    bool done = false;
    onModal<ui::AllowListDialog>(m_page.get(), [this, &done](ui::AllowListDialog* dialog) {
        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("allowList"));
        auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addButton"));
        auto* rangeEdit = dialog->findChild<QLineEdit*>(QStringLiteral("rangeEdit"));
        QTRY_VERIFY(!dialog->findChild<QWidget*>(QStringLiteral("busyIndicator"))->isVisible());
        QCOMPARE(list->topLevelItemCount(), 0);

        QTest::keyClicks(rangeEdit, QStringLiteral("10.0.0.5/8"));
        QVERIFY(!add->isEnabled());
        rangeEdit->clear();
        QTest::keyClicks(rangeEdit, QStringLiteral("198.51.100.0/24"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("noteEdit")), QStringLiteral("office"));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), leftToRight(QStringLiteral("198.51.100.0/24")));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("office"));
        const auto allowed =
            m_env->hub().blockList().isAllowed(QHostAddress(QStringLiteral("198.51.100.20")));
        QVERIFY(allowed && *allowed);

        // Cancelled removal keeps it; confirmed removal takes it away.
        list->topLevelItem(0)->setSelected(true);
        onModal<QMessageBox>(dialog, [](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), 1);
        onModal<QMessageBox>(dialog, [](QMessageBox* box) {
            QCOMPARE(box->objectName(), QStringLiteral("confirmDialog"));
            clickButtonWithRole(box, QMessageBox::DestructiveRole);
        });
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        dialog->reject();
        done = true;
    });
    action("allowListAction")->trigger();
    QVERIFY(done);
    const auto allowed = m_env->hub().blockList().allowed();
    QVERIFY(allowed && allowed->isEmpty());
    const auto added = logEntries(*m_env, EventType::IpAllowed);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().event.username, QStringLiteral("admin1"));
    QCOMPARE(added.constFirst().event.metadata.value(QStringLiteral("note")).toString(),
             QStringLiteral("office"));
    QCOMPARE(logEntries(*m_env, EventType::IpDisallowed).size(), 1);
}

void TestBlockedIpsPage::exportWritesNginxAndPlainLists()
{
    openPageAs(QStringLiteral("admin"));
    auto& list = m_env->hub().blockList();
    QVERIFY(
        list.block(range("203.0.113.9"), kHourMs, QStringLiteral("scanner"), BlockSource::Manual, admin()));
    QVERIFY(list.block(range("2001:db8::/48"), std::nullopt, QStringLiteral("abuse"), BlockSource::Manual,
                       admin()));
    QVERIFY(list.allow(range("192.0.2.0/24"), QStringLiteral("office"), admin()));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);

    const auto exportTo = [this](const char* actionName, const QString& path) {
        onModal<QFileDialog>(m_page.get(), [path](QFileDialog* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("exportFileDialog"));
            // selectFile() leaves the name alone while the name field has focus; type it instead.
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(path);
            static_cast<QDialog*>(dialog)->accept();
        });
        action(actionName)->trigger();
    };
    const auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };

    const QString nginxPath = m_env->folder().filePath(QStringLiteral("deny.conf"));
    exportTo("exportNginxAction", nginxPath);
    QTRY_VERIFY(QFile::exists(nginxPath));
    QTRY_VERIFY(m_page->findChild<QLabel*>(QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QStringLiteral("deny.conf")));
    const QStringList nginx = read(nginxPath).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(nginx.constFirst().startsWith(QLatin1Char('#')));
    // nginx takes the first matching rule: the allow-list comes before the denials.
    const QStringList rules = nginx.filter(QRegularExpression(QStringLiteral("^(allow|deny) ")));
    QCOMPARE(rules, (QStringList{QStringLiteral("allow 192.0.2.0/24;"), QStringLiteral("deny 2001:db8::/48;"),
                                 QStringLiteral("deny 203.0.113.9/32;")}));

    const QString plainPath = m_env->folder().filePath(QStringLiteral("blocked.txt"));
    exportTo("exportPlainAction", plainPath);
    QTRY_VERIFY(QFile::exists(plainPath));
    QCOMPARE(read(plainPath), QStringLiteral("2001:db8::/48\n203.0.113.9/32\n"));
}

void TestBlockedIpsPage::searchFindsContainingNetworks()
{
    openPageAs(QStringLiteral("admin"));
    auto& list = m_env->hub().blockList();
    QVERIFY(
        list.block(range("10.0.0.0/8"), kHourMs, QStringLiteral("botnet"), BlockSource::Detector, admin()));
    QVERIFY(list.block(range("203.0.113.9"), kHourMs, QStringLiteral("Credential stuffing"),
                       BlockSource::Manual, admin()));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QAbstractItemModel* shown = table()->model();

    QTest::keyClicks(search, QStringLiteral("10.1.2.3"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(ui::BlockedIpModel::RangeRole).toString(), QStringLiteral("10.0.0.0/8"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("credential"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(ui::BlockedIpModel::RangeRole).toString(),
             QStringLiteral("203.0.113.9/32"));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QStringLiteral("1 shown")));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("detector"));
    QCOMPARE(shown->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nothing like this"));
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("emptyState"))->isVisible());
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("emptyState"))
                ->text()
                .contains(QStringLiteral("nothing like this")));
    search->clear();
    QCOMPARE(shown->rowCount(), 2);
}

void TestBlockedIpsPage::navigationFillsSearch()
{
    openPageAs(QStringLiteral("admin"));
    m_page->navigate({{QStringLiteral("ip"), QStringLiteral("203.0.113.9")}});
    QCOMPARE(m_page->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->text(),
             QStringLiteral("203.0.113.9"));

    QString prefilled;
    onModal<ui::BlockIpDialog>(m_page.get(), [&prefilled](ui::BlockIpDialog* dialog) {
        prefilled = dialog->findChild<QLineEdit*>(QStringLiteral("rangeEdit"))->text();
        dialog->reject();
    });
    m_page->navigate({{QStringLiteral("block"), QStringLiteral("198.51.100.4")}});
    QTRY_COMPARE(prefilled, QStringLiteral("198.51.100.4"));
}

void TestBlockedIpsPage::refreshesWhenTheBlockListChanges()
{
    openPageAs(QStringLiteral("admin"));
    // A change made elsewhere in this process (the detector) is announced by the block list.
    QVERIFY(m_env->hub().blockList().block(range("203.0.113.50"), kHourMs, QStringLiteral("brute force"),
                                           BlockSource::Detector,
                                           Actor::localOperator(QStringLiteral("ids"))));
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    // A change by another process is picked up by the next reload (poll or F5).
    QVERIFY(m_env->database().db().exec(QStringLiteral("DELETE FROM blocked_ips")));
    QCOMPARE(action("refreshAction")->shortcut(), QKeySequence(QKeySequence::Refresh));
    action("refreshAction")->trigger();
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
}

void TestBlockedIpsPage::brokerSeesThePageUnavailable()
{
    openPageAs(QStringLiteral("broker"));
    QVERIFY(!m_page->isAvailable());
    QVERIFY(!action("blockAction")->isEnabled());
    QVERIFY(!action("exportNginxAction")->isEnabled());
    m_page->reload();
    QVERIFY(m_page->findChild<QWidget*>(QStringLiteral("busyIndicator"))->isHidden());
    QCOMPARE(m_page->model()->rowCount(), 0);
    // Not offered, so nothing was tried and refused either.
    QVERIFY(logEntries(*m_env, EventType::UnauthorizedAccess).isEmpty());

    ui::MainWindow window(m_env->session());
    window.addPage(new ui::BlockedIpsPage(m_env->session()));
    QVERIFY(!window.showPage(QStringLiteral("blocked-ips")));
    QVERIFY(window.findChild<QListWidget*>(QStringLiteral("sidebar"))->item(0)->isHidden());
}

void TestBlockedIpsPage::securityStaffMayBlock()
{
    openPageAs(QStringLiteral("security"));
    QVERIFY(m_page->isAvailable());
    QVERIFY(action("blockAction")->isEnabled());
    QVERIFY(action("allowListAction")->isEnabled());
}

QTEST_MAIN(TestBlockedIpsPage)
#include "tst_blockedipspage.moc"
