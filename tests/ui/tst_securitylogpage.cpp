#include "UiTestEnv.h"
#include "securitylog/LogMessageBar.h"
#include "securitylog/SecurityLog.h"
#include "securitylog/SecurityLogFilterBar.h"
#include "securitylog/SecurityLogModel.h"
#include "securitylog/SecurityLogPage.h"
#include "securitylog/SecurityLogQuery.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTableView>
#include <QTest>

#include <functional>

using namespace nova;
using namespace nova::test;

namespace {

constexpr int kSeeded = 3000;
constexpr int kBatch = 100;
constexpr qint64 kMinuteMs = 60 * 1000;

// What the test wrote, to count by hand what each filter must show.
struct Seeded {
    qint64 timeMs;
    QString type;
    QString user;
    QString ip;
    bool success;
    bool needle;
};

const QStringList kTypes{EventType::Login, EventType::Logout, EventType::IpBlocked,
                         EventType::UnauthorizedAccess};
const QStringList kUsers{QStringLiteral("alice"), QStringLiteral("bob"), QString::fromUtf8("سارة")};
const QStringList kIps{QStringLiteral("203.0.113.7"), QStringLiteral("198.51.100.23"),
                       QStringLiteral("2001:db8::5"), QStringLiteral("192.0.2.44"),
                       QStringLiteral("203.0.113.70")};

// 30 batches of 100, ten minutes apart, starting ten minutes after the
// environment's clock (10:00 UTC): 10:10 … 15:00, where the clock stays.
QList<Seeded> seed(ServiceHub& hub, ManualClock& clock)
{
    QList<Seeded> seeded;
    QList<SecurityEvent> batch;
    for (int i = 0; i < kSeeded; ++i) {
        if (i % kBatch == 0)
            clock.advanceSecs(600);
        const Seeded s{clock.nowMSecs(), kTypes.at(i % 4), kUsers.at(i % 3),
                       kIps.at(i % 5),   i % 7 != 0,       i % 50 == 0};
        seeded.append(s);
        const Severity severity =
            s.success ? Severity::Info : (i % 3 == 0 ? Severity::High : Severity::Medium);
        batch.append(SecurityEvent::about(
            s.type, s.success, std::nullopt, s.user, s.ip, QStringLiteral("Mozilla/5.0 (seed)"),
            QJsonObject{{QStringLiteral("seq"), i},
                        {QStringLiteral("note"),
                         s.needle ? QStringLiteral("Needle-in-haystack") : QStringLiteral("hay")}},
            severity));
        if (batch.size() == kBatch) {
            if (!hub.securityLog().appendBatch(batch))
                qFatal("seeding failed");
            batch.clear();
        }
    }
    return seeded;
}

int handCount(const QList<Seeded>& seeded, const std::function<bool(const Seeded&)>& matches)
{
    return static_cast<int>(std::count_if(seeded.cbegin(), seeded.cend(), matches));
}

} // namespace

class TestSecurityLogPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void availableWithSecurityLogRead();
    void everyFilterShowsExactlyTheMatchingRows();
    void invalidIpIsNotApplied();
    void navigateAppliesFiltersAndSelectsTheEntry();
    void selectionShowsDetails();
    void exportWritesTheFilteredRows_data();
    void exportWritesTheFilteredRows();
    void cancelledExportLeavesNoFile();
    void verifyReportsIntactThenTheTamperedEntry();

private:
    void loadAll();
    int shownRows();
    // Sets the filter through the widgets and waits for the model to show it.
    void waitForFilter(const std::function<bool(const SecurityLogFilter&)>& applied);
    template <typename T>
    T* child(const char* name)
    {
        auto* found = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void answerFileDialog(const QString& path);

    std::unique_ptr<UiTestEnv> m_env;
    std::unique_ptr<ui::SecurityLogPage> m_page;
    QList<Seeded> m_seeded;
};

void TestSecurityLogPage::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_env = UiTestEnv::create(backend);
    if (!m_env)
        QSKIP("backend not available");
    m_env->signInAs(m_env->addUser(QStringLiteral("guard"), QStringLiteral("security")));
    m_seeded = seed(m_env->hub(), m_env->clock());
    m_page = std::make_unique<ui::SecurityLogPage>(m_env->session());
    m_page->model()->setNewerPollInterval(0);
    m_page->resize(1280, 760);
    m_page->show();
    m_page->activated();
    QTRY_VERIFY(m_page->model()->rowCount() > 0 && !m_page->model()->isLoading());
}

void TestSecurityLogPage::cleanup()
{
    m_page.reset();
    m_env.reset();
}

void TestSecurityLogPage::loadAll()
{
    ui::SecurityLogModel* model = m_page->model();
    while (model->canFetchMore({})) {
        model->fetchMore({});
        QTRY_VERIFY(!model->isLoading());
    }
}

int TestSecurityLogPage::shownRows()
{
    loadAll();
    if (!QTest::qWaitFor([this] { return m_page->model()->totalCount().has_value(); }, 10000))
        return -2;
    // The count the page shows agrees with the rows it holds.
    if (m_page->model()->totalCount().value() != m_page->model()->rowCount())
        return -1;
    return m_page->model()->rowCount();
}

void TestSecurityLogPage::waitForFilter(const std::function<bool(const SecurityLogFilter&)>& applied)
{
    QTRY_VERIFY(applied(m_page->model()->filter()) && !m_page->model()->isLoading());
}

void TestSecurityLogPage::answerFileDialog(const QString& path)
{
    QTimer::singleShot(0, this, [path] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no file dialog");
            return;
        }
        QCOMPARE(dialog->objectName(), QStringLiteral("exportFileDialog"));
        dialog->selectFile(path);
        // QFileDialog::accept() is protected; through QDialog it is the same virtual.
        static_cast<QDialog*>(dialog)->accept();
    });
}

void TestSecurityLogPage::availableWithSecurityLogRead()
{
    QVERIFY(m_page->isAvailable());
    QCOMPARE(m_page->pageId(), QStringLiteral("log"));
    QVERIFY(child<QAction>("actionExportCsv")->isEnabled());
    QVERIFY(child<QAction>("actionVerify")->isEnabled());
    QVERIFY(!child<QAction>("actionExportCsv")->toolTip().isEmpty());

    m_env->session().end();
    m_env->signInAs(m_env->addUser(QStringLiteral("broker1"), QStringLiteral("broker")));
    QVERIFY(!m_page->isAvailable());
    QVERIFY(!child<QAction>("actionExportCsv")->isEnabled());
    QVERIFY(!child<QAction>("actionVerify")->isEnabled());
}

void TestSecurityLogPage::everyFilterShowsExactlyTheMatchingRows()
{
    auto* type = child<QComboBox>("filterType");
    auto* user = child<QLineEdit>("filterUser");
    auto* ip = child<QLineEdit>("filterIp");
    auto* success = child<QComboBox>("filterSuccess");
    auto* period = child<QComboBox>("filterPeriod");
    auto* text = child<QLineEdit>("filterText");
    auto* clear = child<QWidget>("filterClear");

    // Event type.
    type->setCurrentIndex(type->findData(EventType::Logout));
    waitForFilter([](const SecurityLogFilter& f) { return f.events == QStringList{EventType::Logout}; });
    QCOMPARE(shownRows(), handCount(m_seeded, [](const Seeded& s) { return s.type == EventType::Logout; }));
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        QCOMPARE(m_page->model()->entryAt(row)->event.event, EventType::Logout);

    // Type and outcome together: failed logouts.
    success->setCurrentIndex(2);
    waitForFilter([](const SecurityLogFilter& f) { return f.success == false && !f.events.isEmpty(); });
    QCOMPARE(shownRows(),
             handCount(m_seeded, [](const Seeded& s) { return s.type == EventType::Logout && !s.success; }));
    QTest::mouseClick(clear, Qt::LeftButton);
    waitForFilter([](const SecurityLogFilter& f) { return f.isEmpty(); });

    // Outcome alone: the seeded failures (the account's creation succeeded).
    success->setCurrentIndex(2);
    waitForFilter([](const SecurityLogFilter& f) { return f.success == false; });
    QCOMPARE(shownRows(), handCount(m_seeded, [](const Seeded& s) { return !s.success; }));
    success->setCurrentIndex(0);

    // User, typed (debounced), an Arabic name.
    user->setFocus();
    // Arabic arrives through the input method, as it does from a real keyboard layout.
    QInputMethodEvent typed;
    typed.setCommitString(kUsers.at(2));
    QApplication::sendEvent(user, &typed);
    waitForFilter([](const SecurityLogFilter& f) { return f.username == kUsers.at(2); });
    QCOMPARE(shownRows(), handCount(m_seeded, [](const Seeded& s) { return s.user == kUsers.at(2); }));
    user->clear();
    QTest::keyClick(user, Qt::Key_Return);

    // IP: exact, so 203.0.113.7 does not find 203.0.113.70.
    QTest::keyClicks(ip, QStringLiteral("203.0.113.7"));
    QTest::keyClick(ip, Qt::Key_Return);
    waitForFilter([](const SecurityLogFilter& f) {
        return f.ip == QStringLiteral("203.0.113.7") && f.username.isEmpty();
    });
    QCOMPARE(shownRows(),
             handCount(m_seeded, [](const Seeded& s) { return s.ip == QStringLiteral("203.0.113.7"); }));
    ip->clear();
    QTest::keyClick(ip, Qt::Key_Return);
    waitForFilter([](const SecurityLogFilter& f) { return f.isEmpty(); });

    // IPv6.
    QTest::keyClicks(ip, QStringLiteral("2001:db8::5"));
    waitForFilter([](const SecurityLogFilter& f) { return f.ip == QStringLiteral("2001:db8::5"); });
    QCOMPARE(shownRows(),
             handCount(m_seeded, [](const Seeded& s) { return s.ip == QStringLiteral("2001:db8::5"); }));
    QTest::mouseClick(clear, Qt::LeftButton);
    waitForFilter([](const SecurityLogFilter& f) { return f.isEmpty(); });

    // Free text, case-insensitive, in the metadata.
    QTest::keyClicks(text, QStringLiteral("NEEDLE-IN"));
    waitForFilter([](const SecurityLogFilter& f) { return f.text == QStringLiteral("NEEDLE-IN"); });
    QCOMPARE(shownRows(), handCount(m_seeded, [](const Seeded& s) { return s.needle; }));
    QTest::mouseClick(clear, Qt::LeftButton);
    waitForFilter([](const SecurityLogFilter& f) { return f.isEmpty(); });

    // Last hour: the clock stands at 15:00, so 14:00 … 15:00.
    const qint64 now = m_env->clock().nowMSecs();
    period->setCurrentIndex(static_cast<int>(ui::SecurityLogFilterBar::Period::LastHour));
    waitForFilter([now](const SecurityLogFilter& f) { return f.fromMs == now - 60 * kMinuteMs; });
    QCOMPARE(shownRows(),
             handCount(m_seeded, [now](const Seeded& s) { return s.timeMs >= now - 60 * kMinuteMs; }));

    // A custom range: 11:00 to 11:30, both minutes included.
    const qint64 from = now - 4 * 60 * kMinuteMs;
    period->setCurrentIndex(static_cast<int>(ui::SecurityLogFilterBar::Period::Custom));
    child<QDateTimeEdit>("filterFrom")->setDateTime(QDateTime::fromMSecsSinceEpoch(from));
    child<QDateTimeEdit>("filterTo")->setDateTime(QDateTime::fromMSecsSinceEpoch(from + 30 * kMinuteMs));
    waitForFilter(
        [from](const SecurityLogFilter& f) { return f.fromMs == from && f.toMs == from + 31 * kMinuteMs; });
    const int inRange = handCount(
        m_seeded, [from](const Seeded& s) { return s.timeMs >= from && s.timeMs <= from + 30 * kMinuteMs; });
    QCOMPARE(inRange, 400);
    QCOMPARE(shownRows(), inRange);
    QVERIFY(child<QLabel>("countLabel")->text().contains(QStringLiteral("400")));
}

void TestSecurityLogPage::invalidIpIsNotApplied()
{
    auto* ip = child<QLineEdit>("filterIp");
    QTest::keyClicks(ip, QStringLiteral("203.0.113"));
    QTest::keyClick(ip, Qt::Key_Return);
    QVERIFY(ip->toolTip().contains(QStringLiteral("not an IP address")));
    QTest::qWait(500);
    QVERIFY(m_page->model()->filter().ip.isEmpty());
    QTest::keyClicks(ip, QStringLiteral(".7"));
    waitForFilter([](const SecurityLogFilter& f) { return f.ip == QStringLiteral("203.0.113.7"); });
    QVERIFY(!ip->toolTip().contains(QStringLiteral("not an IP address")));

    // Written another way, an address still finds what the log stored.
    ip->clear();
    QTest::keyClicks(ip, QStringLiteral("2001:DB8:0::5"));
    QTest::keyClick(ip, Qt::Key_Return);
    waitForFilter([](const SecurityLogFilter& f) { return f.ip == QStringLiteral("2001:db8::5"); });
    QCOMPARE(shownRows(),
             handCount(m_seeded, [](const Seeded& s) { return s.ip == QStringLiteral("2001:db8::5"); }));
}

void TestSecurityLogPage::navigateAppliesFiltersAndSelectsTheEntry()
{
    m_page->navigate({{QStringLiteral("ip"), QStringLiteral("198.51.100.23")}});
    QCOMPARE(child<QLineEdit>("filterIp")->text(), QStringLiteral("198.51.100.23"));
    waitForFilter([](const SecurityLogFilter& f) { return f.ip == QStringLiteral("198.51.100.23"); });
    QCOMPARE(shownRows(),
             handCount(m_seeded, [](const Seeded& s) { return s.ip == QStringLiteral("198.51.100.23"); }));

    m_page->navigate(
        {{QStringLiteral("user"), QStringLiteral("bob")}, {QStringLiteral("type"), EventType::Login}});
    QCOMPARE(child<QLineEdit>("filterIp")->text(), QString());
    waitForFilter([](const SecurityLogFilter& f) {
        return f.username == QStringLiteral("bob") && f.events == QStringList{EventType::Login} &&
               f.ip.isEmpty();
    });
    QCOMPARE(shownRows(), handCount(m_seeded, [](const Seeded& s) {
                 return s.user == QStringLiteral("bob") && s.type == EventType::Login;
             }));

    // An entry deep in the log, by id: loaded from there and selected.
    SecurityLogFilter fromIp;
    fromIp.ip = QStringLiteral("192.0.2.44");
    const auto page = m_env->hub().logQuery().page(fromIp, std::nullopt, 2000).value();
    const qint64 deep = page.entries.at(400).id;
    m_page->navigate({{QStringLiteral("ip"), QStringLiteral("192.0.2.44")}, {QStringLiteral("logId"), deep}});
    auto* table = child<QTableView>("logTable");
    QTRY_COMPARE(table->currentIndex().data(ui::SecurityLogModel::EntryIdRole).toLongLong(), deep);
    QCOMPARE(m_page->model()->filter().ip, QStringLiteral("192.0.2.44"));
    // The 400 newer entries wait above it.
    QTRY_COMPARE(m_page->model()->newerCount(), 400);
    auto* newerBar = child<ui::LogMessageBar>("newerBar");
    QTRY_VERIFY(newerBar->isVisible());
    QVERIFY(newerBar->text().contains(QStringLiteral("400")));
    QTest::mouseClick(newerBar->findChild<QPushButton*>(QStringLiteral("messageAction")), Qt::LeftButton);
    QCOMPARE(m_page->model()->entryAt(0)->id, page.entries.at(0).id);
    QCOMPARE(table->currentIndex().data(ui::SecurityLogModel::EntryIdRole).toLongLong(), deep);
    QVERIFY(!newerBar->isVisible());
}

void TestSecurityLogPage::selectionShowsDetails()
{
    auto* table = child<QTableView>("logTable");
    table->setFocus();
    table->selectRow(3);
    const SecurityLogEntry* entry = m_page->model()->entryAt(3);
    QVERIFY(entry);
    QCOMPARE(child<QLineEdit>("detailsHash")->text(), entry->hash);
    QCOMPARE(child<QLineEdit>("detailsPrevHash")->text(), entry->prevHash);
    QVERIFY(child<QPlainTextEdit>("detailsMetadata")->toPlainText().contains(QStringLiteral("\"seq\"")));
    QTest::mouseClick(child<QPushButton>("detailsCopy"), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(entry->hash));
    QVERIFY(QApplication::clipboard()->text().contains(entry->event.ip));
}

void TestSecurityLogPage::exportWritesTheFilteredRows_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("csv") << QStringLiteral("actionExportCsv");
    QTest::newRow("jsonl") << QStringLiteral("actionExportJsonl");
}

void TestSecurityLogPage::exportWritesTheFilteredRows()
{
    QFETCH(QString, action);
    const bool csv = action == QLatin1String("actionExportCsv");
    m_page->navigate(
        {{QStringLiteral("ip"), QStringLiteral("203.0.113.70")}, {QStringLiteral("type"), EventType::Login}});
    waitForFilter([](const SecurityLogFilter& f) { return f.ip == QStringLiteral("203.0.113.70"); });
    // Also the time range, through the widgets.
    auto* success = child<QComboBox>("filterSuccess");
    success->setCurrentIndex(1);
    waitForFilter([](const SecurityLogFilter& f) { return f.success == true; });
    const int expected = handCount(m_seeded, [](const Seeded& s) {
        return s.ip == QStringLiteral("203.0.113.70") && s.type == EventType::Login && s.success;
    });
    QVERIFY(expected > 50);

    const QString path =
        m_env->folder().filePath(csv ? QStringLiteral("out.csv") : QStringLiteral("out.jsonl"));
    answerFileDialog(path);
    m_page->findChild<QAction*>(action)->trigger();
    auto* messages = child<ui::LogMessageBar>("messageBar");
    QTRY_VERIFY_WITH_TIMEOUT(messages->level() == ui::LogMessageBar::Level::Positive && messages->isVisible(),
                             15000);
    QVERIFY2(messages->text().contains(QString::number(expected)), qPrintable(messages->text()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    if (csv) {
        QVERIFY(lines.takeFirst().startsWith("id,timestamp,event,success"));
        QCOMPARE(lines.size(), expected);
        for (const QByteArray& line : std::as_const(lines)) {
            const QList<QByteArray> cells = line.split(',');
            QCOMPARE(cells.at(2), QByteArray("login"));
            QCOMPARE(cells.at(3), QByteArray("true"));
            QCOMPARE(cells.at(7), QByteArray("203.0.113.70"));
        }
    } else {
        QCOMPARE(lines.size(), expected);
        for (const QByteArray& line : std::as_const(lines)) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            QCOMPARE(object.value(QStringLiteral("event")).toString(), EventType::Login);
            QCOMPARE(object.value(QStringLiteral("success")).toBool(), true);
            QCOMPARE(object.value(QStringLiteral("ip")).toString(), QStringLiteral("203.0.113.70"));
        }
    }
    // The export is on record under the signed-in user.
    SecurityLogFilter exports;
    exports.events = {EventType::ExportData};
    exports.username = QStringLiteral("guard");
    exports.success = true;
    const auto recorded = m_env->hub().logQuery().page(exports, std::nullopt, 10).value();
    QCOMPARE(recorded.entries.size(), 1);
    QCOMPARE(recorded.entries.at(0).event.metadata.value(QStringLiteral("rows")).toInt(), expected);
}

void TestSecurityLogPage::cancelledExportLeavesNoFile()
{
    const QString folder = m_env->folder().filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/cancelled.csv");

    // Both executor threads wait, so the export is still queued when the
    // cancel button is pressed: the outcome does not depend on timing.
    QSemaphore gate;
    QSemaphore parked;
    for (int i = 0; i < 2; ++i)
        m_env->hub().executor().run([&gate, &parked] {
            parked.release();
            gate.acquire();
        });
    QVERIFY(parked.tryAcquire(2, 5000));

    answerFileDialog(path);
    child<QAction>("actionExportCsv")->trigger();
    QVERIFY(!child<QAction>("actionExportCsv")->isEnabled());
    QProgressDialog* progress = nullptr;
    QTRY_VERIFY((progress = m_page->findChild<QProgressDialog*>(QStringLiteral("exportProgress"))) &&
                progress->isVisible());
    // The button, not QProgressDialog::cancel(): only the button emits canceled().
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    gate.release(2);

    auto* messages = child<ui::LogMessageBar>("messageBar");
    QTRY_VERIFY2_WITH_TIMEOUT(messages->level() == ui::LogMessageBar::Level::Warning && messages->isVisible(),
                              qPrintable(messages->text()), 15000);
    QVERIFY2(messages->text().contains(QStringLiteral("cancelled")), qPrintable(messages->text()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QVERIFY(child<QAction>("actionExportCsv")->isEnabled());

    SecurityLogFilter refused;
    refused.events = {EventType::ExportData};
    refused.success = false;
    QCOMPARE(m_env->hub().logQuery().count(refused).value(), qint64(1));
}

void TestSecurityLogPage::verifyReportsIntactThenTheTamperedEntry()
{
    auto* messages = child<ui::LogMessageBar>("messageBar");
    const qint64 entries = m_env->hub().logQuery().count({}).value();
    child<QAction>("actionVerify")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(messages->level() == ui::LogMessageBar::Level::Positive, 15000);
    QVERIFY2(messages->text().contains(QStringLiteral("intact")), qPrintable(messages->text()));
    QVERIFY2(messages->text().contains(QLocale().toString(entries)), qPrintable(messages->text()));
    QVERIFY(child<QAction>("actionVerify")->isEnabled());

    const qint64 target = m_env->hub().logQuery().lastId().value() - 1700;
    QVERIFY(m_env->database()
                .db()
                .exec(QStringLiteral("UPDATE security_log SET ip = '10.9.9.9' WHERE id = ?"), {target})
                .ok());
    child<QAction>("actionVerify")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(messages->level() == ui::LogMessageBar::Level::Error, 15000);
    QVERIFY2(messages->text().contains(QLocale().toString(target)), qPrintable(messages->text()));

    // The button jumps to the altered entry, even with filters that hide it.
    m_page->navigate({{QStringLiteral("user"), QStringLiteral("nobody")}});
    waitForFilter([](const SecurityLogFilter& f) { return f.username == QStringLiteral("nobody"); });
    QTest::mouseClick(messages->findChild<QPushButton*>(QStringLiteral("messageAction")), Qt::LeftButton);
    auto* table = child<QTableView>("logTable");
    QTRY_COMPARE(table->currentIndex().data(ui::SecurityLogModel::EntryIdRole).toLongLong(), target);
    QVERIFY(m_page->model()->filter().isEmpty());
    QCOMPARE(child<QLineEdit>("detailsHash")->text().isEmpty(), false);
}

QTEST_MAIN(TestSecurityLogPage)
#include "tst_securitylogpage.moc"
