// ACH authorization and verification (billing rule 8, issue 12) over loopback against the real
// portal (EmbeddedPortal): the authorization text of each entry class and its refusals, adding
// a method only with a current authorization (nothing stored on a refusal), a new method
// pending with the customer's ACH not yet enabled, the micro-deposit tries and the lock-out, and
// a replayed Idempotency-Key that uses no try. tst_server_achlifecycle has the rest.
#include "AchServerTest.h"

using namespace pac;
using namespace pac::server;
using namespace pac::server::test;
using namespace pac::server::test::ach;

class TestServerAch : public QObject, protected AchFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { start(); }
    void cleanupTestCase() { stop(); }

    void authorizationTextNamesThePartiesForEachEntryClass_data();
    void authorizationTextNamesThePartiesForEachEntryClass();
    void authorizationTextRefusals_data();
    void authorizationTextRefusals();
    void addingNeedsACurrentAuthorization_data();
    void addingNeedsACurrentAuthorization();
    void aNewMethodIsPendingAndDoesNotEnableAch();
    void twoWrongTriesThenTheRightAmountsVerify();
    void threeWrongTriesFailTheMethod();
    void aReplayedIdempotencyKeyUsesNoTry();
    void theActionsNeedAnIdempotencyKey();

private:
    qint64 m_refusalCustomer = 0;
};

// ---------------------------------------------------------------------------------------------

void TestServerAch::authorizationTextNamesThePartiesForEachEntryClass_data()
{
    QTest::addColumn<QString>("secCode");
    QTest::addColumn<QString>("opening");
    QTest::newRow("CCD")
        << "CCD"
        << "Authorization of ACH debits (CCD, business account), version 2026-12.1.";
    QTest::newRow("PPD") << "PPD"
                         << "Authorization of ACH debits (PPD, consumer account, signed), version "
                            "2026-12.1.";
    QTest::newRow("TEL: a script to read aloud")
        << "TEL"
        << "Script for a telephone authorization of ACH debits (TEL), version 2026-12.1. Read it "
           "aloud and ask for a clear yes.";
    QTest::newRow("WEB") << "WEB"
                         << "Authorization of ACH debits (WEB, consumer account, online), version "
                            "2026-12.1.";
}

void TestServerAch::authorizationTextNamesThePartiesForEachEntryClass()
{
    QFETCH(QString, secCode);
    QFETCH(QString, opening);
    const QJsonObject customer = m_customers.at(0).toObject();
    const qint64 id = customer.value(QStringLiteral("id")).toInteger();
    const QString company = customer.value(QStringLiteral("name")).toString();
    const Reply reply = m_support->get(
        QStringLiteral("/ach/authorization-text?customer_id=%1&sec_code=%2&last4=6789"
                       "&account_type=savings")
            .arg(id)
            .arg(secCode));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("version")).toString(), kVersion);
    QCOMPARE(body.value(QStringLiteral("sec_code")).toString(), secCode);
    const QString text = body.value(QStringLiteral("text")).toString();
    QVERIFY2(text.startsWith(opening), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Trunking Cloud Portal to debit the savings account "
                                          "ending in 6789 for the amount of each invoice "
                                          "Trunking Cloud Portal issues to ")
                           + company + QStringLiteral(", on the invoice's due date")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("It can be revoked at any time")));

    // Without the account yet: a blank for the last 4 digits.
    const Reply blank = m_support->get(
        QStringLiteral("/ach/authorization-text?customer_id=%1&sec_code=%2").arg(id).arg(secCode));
    QCOMPARE(blank.status, 200);
    QVERIFY(blank.json()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QLatin1String("the bank account ending in ____")));
}

void TestServerAch::authorizationTextRefusals_data()
{
    QTest::addColumn<QString>("query"); // {mine}, {other}: a customer of agent1, of agent2
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("no sec_code") << "customer_id={mine}" << 422 << "sec_code"
                                 << "required";
    QTest::newRow("unknown sec_code") << "customer_id={mine}&sec_code=ARC" << 422 << "sec_code"
                                      << "invalid_format";
    QTest::newRow("last4 not 4 digits")
        << "customer_id={mine}&sec_code=CCD&last4=12a4" << 422 << "last4"
        << "invalid_format";
    QTest::newRow("unknown account type")
        << "customer_id={mine}&sec_code=CCD&account_type=brokerage" << 422 << "account_type"
        << "invalid_format";
    QTest::newRow("no customer_id") << "sec_code=CCD" << 400 << "customer_id"
                                    << "required";
    QTest::newRow("unknown parameter")
        << "customer_id={mine}&sec_code=CCD&routing=011000015" << 400 << "routing"
        << "unknown_parameter";
    QTest::newRow("another agent's customer")
        << "customer_id={other}&sec_code=CCD" << 404 << QString() << QString();
    QTest::newRow("no such customer")
        << "customer_id=999999&sec_code=CCD" << 404 << QString() << QString();
}

void TestServerAch::authorizationTextRefusals()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, code);
    query.replace(
        QStringLiteral("{mine}"),
        QString::number(m_customers.at(0).toObject().value(QStringLiteral("id")).toInteger()));
    // Customer 1 is agent1's in the demo; find one of agent2's.
    for (const QJsonValue &item : std::as_const(m_customers)) {
        const QJsonObject c = item.toObject();
        if (c.value(QStringLiteral("agent")).toObject().value(QStringLiteral("id")).toInteger()
            == 4) {
            query.replace(QStringLiteral("{other}"),
                          QString::number(c.value(QStringLiteral("id")).toInteger()));
            break;
        }
    }
    QCOMPARE(m_customers.at(0)
                 .toObject()
                 .value(QStringLiteral("agent"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
             3);
    const Reply reply = m_agent->get(QStringLiteral("/ach/authorization-text?") + query);
    QCOMPARE(reply.status, status);
    if (!code.isEmpty()) {
        QCOMPARE(reply.errorFields(), QStringList {field});
        QCOMPARE(reply.errorCodes(), QStringList {code});
    }
}

// ---------------------------------------------------------------------------------------------

void TestServerAch::addingNeedsACurrentAuthorization_data()
{
    QTest::addColumn<QJsonValue>("authorizationValue"); // undefined: no member
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("no authorization")
        << QJsonValue(QJsonValue::Undefined) << 422 << QStringList {"authorization"}
        << QStringList {"authorization_required"};
    QTest::newRow("authorization not an object")
        << QJsonValue(QStringLiteral("yes")) << 422 << QStringList {"authorization"}
        << QStringList {"authorization_required"};
    QJsonObject stale = authorization();
    stale.insert(QStringLiteral("text_version"), QStringLiteral("2025-06.1"));
    QTest::newRow("stale text version")
        << QJsonValue(stale) << 422 << QStringList {"authorization.text_version"}
        << QStringList {"stale_authorization_text"};
    QTest::newRow("PPD on a recorded call")
        << QJsonValue(authorization(QStringLiteral("PPD"), QStringLiteral("recorded_call"))) << 422
        << QStringList {"authorization.method"} << QStringList {"invalid_transition"};
    QJsonObject nameless = authorization();
    nameless.remove(QStringLiteral("authorized_by_name"));
    QTest::newRow("no authorizer")
        << QJsonValue(nameless) << 422 << QStringList {"authorization.authorized_by_name"}
        << QStringList {"required"};
    QTest::newRow("unknown entry class, named once")
        << QJsonValue(authorization(QStringLiteral("ARC"))) << 422
        << QStringList {"authorization.sec_code"} << QStringList {"invalid_format"};
    QJsonObject mistyped = authorization();
    mistyped.insert(QStringLiteral("accepted_at"), 1773567000);
    QTest::newRow("a member of the wrong type")
        << QJsonValue(mistyped) << 400 << QStringList {"authorization.accepted_at"}
        << QStringList {"wrong_type"};
}

void TestServerAch::addingNeedsACurrentAuthorization()
{
    QFETCH(QJsonValue, authorizationValue);
    QFETCH(int, status);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, codes);
    if (m_refusalCustomer == 0)
        m_refusalCustomer = customerOf(3, QStringLiteral("eligible"));
    const qint64 id = m_refusalCustomer;
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const Reply before = m_agent->get(path);
    const Reply methodsBefore = m_agent->get(path + QStringLiteral("/payment-methods"));
    const Reply historyBefore = m_agent->get(path + QStringLiteral("/history"));
    const Reply reply
        = m_agent->post(path + QStringLiteral("/payment-methods"), achBody(authorizationValue),
                        {{"If-Match", before.header("ETag")}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorFields(), fields);
    QCOMPARE(reply.errorCodes(), codes);
    // Nothing stored: the customer, its methods and its history are as they were.
    QCOMPARE(m_agent->get(path).body, before.body);
    QCOMPARE(m_agent->get(path + QStringLiteral("/payment-methods")).body, methodsBefore.body);
    QCOMPARE(m_agent->get(path + QStringLiteral("/history")).body, historyBefore.body);
    QVERIFY(!reply.body.contains(kAccount.toLatin1()));
}

void TestServerAch::aNewMethodIsPendingAndDoesNotEnableAch()
{
    const qint64 id = customerOf(3, QStringLiteral("eligible"));
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const Reply before = m_agent->get(path);
    const Reply added = m_agent->post(path + QStringLiteral("/payment-methods"), achBody(),
                                      {{"If-Match", before.header("ETag")}});
    QCOMPARE(added.status, 201);
    QVERIFY(!added.body.contains(kAccount.toLatin1()));
    QVERIFY(!added.body.contains(kRouting.toLatin1()));
    const QJsonObject method = added.json();
    QCOMPARE(method.value(QStringLiteral("type")).toString(), QStringLiteral("ach"));
    QCOMPARE(method.value(QStringLiteral("last4")).toString(), QStringLiteral("6789"));
    QCOMPARE(method.value(QStringLiteral("account_type")).toString(), QStringLiteral("checking"));
    QCOMPARE(method.value(QStringLiteral("holder_name")).toString(), QStringLiteral("Test Holder"));
    QVERIFY(method.value(QStringLiteral("bank_name")).isNull());
    QCOMPARE(method.value(QStringLiteral("verification")).toString(), QStringLiteral("pending"));
    QCOMPARE(method.value(QStringLiteral("tries_left")).toInteger(), 3);
    QCOMPARE(method.value(QStringLiteral("default")).toBool(), false);
    QVERIFY(method.value(QStringLiteral("revoked")).isNull());
    QVERIFY(method.value(QStringLiteral("created_at")).isString());
    const QJsonObject a = method.value(QStringLiteral("authorization")).toObject();
    QCOMPARE(a.value(QStringLiteral("sec_code")).toString(), QStringLiteral("CCD"));
    QCOMPARE(a.value(QStringLiteral("authorized_by_name")).toString(),
             QStringLiteral("Dana Owner"));
    QCOMPARE(a.value(QStringLiteral("authorized_by_title")).toString(), QStringLiteral("CFO"));
    QCOMPARE(a.value(QStringLiteral("method")).toString(), QStringLiteral("written"));
    QCOMPARE(a.value(QStringLiteral("text_version")).toString(), kVersion);
    QCOMPARE(a.value(QStringLiteral("accepted_at")).toString(),
             QStringLiteral("2026-03-15T09:30:00.000Z"));
    QCOMPARE(a.value(QStringLiteral("recorded_by")).toString(), QStringLiteral("Alex Agent"));
    // The portal's own render of the current text, for this account and this customer.
    const QString company = before.json().value(QStringLiteral("name")).toString();
    const QString text = a.value(QStringLiteral("text")).toString();
    QVERIFY2(text.startsWith(QLatin1String("Authorization of ACH debits (CCD, business account), "
                                           "version 2026-12.1.\nOn behalf of ")
                             + company),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("the checking account ending in 6789")));

    // The customer has a new version, but ACH is not enabled before the deposits are verified.
    const Reply after = m_agent->get(path);
    QCOMPARE(added.header("ETag"), after.header("ETag"));
    QCOMPARE(versionOf(after), versionOf(before) + 1);
    QCOMPARE(achStatus(after), QStringLiteral("eligible"));
    const QJsonArray methods = m_agent->get(path + QStringLiteral("/payment-methods")).items();
    QVERIFY(methods.contains(QJsonValue(method)));

    const QJsonObject entry = firstEntry(*m_agent, id);
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("ach_method_added"));
    QCOMPARE(entry.value(QStringLiteral("field")).toString(), QStringLiteral("payment_methods"));
    const QJsonObject entryAfter = entry.value(QStringLiteral("after")).toObject();
    QCOMPARE(entryAfter.value(QStringLiteral("last4")).toString(), QStringLiteral("6789"));
    QCOMPARE(entryAfter.value(QStringLiteral("verification")).toString(),
             QStringLiteral("pending"));
}

void TestServerAch::twoWrongTriesThenTheRightAmountsVerify()
{
    const qint64 customer = customerOf(3, QStringLiteral("eligible"));
    QVERIFY(customer > 0);
    const QString path = QStringLiteral("/customers/%1").arg(customer);
    const qint64 method = addMethod(*m_agent, customer);
    QVERIFY(method > 0);

    Reply reply = m_agent->post(methodPath(method, "verify"), wrongAmounts(method));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("wrong_amounts")});
    QCOMPARE(reply.errorFields(), QStringList {QStringLiteral("amounts_cents")});
    QCOMPARE(reply.json().value(QStringLiteral("tries_left")).toInteger(), 2);
    QVERIFY2(reply.body.contains("2 tries left"), reply.body.constData());
    reply = m_agent->post(methodPath(method, "verify"), wrongAmounts(method));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json().value(QStringLiteral("tries_left")).toInteger(), 1);
    QVERIFY2(reply.body.contains("1 try left"), reply.body.constData());
    // Amounts out of range are refused without using a try.
    reply = m_agent->post(methodPath(method, "verify"), amounts(0, 120));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("invalid_format")});
    reply = m_agent->post(methodPath(method, "verify"),
                          {{QStringLiteral("amounts_cents"), QJsonArray {12}}});
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("too_few")});
    reply = m_agent->post(methodPath(method, "verify"),
                          {{QStringLiteral("amounts_cents"), QStringLiteral("0.32,0.45")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("wrong_type")});
    const QJsonObject pending = listed(*m_agent, customer, method);
    QCOMPARE(pending.value(QStringLiteral("verification")).toString(), QStringLiteral("pending"));
    QCOMPARE(pending.value(QStringLiteral("tries_left")).toInteger(), 1);
    QCOMPARE(achStatus(m_agent->get(path)), QStringLiteral("eligible"));

    const Reply before = m_agent->get(path);
    reply = m_agent->post(methodPath(method, "verify"), rightAmounts(method));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("verification")).toString(),
             QStringLiteral("verified"));
    QCOMPARE(reply.json().value(QStringLiteral("tries_left")).toInteger(), 1);
    // The customer's ACH is enabled now: a new version, whose ETag the answer carries.
    const Reply after = m_agent->get(path);
    QCOMPARE(achStatus(after), QStringLiteral("enabled"));
    QCOMPARE(versionOf(after), versionOf(before) + 1);
    QCOMPARE(reply.header("ETag"), after.header("ETag"));
    QVERIFY(reply.header("ETag") != before.header("ETag"));

    const QJsonObject entry = firstEntry(*m_agent, customer);
    QCOMPARE(entry.value(QStringLiteral("action")).toString(),
             QStringLiteral("ach_method_verified"));
    QCOMPARE(entry.value(QStringLiteral("before"))
                 .toObject()
                 .value(QStringLiteral("verification"))
                 .toString(),
             QStringLiteral("pending"));
    QCOMPARE(entry.value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("verification"))
                 .toString(),
             QStringLiteral("verified"));
    const Reply history = m_agent->get(path + QStringLiteral("/history"));
    QVERIFY(!history.body.contains("amounts"));
    QVERIFY(!history.body.contains(kAccount.toLatin1()));

    // Verified is final: another verification is a conflict.
    reply = m_agent->post(methodPath(method, "verify"), rightAmounts(method));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("invalid_transition")});
}

void TestServerAch::threeWrongTriesFailTheMethod()
{
    const qint64 customer = customerOf(3, QStringLiteral("eligible"));
    QVERIFY(customer > 0);
    const QString path = QStringLiteral("/customers/%1").arg(customer);
    const qint64 method = addMethod(*m_agent, customer);
    QVERIFY(method > 0);
    for (int triesLeft : {2, 1}) {
        const Reply reply = m_agent->post(methodPath(method, "verify"), wrongAmounts(method));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("wrong_amounts")});
        QCOMPARE(reply.json().value(QStringLiteral("tries_left")).toInteger(), triesLeft);
    }
    Reply reply = m_agent->post(methodPath(method, "verify"), wrongAmounts(method));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("verification_failed")});
    QCOMPARE(reply.errorFields(), QStringList {QStringLiteral("amounts_cents")});
    QCOMPARE(reply.json().value(QStringLiteral("tries_left")).toInteger(), 0);
    const QJsonObject failed = listed(*m_agent, customer, method);
    QCOMPARE(failed.value(QStringLiteral("verification")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QStringLiteral("tries_left")).toInteger(), 0);
    QCOMPARE(achStatus(m_agent->get(path)), QStringLiteral("eligible"));
    const QJsonObject entry = firstEntry(*m_agent, customer);
    QCOMPARE(entry.value(QStringLiteral("action")).toString(),
             QStringLiteral("ach_method_verification_failed"));
    QCOMPARE(entry.value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("verification"))
                 .toString(),
             QStringLiteral("failed"));

    // Locked out: even the right amounts are refused; a new method is needed.
    reply = m_agent->post(methodPath(method, "verify"), rightAmounts(method));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("invalid_transition")});
    QCOMPARE(achStatus(m_agent->get(path)), QStringLiteral("eligible"));
}

void TestServerAch::aReplayedIdempotencyKeyUsesNoTry()
{
    const qint64 customer = customerOf(3, QStringLiteral("eligible"));
    QVERIFY(customer > 0);
    const qint64 method = addMethod(*m_agent, customer);
    QVERIFY(method > 0);
    const Reply first = m_agent->post(methodPath(method, "verify"), wrongAmounts(method),
                                      {{"Idempotency-Key", "try-1"}});
    QCOMPARE(first.status, 422);
    QCOMPARE(first.json().value(QStringLiteral("tries_left")).toInteger(), 2);
    const Reply replayed = m_agent->post(methodPath(method, "verify"), wrongAmounts(method),
                                         {{"Idempotency-Key", "try-1"}});
    QCOMPARE(replayed.status, 422);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replayed.body, first.body);
    QCOMPARE(listed(*m_agent, customer, method).value(QStringLiteral("tries_left")).toInteger(), 2);
    // The same key for other amounts is another request.
    const Reply reused = m_agent->post(methodPath(method, "verify"), rightAmounts(method),
                                       {{"Idempotency-Key", "try-1"}});
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCodes(), QStringList {QStringLiteral("idempotency_key_reused")});

    const Reply verified = m_agent->post(methodPath(method, "verify"), rightAmounts(method),
                                         {{"Idempotency-Key", "try-2"}});
    QCOMPARE(verified.status, 200);
    const Reply again = m_agent->post(methodPath(method, "verify"), rightAmounts(method),
                                      {{"Idempotency-Key", "try-2"}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.body, verified.body);
    QCOMPARE(listed(*m_agent, customer, method).value(QStringLiteral("tries_left")).toInteger(), 2);
}

// API.md: the actions on a payment method take no If-Match and require the key instead;
// without one nothing happens (no try is used, nothing is revoked).
void TestServerAch::theActionsNeedAnIdempotencyKey()
{
    const qint64 customer = customerOf(3, QStringLiteral("eligible"));
    QVERIFY(customer > 0);
    const qint64 method = addMethod(*m_agent, customer);
    QVERIFY(method > 0);
    PortalTestClient bare(m_base);
    QVERIFY(bare.signIn(QStringLiteral("agent1")));
    const QList<QPair<const char *, QJsonObject>> actions {
        {"verify", wrongAmounts(method)},
        {"default", {}},
        {"revoke", {{QStringLiteral("reason"), QStringLiteral("no key")}}}};
    for (const auto &[action, body] : actions) {
        const Reply refused = bare.post(methodPath(method, action), body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCodes(), QStringList {QStringLiteral("idempotency_key_required")});
    }
    const QJsonObject shown = listed(*m_agent, customer, method);
    QCOMPARE(shown.value(QStringLiteral("tries_left")).toInteger(), 3);
    QVERIFY(shown.value(QStringLiteral("revoked")).isNull());
}

QTEST_MAIN(TestServerAch)
#include "tst_server_ach.moc"
