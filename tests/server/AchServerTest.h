#pragma once

// What the ACH tests of the portal share (tst_server_ach, tst_server_achlifecycle): bodies and
// amounts (server/MicroDeposits.h gives the demo's deposits), and a fixture that starts the
// demo portal over loopback and hands out customers no other test function has used.
#include "PortalTestClient.h"
#include "server/MicroDeposits.h"

#include <QSet>
#include <QTest>

namespace pac::server::test::ach {

const QString kRouting = QStringLiteral("011000015"); // passes the ABA checksum
const QString kAccount = QStringLiteral("000123456789");
const QString kVersion = QStringLiteral("2026-12.1"); // AchAuthorizationText::CurrentVersion

inline QJsonObject authorization(const QString &secCode = QStringLiteral("CCD"),
                                 const QString &method = QStringLiteral("written"))
{
    return {{QStringLiteral("sec_code"), secCode},
            {QStringLiteral("authorized_by_name"), QStringLiteral("Dana Owner")},
            {QStringLiteral("authorized_by_title"), QStringLiteral("CFO")},
            {QStringLiteral("method"), method},
            {QStringLiteral("text_version"), kVersion},
            {QStringLiteral("accepted_at"), QStringLiteral("2026-03-15T09:30:00Z")}};
}

inline QJsonObject achBody(const QJsonValue &authorizationValue = authorization(),
                           const QString &account = kAccount)
{
    QJsonObject body {{QStringLiteral("type"), QStringLiteral("ach")},
                      {QStringLiteral("routing_number"), kRouting},
                      {QStringLiteral("account_number"), account},
                      {QStringLiteral("holder_name"), QStringLiteral("Test Holder")},
                      {QStringLiteral("account_type"), QStringLiteral("checking")}};
    if (!authorizationValue.isUndefined())
        body.insert(QStringLiteral("authorization"), authorizationValue);
    return body;
}

inline QJsonObject amounts(qint64 a, qint64 b)
{
    return {{QStringLiteral("amounts_cents"), QJsonArray {a, b}}};
}

// Two amounts that are not the method's deposits in either order.
inline QJsonObject wrongAmounts(qint64 methodId)
{
    const auto [a, b] = MicroDeposits::amountsFor(methodId);
    int other = 1;
    while (other == a || other == b)
        ++other;
    return amounts(other, a);
}

// The right ones, in the order opposite to amountsFor's (either order is accepted).
inline QJsonObject rightAmounts(qint64 methodId)
{
    const auto [a, b] = MicroDeposits::amountsFor(methodId);
    return amounts(b, a);
}

inline QString achStatus(const Reply &customer)
{
    return customer.json()
        .value(QStringLiteral("ach"))
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}

inline qint64 versionOf(const Reply &customer)
{
    return customer.json().value(QStringLiteral("version")).toInteger();
}

inline QString methodPath(qint64 id, const char *action)
{
    return QStringLiteral("/payment-methods/%1/%2").arg(id).arg(QLatin1String(action));
}

// The method `methodId` as the customer's listing shows it.
inline QJsonObject listed(PortalTestClient &client, qint64 customerId, qint64 methodId)
{
    for (const QJsonValue &m :
         client.get(QStringLiteral("/customers/%1/payment-methods").arg(customerId)).items()) {
        if (m.toObject().value(QStringLiteral("id")).toInteger() == methodId)
            return m.toObject();
    }
    return {};
}

inline QJsonObject firstEntry(PortalTestClient &client, qint64 customerId)
{
    return client.get(QStringLiteral("/customers/%1/history").arg(customerId))
        .items()
        .at(0)
        .toObject();
}

// The demo portal (120 customers, a fixed today) with agent1 ("Alex Agent") and support1
// signed in. start() and stop() from the test's initTestCase() and cleanupTestCase().
class AchFixture
{
protected:
    void start();
    void stop();
    // A customer of `agentId` whose ach status is `status` (active unless `anyStatus`), not
    // handed out before.
    qint64 customerOf(qint64 agentId, const QString &status, bool anyStatus = false);
    // Adds an ACH method to customer `id` as `client`; returns its id (0 on failure).
    qint64 addMethod(PortalTestClient &client, qint64 customerId,
                     const QJsonValue &authorizationValue = authorization());
    // A method of `customerId` verified with the right amounts; returns its id.
    qint64 verifiedMethod(qint64 customerId);

    std::unique_ptr<EmbeddedPortal> m_portal;
    QUrl m_base;
    std::unique_ptr<PortalTestClient> m_agent; // agent1, "Alex Agent"
    std::unique_ptr<PortalTestClient> m_support;
    QJsonArray m_customers; // every customer, as support sees them at the start
    QSet<qint64> m_used;
};

inline void AchFixture::start()
{
    m_portal = std::make_unique<EmbeddedPortal>();
    QString error;
    m_base = startPortal(*m_portal, demoOptions(120), &error);
    QVERIFY2(m_base.isValid(), qPrintable(error));
    m_agent = std::make_unique<PortalTestClient>(m_base);
    m_support = std::make_unique<PortalTestClient>(m_base);
    QVERIFY(m_agent->signIn(QStringLiteral("agent1")));
    QVERIFY(m_support->signIn(QStringLiteral("support1")));
    m_agent->setFreshIdempotencyKeys(true);
    m_support->setFreshIdempotencyKeys(true);
    m_customers = m_support->get(QStringLiteral("/customers?limit=1000")).items();
    QCOMPARE(m_customers.size(), 120);
}

inline void AchFixture::stop()
{
    m_agent.reset();
    m_support.reset();
    m_portal.reset();
}

inline qint64 AchFixture::customerOf(qint64 agentId, const QString &status, bool anyStatus)
{
    for (const QJsonValue &item : std::as_const(m_customers)) {
        const QJsonObject c = item.toObject();
        const qint64 id = c.value(QStringLiteral("id")).toInteger();
        if (m_used.contains(id)
            || c.value(QStringLiteral("agent")).toObject().value(QStringLiteral("id")).toInteger()
                != agentId
            || (!anyStatus
                && c.value(QStringLiteral("status")).toString() != QLatin1String("active"))
            || c.value(QStringLiteral("ach")).toObject().value(QStringLiteral("status")).toString()
                != status) {
            continue;
        }
        m_used.insert(id);
        return id;
    }
    return 0;
}

inline qint64 AchFixture::addMethod(PortalTestClient &client, qint64 customerId,
                                    const QJsonValue &authorizationValue)
{
    const QString path = QStringLiteral("/customers/%1").arg(customerId);
    const Reply added
        = client.post(path + QStringLiteral("/payment-methods"), achBody(authorizationValue),
                      {{"If-Match", client.etagOf(path)}});
    if (added.status != 201) {
        qWarning("adding a method: %d %s", added.status, added.body.constData());
        return 0;
    }
    return added.json().value(QStringLiteral("id")).toInteger();
}

inline qint64 AchFixture::verifiedMethod(qint64 customerId)
{
    const qint64 method = addMethod(*m_agent, customerId);
    if (method == 0)
        return 0;
    const Reply verified
        = m_agent->post(methodPath(method, "verify"), rightAmounts(method),
                        {{"Idempotency-Key", "verify-" + QByteArray::number(method)}});
    return verified.status == 200 ? method : 0;
}

} // namespace pac::server::test::ach
