#include "alerts/AlertFilterProxy.h"
#include "alerts/AlertListModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace nova;
using namespace nova::ui;

namespace {

Alert makeAlert(qint64 seq, Severity severity = Severity::Medium)
{
    Alert alert;
    alert.seq = seq;
    alert.createdAtMs = 1795428000000 + seq * 1000;
    alert.severity = severity;
    alert.type = QStringLiteral("brute_force");
    alert.messageEn = QStringLiteral("Brute force from 203.0.113.%1").arg(seq % 250);
    alert.messageAr = QStringLiteral("هجوم تخمين من 203.0.113.%1").arg(seq % 250);
    alert.ip = QStringLiteral("203.0.113.%1").arg(seq % 250);
    alert.username = QStringLiteral("omar");
    return alert;
}

QList<Alert> range(qint64 from, qint64 to, Severity severity = Severity::Medium)
{
    QList<Alert> alerts;
    for (qint64 seq = from; seq <= to; ++seq)
        alerts.append(makeAlert(seq, severity));
    return alerts;
}

qint64 seqAt(const AlertListModel& model, int row)
{
    return model.index(row, 0).data(AlertListModel::SeqRole).toLongLong();
}

} // namespace

class TestAlertListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void batchGoesToTheTopNewestFirstInOneInsertion();
    void repeatsAndOlderAlertsAreSkipped();
    void capDropsTheOldestInOneRemoval();
    void batchLargerThanTheCapKeepsItsNewest();
    void historyGoesToTheBottomWithinTheCap();
    void acknowledgingUpdatesTheRowAndTheCount();
    void messageFollowsTheUiLanguage();
    void proxyFiltersBySeverityAndText();
};

void TestAlertListModel::batchGoesToTheTopNewestFirstInOneInsertion()
{
    AlertListModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.appendBatch(range(1, 3));
    model.appendBatch({makeAlert(6), makeAlert(4), makeAlert(5)});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 6);
    for (int row = 0; row < 6; ++row)
        QCOMPARE(seqAt(model, row), 6 - row);
    QCOMPARE(model.unacknowledgedCount(), 6);
}

void TestAlertListModel::repeatsAndOlderAlertsAreSkipped()
{
    AlertListModel model;
    model.appendBatch(range(5, 7));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendBatch({makeAlert(7), makeAlert(3), makeAlert(8), makeAlert(8)});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(seqAt(model, 0), 8);
    QCOMPARE(seqAt(model, 3), 5);
    model.appendBatch({makeAlert(2)});
    QCOMPARE(inserted.count(), 1);
}

void TestAlertListModel::capDropsTheOldestInOneRemoval()
{
    AlertListModel model;
    model.setCapacity(100);
    model.appendBatch(range(1, 90));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.appendBatch(range(91, 130));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 60);
    QCOMPARE(removed.first().at(2).toInt(), 89);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(seqAt(model, 0), 130);
    QCOMPARE(seqAt(model, 99), 31);
    QCOMPARE(model.unacknowledgedCount(), 100);
    QCOMPARE(model.rowOfSeq(31), 99);
    QCOMPARE(model.rowOfSeq(30), -1);

    model.setCapacity(10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(seqAt(model, 9), 121);
    QCOMPARE(model.unacknowledgedCount(), 10);
}

void TestAlertListModel::batchLargerThanTheCapKeepsItsNewest()
{
    AlertListModel model;
    model.setCapacity(50);
    model.appendBatch(range(1, 20));
    model.appendBatch(range(21, 400));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(seqAt(model, 0), 400);
    QCOMPARE(seqAt(model, 49), 351);
}

void TestAlertListModel::historyGoesToTheBottomWithinTheCap()
{
    AlertListModel model;
    model.setCapacity(10);
    model.appendBatch(range(50, 53));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // Overlapping the live rows and more than the room left.
    model.appendHistory(range(30, 51));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 4);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(seqAt(model, 0), 53);
    QCOMPARE(seqAt(model, 4), 49);
    QCOMPARE(seqAt(model, 9), 44);
    model.appendHistory(range(1, 5));
    QCOMPARE(model.rowCount(), 10);
}

void TestAlertListModel::acknowledgingUpdatesTheRowAndTheCount()
{
    AlertListModel model;
    model.appendBatch(range(1, 3));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy count(&model, &AlertListModel::unacknowledgedCountChanged);
    model.markAcknowledged(2, QStringLiteral("huda"), 1795428600000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(count.count(), 1);
    QCOMPARE(model.unacknowledgedCount(), 2);
    const QModelIndex ack = model.index(1, AlertListModel::AckColumn);
    QVERIFY(ack.data(AlertListModel::AcknowledgedRole).toBool());
    QVERIFY(ack.data().toString().contains(QStringLiteral("huda")));
    QVERIFY(!model.index(0, 0).data(AlertListModel::AcknowledgedRole).toBool());
    // Again: no double count.
    model.markAcknowledged(2, QStringLiteral("huda"), 1795428600000);
    QCOMPARE(model.unacknowledgedCount(), 2);
    model.markAcknowledged(99, QStringLiteral("huda"), 1795428600000);
    QCOMPARE(model.unacknowledgedCount(), 2);
}

void TestAlertListModel::messageFollowsTheUiLanguage()
{
    AlertListModel model;
    model.appendBatch({makeAlert(7)});
    const QModelIndex message = model.index(0, AlertListModel::MessageColumn);
    QCOMPARE(message.data().toString(), QStringLiteral("Brute force from 203.0.113.7"));
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    QCOMPARE(message.data().toString(), QStringLiteral("هجوم تخمين من 203.0.113.7"));
    // The address stays left to right inside a right-to-left layout.
    QCOMPARE(model.index(0, AlertListModel::IpColumn).data().toString().front(), QChar(0x2066));
}

void TestAlertListModel::proxyFiltersBySeverityAndText()
{
    AlertListModel model;
    AlertFilterProxy proxy;
    proxy.setSourceModel(&model);
    QList<Alert> alerts = {makeAlert(1, Severity::Low), makeAlert(2, Severity::High),
                           makeAlert(3, Severity::Critical), makeAlert(4, Severity::Info)};
    alerts[2].ip = QStringLiteral("198.51.100.4");
    alerts[2].messageEn = QStringLiteral("Brute force from 198.51.100.4");
    alerts[3].messageAr = QStringLiteral("نشاط مشبوه");
    model.appendBatch(alerts);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setMinimumSeverity(Severity::High);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(QStringLiteral("198.51"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(AlertListModel::SeqRole).toLongLong(), 3);
    proxy.setMinimumSeverity(Severity::Info);
    proxy.setText(QStringLiteral("تخمين"));
    QCOMPARE(proxy.rowCount(), 3);
    // Newly arriving rows are filtered as they come.
    model.appendBatch({makeAlert(5, Severity::Low)});
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(proxy.index(0, 0).data(AlertListModel::SeqRole).toLongLong(), 5);
}

QTEST_MAIN(TestAlertListModel)
#include "tst_alertlistmodel.moc"
