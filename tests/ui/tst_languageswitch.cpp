#include "MainWindow.h"
#include "TsCatalogue.h"
#include "UiTestEnv.h"
#include "alerts/AlertsPage.h"
#include "alerts/LiveAlertConnection.h"
#include "blocklist/AllowListDialog.h"
#include "blocklist/BlockIpDialog.h"
#include "blocklist/BlockedIpsPage.h"
#include "blocklist/IpBlockList.h"
#include "blocklist/IpRange.h"
#include "i18n/LanguageSwitcher.h"
#include "lock/LockScreen.h"
#include "rbac/RoleService.h"
#include "roles/AddUserGrantDialog.h"
#include "roles/NewRoleDialog.h"
#include "roles/RolesPage.h"
#include "securitylog/SecurityLogPage.h"
#include "settings/SettingsPage.h"
#include "setup/SetupWizard.h"
#include "signin/SignInDialog.h"
#include "twofactor/TotpEnrollDialog.h"
#include "users/ResetPasswordDialog.h"
#include "users/UserEditDialog.h"
#include "users/UsersPage.h"

#include <QAbstractButton>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <functional>

using namespace nova;
using namespace nova::test;

namespace {

bool hasArabic(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Arabic && c.isLetter(); });
}

// Every text a person reads in `root`: labels, buttons, group titles,
// window titles, menus and actions.
QList<QPair<QObject*, QString>> visibleTexts(QWidget* root)
{
    QList<QPair<QObject*, QString>> texts;
    texts.append({root, root->windowTitle()});
    for (auto* label : root->findChildren<QLabel*>())
        texts.append({label, label->text()});
    for (auto* button : root->findChildren<QAbstractButton*>())
        texts.append({button, button->text()});
    for (auto* group : root->findChildren<QGroupBox*>())
        texts.append({group, group->title()});
    for (auto* action : root->findChildren<QAction*>())
        texts.append({action, action->text()});
    return texts;
}

// Sources whose Arabic differs from the English ("Nova Admin" and "TOTP"
// stay as they are).
QSet<QString> catalogueSources()
{
    QString error;
    QSet<QString> sources;
    for (const TsMessage& message : readTs(tsPath(QStringLiteral("nova_ar.ts")), &error))
        if (!message.forms.contains(message.source))
            sources.insert(message.source);
    return sources;
}

} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void arabicFlipsWindowAndOpenDialogLive();
    void everyCatalogueTextIsRetranslated_data();
    void everyCatalogueTextIsRetranslated();
    void addressInsideArabicMessageIsIsolated();
    void englishDigitsStayLatinArabicDigitsAreASetting();
    void dateEditorsStayReadableInArabic();
    void toolBarsFitTheDefaultWindow_data();
    void toolBarsFitTheDefaultWindow();

private:
    using DialogFactory = std::function<QWidget*(TestLanguageSwitch&)>;
    std::unique_ptr<UiTestEnv> m_env;
    std::unique_ptr<ui::LiveAlertConnection> m_alerts;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::LanguageSwitcher> m_switcher;
};

void TestLanguageSwitch::init()
{
    m_env = UiTestEnv::create();
    QVERIFY(m_env);
    m_env->signInAs(m_env->addUser(QStringLiteral("admin1"), QStringLiteral("admin")));
    m_switcher = std::make_unique<ui::LanguageSwitcher>();
    QVERIFY(m_switcher->apply(QStringLiteral("en"), DigitStyle::Latin));
    m_alerts = std::make_unique<ui::LiveAlertConnection>(m_env->session());
    m_window = std::make_unique<ui::MainWindow>(m_env->session());
    m_window->addPage(new ui::UsersPage(m_env->session()));
    m_window->addPage(new ui::RolesPage(m_env->session()));
    m_window->addPage(new ui::SecurityLogPage(m_env->session()));
    m_window->addPage(new ui::BlockedIpsPage(m_env->session()));
    m_window->addPage(new ui::AlertsPage(m_env->session(), *m_alerts));
    m_window->addPage(new ui::SettingsPage(m_env->session()));
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLanguageSwitch::cleanup()
{
    if (m_env)
        m_env->hub().executor().waitForDone();
    m_window.reset();
    m_alerts.reset();
    // Back to English for the next test, whatever this one left.
    if (m_switcher)
        (void)m_switcher->apply(QStringLiteral("en"), DigitStyle::Latin);
    m_switcher.reset();
    m_env.reset();
}

void TestLanguageSwitch::arabicFlipsWindowAndOpenDialogLive()
{
    ui::BlockIpDialog dialog(m_env->session(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* sidebar = m_window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(sidebar && pages);
    auto* cancel = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel);
    const QString englishTitle = dialog.windowTitle();
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));

    QSignalSpy changed(m_switcher.get(), &ui::LanguageSwitcher::languageChanged);
    QVERIFY(m_switcher->apply(QStringLiteral("ar"), DigitStyle::Latin));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_switcher->language(), QStringLiteral("ar"));
    QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
    QTRY_VERIFY(hasArabic(dialog.windowTitle()));
    QVERIFY(hasArabic(cancel->text()));
    for (int row = 0; row < sidebar->count(); ++row)
        QVERIFY2(hasArabic(sidebar->item(row)->text()), qPrintable(sidebar->item(row)->text()));
    for (QAction* menu : m_window->menuBar()->actions())
        QVERIFY2(hasArabic(menu->text()), qPrintable(menu->text()));
    // Right to left puts the sidebar on the right of the pages.
    QTRY_VERIFY(sidebar->mapTo(m_window.get(), QPoint()).x() > pages->mapTo(m_window.get(), QPoint()).x());

    QVERIFY(m_switcher->apply(QStringLiteral("en"), DigitStyle::Latin));
    QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(dialog.layoutDirection(), Qt::LeftToRight);
    QCOMPARE(dialog.windowTitle(), englishTitle);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    QVERIFY(!hasArabic(sidebar->item(0)->text()));
    QTRY_VERIFY(sidebar->mapTo(m_window.get(), QPoint()).x() < pages->mapTo(m_window.get(), QPoint()).x());
}

void TestLanguageSwitch::everyCatalogueTextIsRetranslated_data()
{
    QTest::addColumn<DialogFactory>("open");
    QTest::newRow("block address") << DialogFactory(
        [](TestLanguageSwitch& t) { return new ui::BlockIpDialog(t.m_env->session(), t.m_window.get()); });
    QTest::newRow("allow-list") << DialogFactory(
        [](TestLanguageSwitch& t) { return new ui::AllowListDialog(t.m_env->session(), t.m_window.get()); });
    QTest::newRow("new user") << DialogFactory(
        [](TestLanguageSwitch& t) { return new ui::UserEditDialog(t.m_env->session(), t.m_window.get()); });
    QTest::newRow("reset password") << DialogFactory([](TestLanguageSwitch& t) {
        const User user = t.m_env->addUser(QStringLiteral("reset.me"), QStringLiteral("manager"));
        return new ui::ResetPasswordDialog(t.m_env->session(), user, t.m_window.get());
    });
    QTest::newRow("new role") << DialogFactory([](TestLanguageSwitch& t) {
        return new ui::NewRoleDialog(*t.m_env->hub().roles().roles(), t.m_window.get());
    });
    QTest::newRow("user grant") << DialogFactory([](TestLanguageSwitch& t) {
        return new ui::AddUserGrantDialog(QStringLiteral("admin1"), t.m_env->clock().nowMSecs(),
                                          t.m_window.get());
    });
    QTest::newRow("two-factor enrollment") << DialogFactory([](TestLanguageSwitch& t) {
        const User user = t.m_env->addUser(QStringLiteral("enrol.me"), QStringLiteral("broker"));
        return new ui::TotpEnrollDialog(t.m_env->session(), user.id, user.username, t.m_window.get());
    });
    QTest::newRow("sign-in") << DialogFactory(
        [](TestLanguageSwitch& t) { return new ui::SignInDialog(t.m_env->hub(), t.m_window.get()); });
    QTest::newRow("setup wizard") << DialogFactory(
        [](TestLanguageSwitch& t) { return new ui::SetupWizard(t.m_env->hub(), t.m_window.get()); });
    QTest::newRow("lock screen") << DialogFactory(
        [](TestLanguageSwitch& t) { return new ui::LockScreen(t.m_env->session(), t.m_window.get()); });
}

// A widget that showed a catalogue text in English and still shows it after
// the switch sets its text once instead of in its retranslate().
void TestLanguageSwitch::everyCatalogueTextIsRetranslated()
{
    QFETCH(DialogFactory, open);
    const QSet<QString> sources = catalogueSources();
    QVERIFY(sources.size() > 500);
    std::unique_ptr<QWidget> opened(open(*this));
    QWidget& dialog = *opened;
    dialog.show();
    QTest::qWait(200);

    QList<QPair<QPointer<QObject>, QString>> english;
    int fromCatalogue = 0;
    for (QWidget* root : {static_cast<QWidget*>(m_window.get()), static_cast<QWidget*>(&dialog)}) {
        for (const auto& [object, text] : visibleTexts(root)) {
            if (!sources.contains(text))
                continue;
            english.append({object, text});
            ++fromCatalogue;
        }
    }
    QVERIFY2(fromCatalogue > 100, qPrintable(QString::number(fromCatalogue)));

    QVERIFY(m_switcher->apply(QStringLiteral("ar"), DigitStyle::Latin));
    QStringList stale;
    for (QWidget* root : {static_cast<QWidget*>(m_window.get()), static_cast<QWidget*>(&dialog)}) {
        for (const auto& [object, text] : visibleTexts(root)) {
            for (const auto& [before, englishText] : english)
                if (before == object && text == englishText)
                    stale << QString::fromLatin1(object->metaObject()->className()) + QStringLiteral(" in ") +
                                 QString::fromLatin1(object->parent()->metaObject()->className()) +
                                 QStringLiteral(" ") + object->objectName() + QStringLiteral(": ") + text;
        }
    }
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QLatin1Char('\n'))));

    // And back: a button box gives standard buttons their default text on a
    // language change, which would turn "Block" into "OK".
    QVERIFY(m_switcher->apply(QStringLiteral("en"), DigitStyle::Latin));
    QStringList lost;
    for (QWidget* root : {static_cast<QWidget*>(m_window.get()), static_cast<QWidget*>(&dialog)}) {
        for (const auto& [object, text] : visibleTexts(root)) {
            for (const auto& [before, englishText] : english)
                if (before == object && text != englishText)
                    lost << QString::fromLatin1(object->metaObject()->className()) + QStringLiteral(" ") +
                                object->objectName() + QStringLiteral(": \"") + englishText +
                                QStringLiteral("\" became \"") + text + QLatin1Char('"');
        }
    }
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));
}

void TestLanguageSwitch::addressInsideArabicMessageIsIsolated()
{
    QVERIFY(m_switcher->apply(QStringLiteral("ar"), DigitStyle::Latin));
    const Actor actor = m_env->session().actor();
    QVERIFY(
        m_env->hub().blockList().allow(*IpRange::parse(QStringLiteral("10.20.0.0/16")), QString(), actor));
    const auto refused =
        m_env->hub().blockList().block(*IpRange::parse(QStringLiteral("10.20.1.1")), std::nullopt,
                                       QStringLiteral("test"), BlockSource::Manual, actor);
    QVERIFY(!refused);
    const QString message = refused.error().message;
    QVERIFY2(hasArabic(message), qPrintable(message));
    // LRI … PDI: the address reads 10.20.1.1 whatever surrounds it.
    QVERIFY2(message.contains(QChar(0x2066) + QStringLiteral("10.20.1.1")), qPrintable(message));
    const int start = message.indexOf(QChar(0x2066));
    QVERIFY(message.indexOf(QChar(0x2069), start) > start);
}

void TestLanguageSwitch::englishDigitsStayLatinArabicDigitsAreASetting()
{
    auto* spinBox = m_window->findChild<QSpinBox*>(QStringLiteral("lockTimeout"));
    QVERIFY(spinBox);
    QVERIFY(m_switcher->apply(QStringLiteral("ar"), DigitStyle::ArabicIndic));
    QCOMPARE(QLocale().toString(42), QStringLiteral("٤٢"));
    // Widgets that were already open write their digits the new way too.
    QCOMPARE(spinBox->locale().zeroDigit(), QChar(0x0660));
    QVERIFY2(!spinBox->text().contains(QRegularExpression(QStringLiteral("[0-9]"))),
             qPrintable(spinBox->text()));
    QVERIFY(m_switcher->apply(QStringLiteral("ar"), DigitStyle::Latin));
    QCOMPARE(QLocale().toString(42), QStringLiteral("42"));
    QCOMPARE(spinBox->locale().zeroDigit(), QLatin1Char('0'));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QVERIFY(m_switcher->apply(QStringLiteral("en"), DigitStyle::ArabicIndic));
    QCOMPARE(QLocale().toString(42), QStringLiteral("42"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

// The log's range editors: Arabic's own format came out as "29:6 م".
void TestLanguageSwitch::dateEditorsStayReadableInArabic()
{
    const auto editors = m_window->findChildren<QDateTimeEdit*>();
    QVERIFY(editors.size() >= 2);
    QVERIFY(m_switcher->apply(QStringLiteral("ar"), DigitStyle::Latin));
    for (QDateTimeEdit* editor : editors) {
        QCOMPARE(editor->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(editor->displayFormat(), QStringLiteral("dd/MM/yyyy HH:mm"));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$"))
                     .match(editor->text())
                     .hasMatch(),
                 qPrintable(editor->text()));
    }
    QVERIFY(m_switcher->apply(QStringLiteral("en"), DigitStyle::Latin));
    for (QDateTimeEdit* editor : editors) {
        QCOMPARE(editor->layoutDirection(), Qt::LeftToRight);
        QVERIFY2(editor->displayFormat().contains(QLatin1String("yyyy")),
                 qPrintable(editor->displayFormat()));
    }
}

void TestLanguageSwitch::toolBarsFitTheDefaultWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ar") << QStringLiteral("ar");
}

// An action pushed into a toolbar's overflow menu (») is one a person does not see.
void TestLanguageSwitch::toolBarsFitTheDefaultWindow()
{
    QFETCH(QString, language);
    QVERIFY(m_switcher->apply(language, DigitStyle::Latin));
    m_window->resize(ui::MainWindow::kDefaultSize);
    auto* sidebar = m_window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(sidebar && pages);
    int toolBars = 0;
    for (int row = 0; row < sidebar->count(); ++row) {
        sidebar->setCurrentRow(row);
        QWidget* page = pages->currentWidget();
        for (QToolBar* toolBar : page->findChildren<QToolBar*>()) {
            ++toolBars;
            QTRY_VERIFY(toolBar->isVisible());
            const auto overflowing = [toolBar] {
                const auto* more = toolBar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
                return more && more->isVisible();
            };
            QTest::qWait(50);
            QVERIFY2(!overflowing(), qPrintable(sidebar->item(row)->text()));
        }
    }
    QCOMPARE(toolBars, 4);
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
