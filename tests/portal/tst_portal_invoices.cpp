// The invoice and payment endpoints of PortalClient against the real reference portal
// (in-process, loopback; a QGuiApplication, as the portal draws the PDF): listing (newest
// first, status filter, pages), one invoice, its PDF, a resend that happens once per key,
// payments, and visibility (another agent's invoice is 404).
#include "LivePortal.h"

#include <QSet>

using namespace pac;
using Kind = PortalError::Kind;

class TestPortalInvoices : public QObject
{
    Q_OBJECT

private:
    PortalResult<InvoicePage> list(PortalClient &client, qint64 customerId,
                                   const InvoiceQuery &query = {})
    {
        return await<InvoicePage>(
            [&](QObject *c, auto done) { return client.listInvoices(customerId, query, c, done); });
    }

    // Every invoice of the customer, through every page of `limit`.
    QList<Invoice> all(PortalClient &client, qint64 customerId, int limit)
    {
        QList<Invoice> invoices;
        InvoiceQuery query;
        query.limit = limit;
        for (int pages = 0; pages < 100; ++pages) {
            const auto page = list(client, customerId, query);
            if (!page.ok())
                return {};
            invoices.append(page->items);
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }
        return invoices;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_portal.start(LivePortal::options(40), &error), qPrintable(error));
        m_agent = m_portal.signedIn(QStringLiteral("agent1"));
        m_other = m_portal.signedIn(QStringLiteral("agent2"));
        QVERIFY(m_agent && m_other);
        const auto customers = await<CustomerPage>([&](QObject *c, auto done) {
            return m_agent->listCustomers(CustomerListQuery {}, c, done);
        });
        QVERIFY(customers.ok());
        QVERIFY(!customers->items.isEmpty());
        m_customer = customers->items.first();
    }

    void listsNewestFirstThroughPages()
    {
        const auto first = list(*m_agent, m_customer.id);
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        // At least twelve months of monthly invoices per demo customer.
        QVERIFY2(first->items.size() >= 12, qPrintable(QString::number(first->items.size())));
        const QList<Invoice> paged = all(*m_agent, m_customer.id, 5);
        QList<Invoice> whole = first->items;
        for (QString cursor = first->nextCursor; !cursor.isEmpty();) {
            InvoiceQuery query;
            query.cursor = cursor;
            const auto next = list(*m_agent, m_customer.id, query);
            QVERIFY(next.ok());
            whole.append(next->items);
            cursor = next->nextCursor;
        }
        QCOMPARE(paged.size(), whole.size());
        QSet<qint64> ids;
        for (qsizetype i = 0; i < paged.size(); ++i) {
            QCOMPARE(paged.at(i).id, whole.at(i).id);
            QCOMPARE(paged.at(i).customerId, m_customer.id);
            QVERIFY(!paged.at(i).number.isEmpty());
            QVERIFY(!paged.at(i).lines.isEmpty());
            if (i > 0)
                QVERIFY(paged.at(i - 1).issuedOn >= paged.at(i).issuedOn);
            ids.insert(paged.at(i).id);
        }
        QCOMPARE(ids.size(), paged.size());
    }

    void filtersByStatus()
    {
        const QList<Invoice> every = all(*m_agent, m_customer.id, 100);
        for (InvoiceStatus status : {InvoiceStatus::Open, InvoiceStatus::Paid,
                                     InvoiceStatus::PastDue, InvoiceStatus::Void}) {
            InvoiceQuery query;
            query.status = status;
            query.limit = 100;
            const auto page = list(*m_agent, m_customer.id, query);
            QVERIFY2(page.ok(), qPrintable(describe(page)));
            int expected = 0;
            for (const Invoice &invoice : every)
                expected += invoice.status == status ? 1 : 0;
            QCOMPARE(page->items.size(), expected);
            for (const Invoice &invoice : page->items)
                QCOMPARE(invoice.status, status);
        }
    }

    void oneInvoiceAndItsPdf()
    {
        const auto page = list(*m_agent, m_customer.id);
        QVERIFY(page.ok() && !page->items.isEmpty());
        const Invoice &listed = page->items.first();
        const auto one = await<Invoice>(
            [&](QObject *c, auto done) { return m_agent->getInvoice(listed.id, c, done); });
        QVERIFY2(one.ok(), qPrintable(describe(one)));
        QCOMPARE(one->number, listed.number);
        QCOMPARE(one->amountCents, listed.amountCents);
        QCOMPARE(one->lines, listed.lines);

        const auto pdf = await<QByteArray>(
            [&](QObject *c, auto done) { return m_agent->invoicePdf(listed.id, c, done); });
        QVERIFY2(pdf.ok(), qPrintable(describe(pdf)));
        QVERIFY(pdf->startsWith("%PDF-"));
    }

    void anotherAgentsInvoiceIsNotFound()
    {
        const auto page = list(*m_agent, m_customer.id);
        QVERIFY(page.ok() && !page->items.isEmpty());
        const qint64 id = page->items.first().id;
        const auto one = await<Invoice>(
            [&](QObject *c, auto done) { return m_other->getInvoice(id, c, done); });
        QVERIFY(!one.ok());
        QCOMPARE(one.error().kind, Kind::NotFound);
        const auto pdf = await<QByteArray>(
            [&](QObject *c, auto done) { return m_other->invoicePdf(id, c, done); });
        QVERIFY(!pdf.ok());
        QCOMPARE(pdf.error().kind, Kind::NotFound);
        const auto listed = list(*m_other, m_customer.id);
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().kind, Kind::NotFound);
    }

    void aResendHappensOncePerKey()
    {
        const auto page = list(*m_agent, m_customer.id);
        QVERIFY(page.ok() && !page->items.isEmpty());
        const Invoice &invoice = page->items.first();
        const QUuid key = QUuid::createUuid();
        const auto sent = await<InvoiceDelivery>(
            [&](QObject *c, auto done) { return m_agent->sendInvoice(invoice.id, key, c, done); });
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        QVERIFY(sent->by.has_value());
        QCOMPARE(sent->by->role, Role::Agent);
        // To the billing contacts, CC the Additional Invoice Emails, as they are now.
        QStringList contacts;
        for (const BillingContact &contact : m_customer.billingContacts)
            contacts << contact.email;
        QCOMPARE(sent->to, contacts);
        QCOMPARE(sent->cc, m_customer.invoiceEmails);

        const auto again = await<InvoiceDelivery>(
            [&](QObject *c, auto done) { return m_agent->sendInvoice(invoice.id, key, c, done); });
        QVERIFY(again.ok());
        QCOMPARE(again->id, sent->id);
        const auto after = await<Invoice>(
            [&](QObject *c, auto done) { return m_agent->getInvoice(invoice.id, c, done); });
        QVERIFY(after.ok());
        QCOMPARE(after->deliveries.size(), invoice.deliveries.size() + 1);
        QCOMPARE(after->deliveries.last().id, sent->id);
    }

    void paymentsOfTheCustomer()
    {
        const auto payments = await<PaymentPage>([&](QObject *c, auto done) {
            return m_agent->listPayments(m_customer.id, InvoiceQuery {}, c, done);
        });
        QVERIFY2(payments.ok(), qPrintable(describe(payments)));
        const QList<Invoice> invoices = all(*m_agent, m_customer.id, 100);
        QSet<qint64> invoiceIds;
        for (const Invoice &invoice : invoices)
            invoiceIds.insert(invoice.id);
        for (const Payment &payment : payments->items) {
            QVERIFY(invoiceIds.contains(payment.invoiceId));
            QCOMPARE(payment.failureReason.has_value(), payment.outcome == PaymentOutcome::Failed);
        }
    }

private:
    LivePortal m_portal;
    std::unique_ptr<PortalClient> m_agent;
    std::unique_ptr<PortalClient> m_other;
    Customer m_customer;
};

QTEST_MAIN(TestPortalInvoices)
#include "tst_portal_invoices.moc"
