#pragma once

#include "ManualClock.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "UiSession.h"
#include "users/User.h"

#include <QTemporaryDir>

#include <memory>

namespace nova::test {

// What a GUI test runs on: a real database (SQLite file or a fresh
// PostgreSQL database), the service layer on a manual clock, and a UiSession
// that can be signed in as any user the test creates.
class UiTestEnv {
public:
    static inline const QString kPassword = QStringLiteral("Correct-Horse-42!");

    // backend: "sqlite" or "postgresql" (skipped by the caller when absent).
    static std::unique_ptr<UiTestEnv> create(const QString& backend = QStringLiteral("sqlite"));
    ~UiTestEnv();

    ServiceHub& hub() { return *m_hub; }
    ui::UiSession& session() { return *m_session; }
    ManualClock& clock() { return m_clock; }
    TestDatabase& database() { return *m_database; }
    const QTemporaryDir& folder() const { return m_folder; }

    // Created by the local operator, password kPassword unless given.
    User addUser(const QString& username, const QString& role, const QString& password = kPassword);
    // Issues a token for the user and begins the UI session with it.
    void signInAs(const User& user);

private:
    UiTestEnv() = default;

    QTemporaryDir m_folder;
    // 2026-11-23 10:00:00 UTC: fixed, so TOTP codes are computed in the test.
    ManualClock m_clock{1795428000000};
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServiceHub> m_hub;
    std::unique_ptr<ui::UiSession> m_session;
};

} // namespace nova::test
