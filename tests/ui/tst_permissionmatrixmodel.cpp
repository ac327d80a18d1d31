#include "rbac/DefaultRoles.h"
#include "roles/PermissionMatrixModel.h"
#include "roles/PermissionMatrixView.h"

#include <QSignalSpy>
#include <QTest>

using namespace nova;
using nova::ui::PermissionMatrixModel;

namespace {

Permission perm(const char* feature, const char* action)
{
    return Permission{QString::fromLatin1(feature), QString::fromLatin1(action)};
}

Role customRole(const QList<Permission>& grants)
{
    return Role{QStringLiteral("auditor"), false, QStringLiteral("Reads things"), grants};
}

Role adminRole()
{
    return DefaultRoles::all().at(0);
}

Qt::CheckState stateOf(const PermissionMatrixModel& model, const char* feature, const char* action)
{
    return model
        .data(model.cellIndex(QString::fromLatin1(feature), QString::fromLatin1(action)), Qt::CheckStateRole)
        .value<Qt::CheckState>();
}

Qt::ItemFlags flagsOf(const PermissionMatrixModel& model, const char* feature, const char* action)
{
    return model.flags(model.cellIndex(QString::fromLatin1(feature), QString::fromLatin1(action)));
}

bool toggle(PermissionMatrixModel& model, const char* feature, const char* action, bool checked)
{
    return model.setData(model.cellIndex(QString::fromLatin1(feature), QString::fromLatin1(action)),
                         checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

} // namespace

class TestPermissionMatrixModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsAreTwoGroupsOfFeatures();
    void manageImpliesAndDisablesTheOtherFour();
    void changesAreHighlightedAndSummarised();
    void revertRestoresTheSavedGrants();
    void adminWildcardIsAllManageAndLocked();
    void narrowingTheWildcardWritesExplicitGrants();
    void readOnlyCellsDoNotToggle();
    void unknownGrantsAreKept();
    void keyboardAndMouseToggleInTheView();
    void viewMirrorsInRightToLeft();
};

void TestPermissionMatrixModel::rowsAreTwoGroupsOfFeatures()
{
    PermissionMatrixModel model;
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.rowCount(), 2 + Permission::crmFeatures().size() + Permission::adminFeatures().size());
    QVERIFY(model.isGroupHeading(0));
    QCOMPARE(model.featureAt(1), QStringLiteral("crm"));
    QCOMPARE(model.featureAt(8), QStringLiteral("team"));
    QVERIFY(model.isGroupHeading(9));
    QCOMPARE(model.featureAt(10), QStringLiteral("users"));
    QCOMPARE(model.featureAt(15), QStringLiteral("settings"));
    QCOMPARE(model.flags(model.index(9, 0)), Qt::NoItemFlags);
    QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Manage"));
    QCOMPARE(model.actionAt(1), Permission::kCreate);
    QCOMPARE(model.actionAt(5), Permission::kManage);
}

void TestPermissionMatrixModel::manageImpliesAndDisablesTheOtherFour()
{
    PermissionMatrixModel model;
    model.setRole(customRole({perm("crm", "read")}));
    QCOMPARE(stateOf(model, "crm", "read"), Qt::Checked);
    QCOMPARE(stateOf(model, "crm", "create"), Qt::Unchecked);
    QVERIFY(flagsOf(model, "crm", "create").testFlag(Qt::ItemIsEnabled));
    QVERIFY(flagsOf(model, "crm", "create").testFlag(Qt::ItemIsUserCheckable));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(toggle(model, "crm", "manage", true));
    QVERIFY(!changed.isEmpty());
    for (const char* action : {"create", "read", "update", "delete"}) {
        QCOMPARE(stateOf(model, "crm", action), Qt::Checked);
        QVERIFY(!flagsOf(model, "crm", action).testFlag(Qt::ItemIsEnabled));
        QVERIFY(model.isImplied(QStringLiteral("crm"), QString::fromLatin1(action)));
        QVERIFY(
            model.data(model.cellIndex(QStringLiteral("crm"), QString::fromLatin1(action)), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Implied by manage")));
        // An implied cell cannot be toggled on its own.
        QVERIFY(!toggle(model, "crm", action, false));
    }
    // Other features are untouched.
    QCOMPARE(stateOf(model, "finance", "create"), Qt::Unchecked);
    QVERIFY(flagsOf(model, "finance", "create").testFlag(Qt::ItemIsEnabled));

    QVERIFY(toggle(model, "crm", "manage", false));
    QCOMPARE(stateOf(model, "crm", "read"), Qt::Checked); // its own grant shows again
    for (const char* action : {"create", "update", "delete"}) {
        QCOMPARE(stateOf(model, "crm", action), Qt::Unchecked);
        QVERIFY(flagsOf(model, "crm", action).testFlag(Qt::ItemIsEnabled));
    }
    QVERIFY(!model.isModified());
}

void TestPermissionMatrixModel::changesAreHighlightedAndSummarised()
{
    PermissionMatrixModel model;
    model.setRole(customRole({perm("crm", "read"), perm("alerts", "read")}));
    QSignalSpy modified(&model, &PermissionMatrixModel::modifiedChanged);
    const QModelIndex financeRead = model.cellIndex(QStringLiteral("finance"), Permission::kRead);
    QVERIFY(!model.data(financeRead, Qt::BackgroundRole).isValid());

    QVERIFY(toggle(model, "finance", "read", true));
    QVERIFY(toggle(model, "alerts", "read", false));
    QVERIFY(toggle(model, "crm", "manage", true));
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    QVERIFY(model.isModified());
    QVERIFY(model.data(financeRead, Qt::BackgroundRole).isValid());
    QVERIFY(model.data(financeRead, PermissionMatrixModel::ChangedRole).toBool());
    QVERIFY(!model
                 .data(model.cellIndex(QStringLiteral("crm"), Permission::kRead),
                       PermissionMatrixModel::ChangedRole)
                 .toBool());

    const QList<Permission> granted = model.granted();
    QVERIFY(granted.contains(perm("finance", "read")));
    QVERIFY(granted.contains(perm("crm", "manage")));
    QVERIFY(granted.contains(perm("crm", "create"))); // implied counts: it is allowed now
    QVERIFY(!granted.contains(perm("crm", "read")));  // it was already
    QCOMPARE(model.revoked(), QList<Permission>{perm("alerts", "read")});
    const QList<Permission> grants = model.grants();
    QVERIFY(grants.contains(perm("crm", "read")));
    QVERIFY(grants.contains(perm("crm", "manage")));
    QVERIFY(grants.contains(perm("finance", "read")));
    QVERIFY(!grants.contains(perm("alerts", "read")));
    QCOMPARE(grants.size(), 3);
}

void TestPermissionMatrixModel::revertRestoresTheSavedGrants()
{
    PermissionMatrixModel model;
    model.setRole(customRole({perm("reports", "read")}));
    QVERIFY(toggle(model, "reports", "read", false));
    QVERIFY(toggle(model, "team", "manage", true));
    QVERIFY(model.isModified());
    QSignalSpy modified(&model, &PermissionMatrixModel::modifiedChanged);
    model.revert();
    QCOMPARE(modified.size(), 1);
    QVERIFY(!model.isModified());
    QCOMPARE(stateOf(model, "reports", "read"), Qt::Checked);
    QCOMPARE(stateOf(model, "team", "manage"), Qt::Unchecked);
    QCOMPARE(model.grants(), QList<Permission>{perm("reports", "read")});
}

void TestPermissionMatrixModel::adminWildcardIsAllManageAndLocked()
{
    PermissionMatrixModel model;
    model.setRole(adminRole());
    for (const QString& feature : Permission::knownFeatures()) {
        for (const QString& action : Permission::knownActions())
            QVERIFY(model.isChecked(feature, action));
        QVERIFY(model.isImplied(feature, Permission::kRead));
    }
    QCOMPARE(model.grants(), QList<Permission>{perm("*", "manage")});
    QVERIFY(model.data(model.cellIndex(QStringLiteral("finance"), Permission::kManage), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("*:manage")));

    // Without manage on users and roles nobody could administer Nova Admin.
    for (const char* feature : {"users", "roles"}) {
        QVERIFY(model.isLocked(QString::fromLatin1(feature), Permission::kManage));
        QVERIFY(!flagsOf(model, feature, "manage").testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!toggle(model, feature, "manage", false));
        QVERIFY(!model.setChecked(QString::fromLatin1(feature), Permission::kManage, false));
        QCOMPARE(stateOf(model, feature, "manage"), Qt::Checked);
        QVERIFY(
            model.data(model.cellIndex(QString::fromLatin1(feature), Permission::kManage), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("admin role always keeps manage")));
    }
    QVERIFY(!model.isModified());
    // Only the admin role is protected this way.
    model.setRole(customRole({perm("users", "manage")}));
    QVERIFY(!model.isLocked(QStringLiteral("users"), Permission::kManage));
    QVERIFY(toggle(model, "users", "manage", false));
}

void TestPermissionMatrixModel::narrowingTheWildcardWritesExplicitGrants()
{
    PermissionMatrixModel model;
    model.setRole(adminRole());
    QVERIFY(toggle(model, "finance", "manage", false));
    QVERIFY(model.isModified());
    const QList<Permission> grants = model.grants();
    QVERIFY(!grants.contains(perm("*", "manage")));
    QVERIFY(!grants.contains(perm("finance", "manage")));
    QVERIFY(grants.contains(perm("users", "manage")));
    QCOMPARE(grants.size(), Permission::knownFeatures().size() - 1);
    QCOMPARE(model.revoked().size(), 5);
    QVERIFY(model.granted().isEmpty());
    // Checking it again gives the wildcard back, not 14 separate grants.
    QVERIFY(toggle(model, "finance", "manage", true));
    QVERIFY(!model.isModified());
    QCOMPARE(model.grants(), QList<Permission>{perm("*", "manage")});
}

void TestPermissionMatrixModel::readOnlyCellsDoNotToggle()
{
    PermissionMatrixModel model;
    model.setRole(customRole({perm("crm", "read")}));
    model.setReadOnly(true);
    QVERIFY(flagsOf(model, "crm", "create").testFlag(Qt::ItemIsEnabled));
    QVERIFY(!flagsOf(model, "crm", "create").testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!toggle(model, "crm", "create", true));
    QVERIFY(!model.setChecked(QStringLiteral("crm"), Permission::kCreate, true));
    QCOMPARE(stateOf(model, "crm", "read"), Qt::Checked);
    QVERIFY(!model.isModified());
}

void TestPermissionMatrixModel::unknownGrantsAreKept()
{
    PermissionMatrixModel model;
    const Permission future{QStringLiteral("marketing"), Permission::kRead};
    model.setRole(customRole({perm("crm", "read"), future}));
    QVERIFY(toggle(model, "crm", "update", true));
    const QList<Permission> grants = model.grants();
    QVERIFY(grants.contains(future));
    QVERIFY(grants.contains(perm("crm", "update")));
}

void TestPermissionMatrixModel::keyboardAndMouseToggleInTheView()
{
    PermissionMatrixModel model;
    model.setRole(customRole({}));
    ui::PermissionMatrixView view;
    view.setMatrixModel(&model);
    view.resize(700, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.columnSpan(0, 0), 6);
    QCOMPARE(view.columnSpan(9, 0), 6);

    const QModelIndex crmCreate = model.cellIndex(QStringLiteral("crm"), Permission::kCreate);
    view.setCurrentIndex(crmCreate);
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(stateOf(model, "crm", "create"), Qt::Checked);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentIndex(), model.cellIndex(QStringLiteral("crm"), Permission::kRead));
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentIndex(), model.cellIndex(QStringLiteral("finance"), Permission::kRead));
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(stateOf(model, "finance", "read"), Qt::Checked);
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(stateOf(model, "finance", "read"), Qt::Unchecked);

    // A click anywhere in the cell toggles it; manage then greys the others.
    const QModelIndex crmManage = model.cellIndex(QStringLiteral("crm"), Permission::kManage);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(crmManage).center());
    QCOMPARE(stateOf(model, "crm", "manage"), Qt::Checked);
    QVERIFY(!flagsOf(model, "crm", "update").testFlag(Qt::ItemIsEnabled));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      view.visualRect(model.cellIndex(QStringLiteral("crm"), Permission::kUpdate)).center());
    QCOMPARE(model.isImplied(QStringLiteral("crm"), Permission::kUpdate), true);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(crmManage).center());
    QCOMPARE(stateOf(model, "crm", "update"), Qt::Unchecked);
    QCOMPARE(stateOf(model, "crm", "create"), Qt::Checked);
}

void TestPermissionMatrixModel::viewMirrorsInRightToLeft()
{
    PermissionMatrixModel model;
    model.setRole(customRole({}));
    ui::PermissionMatrixView view;
    view.setLayoutDirection(Qt::RightToLeft);
    view.setMatrixModel(&model);
    view.resize(700, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Feature names at the right, the actions following them leftwards.
    const QModelIndex crmName = model.index(1, PermissionMatrixModel::FeatureColumn);
    const QModelIndex crmCreate = model.cellIndex(QStringLiteral("crm"), Permission::kCreate);
    const QModelIndex crmManage = model.cellIndex(QStringLiteral("crm"), Permission::kManage);
    QVERIFY(view.visualRect(crmName).left() > view.visualRect(crmCreate).right());
    QVERIFY(view.visualRect(crmCreate).left() > view.visualRect(crmManage).right());

    // Left moves to the next action, as the grid reads.
    view.setCurrentIndex(crmCreate);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.currentIndex(), model.cellIndex(QStringLiteral("crm"), Permission::kRead));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(crmManage).center());
    QCOMPARE(stateOf(model, "crm", "manage"), Qt::Checked);
}

QTEST_MAIN(TestPermissionMatrixModel)
#include "tst_permissionmatrixmodel.moc"
