// The Invoices tab's model (presentation/InvoiceTableModel): passes QAbstractItemModelTester
// through its resets, and shows each column as the tab reads it (en_US).
#include "presentation/InvoiceTableModel.h"
#include "presentation/InvoiceText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pac;

namespace {

Invoice invoice(qint64 id, const QString &number, InvoiceStatus status, int deliveries)
{
    Invoice i;
    i.id = id;
    i.number = number;
    i.customerId = 5;
    i.issuedOn = QDate(2026, 10, 1);
    i.dueOn = QDate(2026, 10, 16);
    i.amountCents = 124'050;
    i.paidCents = status == InvoiceStatus::Paid ? 124'050 : 0;
    i.status = status;
    for (int d = 0; d < deliveries; ++d) {
        InvoiceDelivery delivery;
        delivery.id = id * 10 + d;
        delivery.at = QDateTime(QDate(2026, 10, 1 + d), QTime(6, 0), Qt::UTC);
        delivery.to = {QStringLiteral("billing@acme.example")};
        delivery.cc = d == 0
            ? QStringList {}
            : QStringList {QStringLiteral("ap@acme.example"), QStringLiteral("cfo@acme.example")};
        i.deliveries.append(delivery);
    }
    return i;
}

using Column = InvoiceTableModel::Column;

} // namespace

class TestItemModelInvoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesTheModelTesterThroughResets()
    {
        InvoiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setInvoices({invoice(2, QStringLiteral("INV-2026-0142"), InvoiceStatus::PastDue, 2),
                           invoice(1, QStringLiteral("INV-2026-0101"), InvoiceStatus::Paid, 1)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 7);
        model.setInvoices({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 2);
        QVERIFY(!model.invoiceAt(0));
    }

    void columnsReadAsTheTabShowsThem()
    {
        InvoiceTableModel model;
        model.setInvoices({invoice(2, QStringLiteral("INV-2026-0142"), InvoiceStatus::PastDue, 2),
                           invoice(1, QStringLiteral("INV-2026-0101"), InvoiceStatus::Paid, 0)});
        auto text = [&model](int row, Column column) {
            return model.index(row, int(column)).data().toString();
        };
        QCOMPARE(text(0, Column::Number), QStringLiteral("INV-2026-0142"));
        QCOMPARE(text(0, Column::Issued), QStringLiteral("10/1/26"));
        QCOMPARE(text(0, Column::Due), QStringLiteral("10/16/26"));
        QCOMPARE(text(0, Column::Amount), QStringLiteral("$1,240.50"));
        QCOMPARE(text(0, Column::Paid), QStringLiteral("$0.00"));
        QCOMPARE(text(0, Column::Status), QStringLiteral("Past due"));
        QCOMPARE(text(0, Column::SentTo), QStringLiteral("To 1 · CC 2"));
        QCOMPARE(text(1, Column::Status), QStringLiteral("Paid"));
        QCOMPARE(text(1, Column::SentTo), QStringLiteral("Not sent"));

        // Colour is never the only signal: the status says it in words, the role lets the
        // delegate colour the row.
        QCOMPARE(model.index(0, int(Column::Amount)).data(InvoiceTableModel::PastDueRole).toBool(),
                 true);
        QCOMPARE(model.index(1, int(Column::Amount)).data(InvoiceTableModel::PastDueRole).toBool(),
                 false);
        QCOMPARE(model.index(1, 0).data(InvoiceTableModel::InvoiceIdRole).toLongLong(), 1);
        QCOMPARE(model.index(0, int(Column::Amount)).data(InvoiceTableModel::RawRole).toLongLong(),
                 124'050);
        QCOMPARE(model.index(0, int(Column::Status)).data(InvoiceTableModel::RawRole).toString(),
                 QStringLiteral("past_due"));

        // The time in the machine's zone, as every time of the console is shown.
        const QString sentAt
            = QLocale().toString(QDateTime(QDate(2026, 10, 2), QTime(6, 0), Qt::UTC).toLocalTime(),
                                 QLocale::ShortFormat);
        QCOMPARE(model.index(0, int(Column::SentTo)).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Sent %1\nTo: billing@acme.example\n"
                                "CC: ap@acme.example, cfo@acme.example")
                     .arg(sentAt));
        QCOMPARE(model.index(1, int(Column::SentTo)).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("This invoice has not been sent yet."));
        QCOMPARE(model.headerData(int(Column::SentTo), Qt::Horizontal).toString(),
                 QStringLiteral("Sent to"));
    }

    void theSelectedInvoiceNamesItsPaymentsAndSendings()
    {
        const auto at = [](QDate day, QTime time) { return QDateTime(day, time, Qt::UTC); };
        const auto local = [](const QDateTime &time) {
            return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
        };
        Payment failed;
        failed.id = 30;
        failed.invoiceId = 2;
        failed.at = at(QDate(2026, 10, 16), QTime(9, 0));
        failed.method = PaymentMethodKind::Card;
        failed.amountCents = 24'000;
        failed.outcome = PaymentOutcome::Failed;
        failed.failureReason = QStringLiteral("insufficient funds");
        QCOMPARE(InvoiceText::paymentLine(failed),
                 QStringLiteral("%1: card payment of $240.00 failed (insufficient funds)")
                     .arg(local(failed.at)));
        Payment paid = failed;
        paid.id = 31;
        paid.method = PaymentMethodKind::Ach;
        paid.outcome = PaymentOutcome::Succeeded;
        paid.failureReason.reset();
        QCOMPARE(InvoiceText::paymentLine(paid),
                 QStringLiteral("%1: ACH payment of $240.00").arg(local(paid.at)));

        const Invoice sent = invoice(2, QStringLiteral("INV-2026-0142"), InvoiceStatus::PastDue, 2);
        QCOMPARE(InvoiceText::deliveryLine(sent.deliveries.first()),
                 QStringLiteral("%1: sent by the portal to billing@acme.example; CC nobody")
                     .arg(local(sent.deliveries.first().at)));
        InvoiceDelivery resent = sent.deliveries.last();
        resent.by = InvoiceSender {{7, QStringLiteral("Ana Agent")}, Role::Agent};
        QCOMPARE(InvoiceText::deliveryLine(resent),
                 QStringLiteral("%1: resent by Ana Agent (Agent) to billing@acme.example; CC "
                                "ap@acme.example, cfo@acme.example")
                     .arg(local(resent.at)));

        // Only this invoice's payments, every sending, and the lines and total, escaped.
        Invoice withLines = sent;
        withLines.lines = {{QStringLiteral("DIDs <local>"), 4, 125, 500}};
        Payment other = paid;
        other.invoiceId = 99;
        other.amountCents = 777;
        const QString html = InvoiceText::detailHtml(withLines, {failed, other});
        QVERIFY(html.contains(QStringLiteral("<h3>INV-2026-0142</h3>")));
        QVERIFY(html.contains(QStringLiteral("DIDs &lt;local&gt;")));
        QVERIFY(html.contains(QStringLiteral("$1,240.50")));
        QVERIFY(html.contains(QStringLiteral("insufficient funds")));
        QVERIFY(!html.contains(QStringLiteral("$7.77")));
        QVERIFY(html.contains(QStringLiteral("cfo@acme.example")));
    }
};

QTEST_APPLESS_MAIN(TestItemModelInvoices)
#include "tst_itemmodel_invoices.moc"
