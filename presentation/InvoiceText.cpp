#include "presentation/InvoiceText.h"

#include "models/BillingText.h"
#include "presentation/UiText.h"

#include <QStringList>

namespace pac {

namespace {

QString addresses(const QStringList &list)
{
    return list.isEmpty() ? InvoiceText::tr("nobody") : list.join(QStringLiteral(", "));
}

} // namespace

QString InvoiceText::paymentLine(const Payment &payment)
{
    const QString amount = UiText::money(payment.amountCents);
    const QString when = UiText::dateTime(payment.at);
    const bool ach = payment.method == PaymentMethodKind::Ach;
    if (payment.outcome == PaymentOutcome::Succeeded) {
        return ach ? tr("%1: ACH payment of %2").arg(when, amount)
                   : tr("%1: card payment of %2").arg(when, amount);
    }
    const QString reason = payment.failureReason.value_or(tr("no reason given"));
    return ach ? tr("%1: ACH payment of %2 failed (%3)").arg(when, amount, reason)
               : tr("%1: card payment of %2 failed (%3)").arg(when, amount, reason);
}

QString InvoiceText::deliveryLine(const InvoiceDelivery &delivery)
{
    const QString when = UiText::dateTime(delivery.at);
    if (!delivery.by) {
        return tr("%1: sent by the portal to %2; CC %3")
            .arg(when, addresses(delivery.to), addresses(delivery.cc));
    }
    return tr("%1: resent by %2 (%3) to %4; CC %5")
        .arg(when, delivery.by->person.name, BillingText::roleName(delivery.by->role),
             addresses(delivery.to), addresses(delivery.cc));
}

QString InvoiceText::detailHtml(const Invoice &invoice, const QList<Payment> &payments)
{
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(invoice.number.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Period %1 – %2 · issued %3 · due %4 · %5")
                         .arg(UiText::date(invoice.periodStart), UiText::date(invoice.periodEnd),
                              UiText::date(invoice.issuedOn), UiText::date(invoice.dueOn),
                              BillingText::invoiceStatusName(invoice.status))
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellpadding=\"2\"><tr><th align=\"left\">%1</th>"
                           "<th align=\"right\">%2</th><th align=\"right\">%3</th>"
                           "<th align=\"right\">%4</th></tr>")
                .arg(tr("Description").toHtmlEscaped(), tr("Quantity").toHtmlEscaped(),
                     tr("Unit price").toHtmlEscaped(), tr("Amount").toHtmlEscaped());
    for (const InvoiceLine &line : invoice.lines) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>"
                               "<td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                    .arg(line.description.toHtmlEscaped(), QLocale().toString(line.quantity),
                         UiText::money(line.unitCents).toHtmlEscaped(),
                         UiText::money(line.amountCents).toHtmlEscaped());
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td></td><td></td>"
                           "<td align=\"right\"><b>%2</b></td></tr></table>")
                .arg(tr("Total").toHtmlEscaped(),
                     UiText::money(invoice.amountCents).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Paid %1 of %2.")
                         .arg(UiText::money(invoice.paidCents), UiText::money(invoice.amountCents))
                         .toHtmlEscaped());

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Payments").toHtmlEscaped());
    QStringList lines;
    for (const Payment &payment : payments) {
        if (payment.invoiceId == invoice.id)
            lines << paymentLine(payment).toHtmlEscaped();
    }
    html += lines.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No payment yet.").toHtmlEscaped())
                            : QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Sent").toHtmlEscaped());
    lines.clear();
    for (const InvoiceDelivery &delivery : invoice.deliveries)
        lines << deliveryLine(delivery).toHtmlEscaped();
    html += lines.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("Not sent yet.").toHtmlEscaped())
                            : QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    return html;
}

} // namespace pac
