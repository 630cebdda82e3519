#pragma once

#include "CallRecorder.h"
#include "portal/PortalClient.h"
#include "server/EmbeddedPortal.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

// The real reference portal in-process on 127.0.0.1 (server/EmbeddedPortal) with a small
// deterministic demo dataset, and helpers to talk to it through PortalClient.
class LivePortal
{
public:
    static constexpr int WaitMs = 20'000;
    static inline const QDate Today {2026, 3, 15};

    // Demo options: `customers` customers, seed 7, Today, no rate limit, `faults` if given.
    static pac::server::PortalServerOptions options(int customers, const QString &faults = {});

    // Starts the portal and waits for started(); false (with the reason in *error) if it
    // failed or did not start in time.
    bool start(const pac::server::PortalServerOptions &options, QString *error);
    QUrl origin() const { return m_origin; }

    // A client of this portal on the shared manager (fast retries for tests).
    std::unique_ptr<pac::PortalClient> client();
    // A client signed in as a demo user (password "demo"); nullptr if the sign-in failed.
    std::unique_ptr<pac::PortalClient> signedIn(const QString &username,
                                                pac::PortalSession *session = nullptr);

    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    pac::server::EmbeddedPortal m_portal;
    QUrl m_origin;
};

// Runs one call and waits for its callback (processing events, no sleep). `start` is called
// with a context object and the callback, e.g.
//   await<Customer>([&](QObject *c, auto done) { return client->getCustomer(1, {}, c, done); });
// A call that does not finish in time gives a Timeout error with detail "test wait".
template<typename T, typename Start>
pac::PortalResult<T> await(Start start)
{
    QObject context;
    std::optional<pac::PortalResult<T>> result;
    start(&context,
          pac::PortalClient::Callback<T>([&](const pac::PortalResult<T> &r) { result = r; }));
    if (!QTest::qWaitFor([&] { return result.has_value(); }, LivePortal::WaitMs))
        return pac::PortalError::make(pac::PortalError::Kind::Timeout, QStringLiteral("test wait"));
    return *result;
}

// "ok" or the error kind's name (see CallRecorder.h), plus the details when it failed, for
// QVERIFY2 messages.
template<typename T>
QString outcomeOf(const pac::PortalResult<T> &result)
{
    return result.ok() ? Ok : kindName(result.error().kind);
}
template<typename T>
QByteArray describe(const pac::PortalResult<T> &result)
{
    if (result.ok())
        return "ok";
    const pac::PortalError &e = result.error();
    QString text = kindName(e.kind) + u' ' + QString::number(e.httpStatus) + u' ' + e.title + u' '
        + e.detail;
    for (const pac::FieldError &f : e.fieldErrors)
        text += u" [" + f.field + u' ' + f.code + u']';
    return text.toUtf8();
}
