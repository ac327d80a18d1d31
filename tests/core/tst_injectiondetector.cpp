#include "ids/InjectionDetector.h"

#include <QFile>
#include <QTest>

using namespace nova;

namespace {

QStringList corpusLines(const QString& name)
{
    QFile file(QStringLiteral(NOVA_SOURCE_DIR "/tests/data/injection/") + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            lines.append(line);
    }
    return lines;
}

} // namespace

class TestInjectionDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void corpusIsLargeEnough();
    void benignInputIsNotReported_data();
    void benignInputIsNotReported();
    void attackIsReported_data();
    void attackIsReported();
    void emptyAndHugeInput();
    void kindNames();

private:
    InjectionDetector m_detector;
};

void TestInjectionDetector::corpusIsLargeEnough()
{
    QVERIFY(corpusLines(QStringLiteral("benign.txt")).size() >= 60);
    QVERIFY(corpusLines(QStringLiteral("attacks.txt")).size() >= 40);
}

void TestInjectionDetector::benignInputIsNotReported_data()
{
    QTest::addColumn<QString>("input");
    const QStringList lines = corpusLines(QStringLiteral("benign.txt"));
    QVERIFY2(!lines.isEmpty(), "tests/data/injection/benign.txt is missing");
    int row = 0;
    for (const QString& line : lines)
        QTest::addRow("benign %d", ++row) << line;
}

void TestInjectionDetector::benignInputIsNotReported()
{
    QFETCH(QString, input);
    const InjectionFinding finding = m_detector.inspect(input);
    QVERIFY2(!finding.detected(),
             qPrintable(QStringLiteral("%1 reported by %2").arg(input, finding.pattern)));
}

void TestInjectionDetector::attackIsReported_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    const QStringList lines = corpusLines(QStringLiteral("attacks.txt"));
    QVERIFY2(!lines.isEmpty(), "tests/data/injection/attacks.txt is missing");
    int row = 0;
    for (const QString& line : lines) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        QVERIFY2(tab > 0, qPrintable(QStringLiteral("malformed corpus line: ") + line));
        QTest::addRow("attack %d", ++row) << line.mid(tab + 1) << line.left(tab);
    }
}

void TestInjectionDetector::attackIsReported()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    const InjectionFinding finding = m_detector.inspect(input);
    QVERIFY2(finding.detected(), qPrintable(QStringLiteral("not reported: ") + input));
    QCOMPARE(InjectionDetector::kindName(finding.kind), kind);
    QVERIFY(!finding.pattern.isEmpty());
}

void TestInjectionDetector::emptyAndHugeInput()
{
    QVERIFY(!m_detector.inspect(QString()).detected());
    QVERIFY(!m_detector.inspect(QString(200000, QLatin1Char('%'))).detected());
    QVERIFY(!m_detector.inspect(QString(100000, QLatin1Char('a'))).detected());
    // An attack at the start of a long value is still found.
    QVERIFY(
        m_detector.inspect(QStringLiteral("<script>alert(1)</script>") + QString(100000, QLatin1Char(' ')))
            .detected());
}

void TestInjectionDetector::kindNames()
{
    QCOMPARE(InjectionDetector::kindName(InjectionKind::None), QStringLiteral("none"));
    QCOMPARE(InjectionDetector::kindName(InjectionKind::Sql), QStringLiteral("sql"));
    QCOMPARE(InjectionDetector::kindName(InjectionKind::Xss), QStringLiteral("xss"));
}

QTEST_GUILESS_MAIN(TestInjectionDetector)
#include "tst_injectiondetector.moc"
