// The ACH endpoints of PortalClient (API.md "ACH authorization and verification") against the
// real reference portal (in-process, loopback): the authorization text, adding a bank account
// with its authorization, micro-deposit tries (wrong, repeated key, right, lock-out), the
// default method, the authorization PDF (a QGuiApplication, as the portal draws it),
// revocation, and a method nobody may see.
#include "LivePortal.h"
#include "models/AchAuthorizationText.h"
#include "models/AchBankDetails.h"
#include "server/MicroDeposits.h"

#include <algorithm>

using namespace pac;
using Kind = PortalError::Kind;

namespace {

bool hasCode(const PortalError &error, const QString &code, const QString &field = {})
{
    return std::any_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(),
                       [&](const FieldError &e) {
                           return e.code == code && (field.isEmpty() || e.field == field);
                       });
}

AchBankDetails bankDetails(const QString &account = QStringLiteral("000123456789"))
{
    AchBankDetails details;
    details.routingNumber = QStringLiteral("011000015"); // passes the ABA checksum
    details.accountNumber = account;
    details.holderName = QStringLiteral("Acme VoIP LLC");
    details.accountType = AchAccountType::Checking;
    return details;
}

AchAuthorization authorization(const QString &version
                               = QString(AchAuthorizationText::CurrentVersion))
{
    AchAuthorization a;
    a.secCode = AchSecCode::CCD;
    a.authorizedByName = QStringLiteral("Pat Doe");
    a.authorizedByTitle = QStringLiteral("Controller");
    a.method = AchAuthorizationMethod::Written;
    a.textVersion = version;
    a.acceptedAt = QDateTime::currentDateTimeUtc();
    return a;
}

QList<qint64> depositsOf(qint64 methodId)
{
    const auto [a, b] = server::MicroDeposits::amountsFor(methodId);
    return {a, b};
}

// Two amounts in range that are not the method's deposits.
QList<qint64> wrongDepositsOf(qint64 methodId)
{
    const QList<qint64> right = depositsOf(methodId);
    qint64 a = right.at(0) % 99 + 1;
    while (a == right.at(0) || a == right.at(1))
        a = a % 99 + 1;
    return {a, a};
}

} // namespace

class TestPortalAch : public QObject
{
    Q_OBJECT

private:
    Customer current(qint64 id)
    {
        const auto fetched = await<CustomerFetch>(
            [&](QObject *c, auto done) { return m_agent->getCustomer(id, {}, c, done); });
        return fetched.ok() ? fetched.value().customer : Customer();
    }

    // The first ACH-eligible customer of agent1 that no other test function took.
    std::optional<Customer> takeEligible()
    {
        const auto it
            = std::find_if(m_agentCustomers.begin(), m_agentCustomers.end(), [](const Customer &c) {
                  return c.ach.status == AchStatus::Eligible && c.status == CustomerStatus::Active;
              });
        if (it == m_agentCustomers.end())
            return std::nullopt;
        const Customer customer = *it;
        m_agentCustomers.erase(it);
        return customer;
    }

    PortalResult<PaymentMethod> add(const Customer &customer,
                                    const AchAuthorization &given = authorization(),
                                    const AchBankDetails &details = bankDetails())
    {
        const Customer fresh = current(customer.id);
        return await<PaymentMethod>([&](QObject *c, auto done) {
            return m_agent->addAchPaymentMethod(customer.id, details, given,
                                                {fresh.etag(), QUuid::createUuid()}, c, done);
        });
    }

    PortalResult<PaymentMethod> verify(qint64 methodId, const QList<qint64> &cents,
                                       const QUuid &key = QUuid::createUuid())
    {
        return await<PaymentMethod>([&](QObject *c, auto done) {
            return m_agent->verifyPaymentMethod(methodId, cents, key, c, done);
        });
    }

    std::optional<PaymentMethod> listed(qint64 customerId, qint64 methodId)
    {
        const auto methods = await<QList<PaymentMethod>>([&](QObject *c, auto done) {
            return m_agent->listPaymentMethods(customerId, c, done);
        });
        if (!methods.ok())
            return std::nullopt;
        for (const PaymentMethod &method : methods.value()) {
            if (method.id == methodId)
                return method;
        }
        return std::nullopt;
    }

    LivePortal m_portal;
    std::unique_ptr<PortalClient> m_support;
    std::unique_ptr<PortalClient> m_agent;
    QList<Customer> m_agentCustomers;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_portal.start(LivePortal::options(80), &error), qPrintable(error));
        m_support = m_portal.signedIn(QStringLiteral("support1"));
        m_agent = m_portal.signedIn(QStringLiteral("agent1"));
        QVERIFY(m_support && m_agent);
        CustomerListQuery query;
        query.limit = 1000;
        const auto page = await<CustomerPage>(
            [&](QObject *c, auto done) { return m_agent->listCustomers(query, c, done); });
        QVERIFY2(page.ok(), describe(page));
        m_agentCustomers = page.value().items;
    }

    void authorizationText()
    {
        const Customer customer = m_agentCustomers.constFirst();
        const auto text = await<AchAuthorizationTextResult>([&](QObject *c, auto done) {
            return m_agent->achAuthorizationText(customer.id, AchSecCode::TEL,
                                                 QStringLiteral("6789"), QStringLiteral("checking"),
                                                 c, done);
        });
        QVERIFY2(text.ok(), describe(text));
        QCOMPARE(text->version, QString(AchAuthorizationText::CurrentVersion));
        QCOMPARE(text->secCode, AchSecCode::TEL);
        // The portal's render of the shared text, for this customer's company and account.
        QCOMPARE(text->text,
                 AchAuthorizationText::text(AchAuthorizationText::CurrentVersion, AchSecCode::TEL,
                                            {QStringLiteral("Trunking Cloud Portal"), customer.name,
                                             QStringLiteral("6789"), QStringLiteral("checking")}));
        QVERIFY(text->text.contains(QStringLiteral("the checking account ending in 6789")));

        const auto badLast4 = await<AchAuthorizationTextResult>([&](QObject *c, auto done) {
            return m_agent->achAuthorizationText(customer.id, AchSecCode::CCD, QStringLiteral("67"),
                                                 {}, c, done);
        });
        QCOMPARE(outcomeOf(badLast4), kindName(Kind::Validation));
        QVERIFY2(
            hasCode(badLast4.error(), QStringLiteral("invalid_format"), QStringLiteral("last4")),
            describe(badLast4));
        const auto unknown = await<AchAuthorizationTextResult>([&](QObject *c, auto done) {
            return m_agent->achAuthorizationText(999'999, AchSecCode::CCD, {}, {}, c, done);
        });
        QCOMPARE(outcomeOf(unknown), kindName(Kind::NotFound));
    }

    void addRefusesABadAuthorization()
    {
        const auto customer = takeEligible();
        QVERIFY2(customer, "no ACH-eligible customer of agent1");
        const auto stale = add(*customer, authorization(QStringLiteral("2020-01.1")));
        QCOMPARE(outcomeOf(stale), kindName(Kind::Validation));
        QVERIFY2(hasCode(stale.error(), QStringLiteral("stale_authorization_text"),
                         QStringLiteral("authorization.text_version")),
                 describe(stale));
        AchAuthorization nameless = authorization();
        nameless.authorizedByName.clear();
        const auto refused = add(*customer, nameless);
        QCOMPARE(outcomeOf(refused), kindName(Kind::Validation));
        QVERIFY2(hasCode(refused.error(), QStringLiteral("required"),
                         QStringLiteral("authorization.authorized_by_name")),
                 describe(refused));
        // Nothing was added.
        const auto methods = await<QList<PaymentMethod>>([&](QObject *c, auto done) {
            return m_agent->listPaymentMethods(customer->id, c, done);
        });
        QVERIFY2(methods.ok(), describe(methods));
        QVERIFY(std::none_of(methods->cbegin(), methods->cend(), [](const PaymentMethod &m) {
            return m.last4 == QLatin1String("6789");
        }));
    }

    void addVerifyDefaultPdfRevoke()
    {
        const auto customer = takeEligible();
        QVERIFY2(customer, "no ACH-eligible customer of agent1");

        // Added with its authorization: pending, three tries, not the default, not yet ACH.
        const auto added = add(*customer);
        QVERIFY2(added.ok(), describe(added));
        const PaymentMethod method = added.value();
        QVERIFY(method.id > 0);
        QCOMPARE(method.type, QStringLiteral("ach"));
        QCOMPARE(method.last4, QStringLiteral("6789"));
        QCOMPARE(method.accountType, QStringLiteral("checking"));
        QCOMPARE(method.holderName, QStringLiteral("Acme VoIP LLC"));
        QCOMPARE(method.verification, AchVerificationState::Pending);
        QCOMPARE(method.triesLeft, 3);
        QVERIFY(!method.isDefault);
        QVERIFY(!method.isUsable());
        QVERIFY(!method.revoked);
        QVERIFY(method.authorization.has_value());
        QCOMPARE(method.authorization->secCode, std::optional(AchSecCode::CCD));
        QCOMPARE(method.authorization->authorizedByName, QStringLiteral("Pat Doe"));
        QCOMPARE(method.authorization->textVersion, QString(AchAuthorizationText::CurrentVersion));
        QVERIFY(method.authorization->text.contains(QStringLiteral("ending in 6789")));
        QVERIFY(!method.authorization->recordedBy.isEmpty());
        QCOMPARE(listed(customer->id, method.id), std::optional(method));
        QCOMPARE(current(customer->id).ach.status, AchStatus::Eligible);

        // Only a verified method can be the default.
        const auto early = await<PaymentMethod>([&](QObject *c, auto done) {
            return m_agent->setDefaultPaymentMethod(method.id, c, done);
        });
        QCOMPARE(early.error().httpStatus, 409);
        QVERIFY2(hasCode(early.error(), QStringLiteral("not_verified")), describe(early));

        // A wrong pair uses a try; the same key again answers the same without using one.
        const QUuid key = QUuid::createUuid();
        const auto wrong = verify(method.id, wrongDepositsOf(method.id), key);
        QCOMPARE(outcomeOf(wrong), kindName(Kind::Validation));
        QVERIFY2(hasCode(wrong.error(), QStringLiteral("wrong_amounts"),
                         QStringLiteral("amounts_cents")),
                 describe(wrong));
        QCOMPARE(wrong.error().triesLeft, std::optional(2));
        const auto repeated = verify(method.id, wrongDepositsOf(method.id), key);
        QCOMPARE(repeated.error().triesLeft, std::optional(2));
        QCOMPARE(listed(customer->id, method.id)->triesLeft, 2);
        const auto outOfRange = verify(method.id, {0, 150});
        QCOMPARE(outcomeOf(outOfRange), kindName(Kind::Validation));
        QCOMPARE(outOfRange.error().triesLeft, std::nullopt);
        QCOMPARE(listed(customer->id, method.id)->triesLeft, 2);

        // The right pair, in either order, verifies it: the customer may use ACH now.
        const Customer before = current(customer->id);
        QList<qint64> right = depositsOf(method.id);
        std::reverse(right.begin(), right.end());
        const auto verified = verify(method.id, right);
        QVERIFY2(verified.ok(), describe(verified));
        QCOMPARE(verified->verification, AchVerificationState::Verified);
        QVERIFY(verified->isUsable());
        const Customer enrolled = current(customer->id);
        QCOMPARE(enrolled.ach.status, AchStatus::Enabled);
        QVERIFY(enrolled.version > before.version);
        const auto again = verify(method.id, depositsOf(method.id));
        QCOMPARE(again.error().httpStatus, 409);

        const auto madeDefault = await<PaymentMethod>([&](QObject *c, auto done) {
            return m_agent->setDefaultPaymentMethod(method.id, c, done);
        });
        QVERIFY2(madeDefault.ok(), describe(madeDefault));
        QVERIFY(madeDefault->isDefault);
        const auto methods = await<QList<PaymentMethod>>([&](QObject *c, auto done) {
            return m_agent->listPaymentMethods(customer->id, c, done);
        });
        QVERIFY2(methods.ok(), describe(methods));
        QCOMPARE(std::count_if(methods->cbegin(), methods->cend(),
                               [](const PaymentMethod &m) { return m.isDefault; }),
                 1);

        const auto pdf = await<QByteArray>([&](QObject *c, auto done) {
            return m_agent->paymentMethodAuthorizationPdf(method.id, c, done);
        });
        QVERIFY2(pdf.ok(), describe(pdf));
        QVERIFY(pdf->startsWith("%PDF-"));
        QVERIFY(!pdf->contains("000123456789"));

        // Revoked: who, when, why; no longer the default; ACH follows; the PDF stays.
        const QString reason = QStringLiteral("The customer closed the account");
        const auto revoked = await<PaymentMethod>([&](QObject *c, auto done) {
            return m_agent->revokePaymentMethod(method.id, reason, c, done);
        });
        QVERIFY2(revoked.ok(), describe(revoked));
        QVERIFY(revoked->revoked.has_value());
        QCOMPARE(revoked->revoked->reason, reason);
        QVERIFY(!revoked->revoked->by.isEmpty());
        QVERIFY(revoked->revoked->at.isValid());
        QVERIFY(!revoked->isDefault);
        QVERIFY(!revoked->isUsable());
        QCOMPARE(current(customer->id).ach.status, AchStatus::Eligible);
        const auto twice = await<PaymentMethod>([&](QObject *c, auto done) {
            return m_agent->revokePaymentMethod(method.id, reason, c, done);
        });
        QCOMPARE(twice.error().httpStatus, 409);
        QVERIFY2(hasCode(twice.error(), QStringLiteral("revoked")), describe(twice));
        const auto kept = await<QByteArray>([&](QObject *c, auto done) {
            return m_agent->paymentMethodAuthorizationPdf(method.id, c, done);
        });
        QVERIFY2(kept.ok(), describe(kept));
        QVERIFY(kept->startsWith("%PDF-"));
    }

    void threeWrongTriesFailTheMethod()
    {
        const auto customer = takeEligible();
        QVERIFY2(customer, "no ACH-eligible customer of agent1");
        const auto added = add(*customer);
        QVERIFY2(added.ok(), describe(added));
        const qint64 id = added->id;
        QCOMPARE(verify(id, wrongDepositsOf(id)).error().triesLeft, std::optional(2));
        QCOMPARE(verify(id, wrongDepositsOf(id)).error().triesLeft, std::optional(1));
        const auto last = verify(id, wrongDepositsOf(id));
        QCOMPARE(outcomeOf(last), kindName(Kind::Validation));
        QVERIFY2(hasCode(last.error(), QStringLiteral("verification_failed")), describe(last));
        QCOMPARE(last.error().triesLeft.value_or(0), 0);
        const auto method = listed(customer->id, id);
        QVERIFY(method);
        QCOMPARE(method->verification, AchVerificationState::Failed);
        QCOMPARE(method->triesLeft, 0);
        // Failed for good: even the right pair is refused now.
        QCOMPARE(verify(id, depositsOf(id)).error().httpStatus, 409);
        QCOMPARE(current(customer->id).ach.status, AchStatus::Eligible);
    }

    void methodsOfInvisibleCustomersAreNotFound()
    {
        CustomerListQuery query;
        query.limit = 1000;
        const auto all = await<CustomerPage>(
            [&](QObject *c, auto done) { return m_support->listCustomers(query, c, done); });
        QVERIFY2(all.ok(), describe(all));
        std::optional<PaymentMethod> foreign;
        for (const Customer &customer : all->items) {
            const bool visible
                = std::any_of(m_agentCustomers.cbegin(), m_agentCustomers.cend(),
                              [&](const Customer &c) { return c.id == customer.id; });
            if (visible || customer.ach.status != AchStatus::Enabled)
                continue;
            const auto methods = await<QList<PaymentMethod>>([&](QObject *c, auto done) {
                return m_support->listPaymentMethods(customer.id, c, done);
            });
            QVERIFY2(methods.ok(), describe(methods));
            if (!methods->isEmpty()) {
                foreign = methods->constFirst();
                break;
            }
        }
        QVERIFY2(foreign, "no ACH method of a customer agent1 cannot see");
        // The seeded methods are verified defaults with a written CCD authorization.
        QCOMPARE(foreign->verification, AchVerificationState::Verified);
        QVERIFY(foreign->authorization.has_value());
        const qint64 id = foreign->id;
        QCOMPARE(outcomeOf(verify(id, depositsOf(id))), kindName(Kind::NotFound));
        QCOMPARE(outcomeOf(await<PaymentMethod>([&](QObject *c, auto done) {
                     return m_agent->setDefaultPaymentMethod(id, c, done);
                 })),
                 kindName(Kind::NotFound));
        QCOMPARE(outcomeOf(await<QByteArray>([&](QObject *c, auto done) {
                     return m_agent->paymentMethodAuthorizationPdf(id, c, done);
                 })),
                 kindName(Kind::NotFound));
        QCOMPARE(outcomeOf(await<PaymentMethod>([&](QObject *c, auto done) {
                     return m_agent->revokePaymentMethod(id, QStringLiteral("no"), c, done);
                 })),
                 kindName(Kind::NotFound));
        // Support may.
        const auto pdf = await<QByteArray>([&](QObject *c, auto done) {
            return m_support->paymentMethodAuthorizationPdf(id, c, done);
        });
        QVERIFY2(pdf.ok(), describe(pdf));
    }
};

QTEST_MAIN(TestPortalAch)
#include "tst_portal_ach.moc"
