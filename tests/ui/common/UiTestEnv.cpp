#include "UiTestEnv.h"

#include "TestHub.h"
#include "auth/SessionTokenService.h"
#include "rbac/Actor.h"
#include "users/UserService.h"

#include <QTest>

namespace nova::test {

std::unique_ptr<UiTestEnv> UiTestEnv::create(const QString& backend)
{
    std::unique_ptr<UiTestEnv> env(new UiTestEnv);
    env->m_database = TestDatabase::create(backend);
    if (!env->m_database)
        return nullptr;
    auto hub = openTestHub(*env->m_database, env->m_folder, env->m_clock);
    if (!hub) {
        qWarning("service layer did not open: %s", qPrintable(hub.errorMessage()));
        return nullptr;
    }
    env->m_hub = std::move(hub.value());
    env->m_session = std::make_unique<ui::UiSession>(*env->m_hub);
    return env;
}

UiTestEnv::~UiTestEnv()
{
    // The session revokes its token through the hub: it goes first.
    m_session.reset();
    if (m_hub)
        m_hub->executor().waitForDone();
}

User UiTestEnv::addUser(const QString& username, const QString& role, const QString& password)
{
    NewUser user;
    user.username = username;
    user.password = password;
    user.role = role;
    user.email = username + QStringLiteral("@example.test");
    auto created = m_hub->users().create(user, Actor::localOperator(QStringLiteral("test")));
    if (!created)
        qFatal("could not create user %s: %s", qPrintable(username), qPrintable(created.errorMessage()));
    return created.value();
}

void UiTestEnv::signInAs(const User& user)
{
    auto issued = m_hub->tokens().issue(user.id, user.username, user.role);
    if (!issued)
        qFatal("could not issue a token: %s", qPrintable(issued.errorMessage()));
    m_session->begin(issued.value());
}

} // namespace nova::test
