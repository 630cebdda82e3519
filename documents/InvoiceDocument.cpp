#include "documents/InvoiceDocument.h"

#include "documents/Log.h"
#include "documents/PdfWriter.h"
#include "models/BillingText.h"
#include "models/Money.h"

#include <QTextDocument>

namespace pac {

namespace {

QString text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("—") : trimmed.toHtmlEscaped();
}

QString date(const QDate &value)
{
    // ISO dates on paper: unambiguous wherever the invoice is read.
    return value.isValid() ? value.toString(Qt::ISODate) : QStringLiteral("—");
}

QString dateTime(const QDateTime &time)
{
    // UTC on paper: the portal keeps UTC, and the reader may be anywhere.
    return time.isValid()
        ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
        : QStringLiteral("—");
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td width=\"30%\" class=\"label\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

// One address a line, so that no address is ever broken across lines.
QString addresses(const QStringList &list)
{
    if (list.isEmpty())
        return QStringLiteral("—");
    QStringList escaped;
    for (const QString &address : list)
        escaped.append(address.toHtmlEscaped());
    return escaped.join(QStringLiteral("<br>"));
}

} // namespace

InvoiceDocument::InvoiceDocument(Invoice invoice, InvoiceDocumentContext context)
    : m_invoice(std::move(invoice))
    , m_context(std::move(context))
{ }

QString InvoiceDocument::title() const
{
    return QStringLiteral("Invoice %1 — %2")
        .arg(m_invoice.number, m_context.customerName.trimmed());
}

QString InvoiceDocument::money(qint64 cents) const
{
    return Money::fromCents(cents).format(m_context.locale).toHtmlEscaped();
}

QString InvoiceDocument::headerHtml() const
{
    const Invoice &i = m_invoice;
    const QString status
        = QStringLiteral("<b>%1</b>").arg(BillingText::invoiceStatusName(i.status).toHtmlEscaped());
    const QString customer = QStringLiteral("%1<br>Account %2 · %3")
                                 .arg(text(m_context.customerName), text(m_context.accountNumber),
                                      text(m_context.country));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>")
        .arg(row(QStringLiteral("Invoice"), QStringLiteral("<b>%1</b>").arg(text(i.number)))
             + row(QStringLiteral("Bill to"), customer)
             + row(QStringLiteral("Period"),
                   QStringLiteral("%1 to %2").arg(date(i.periodStart), date(i.periodEnd)))
             + row(QStringLiteral("Issued"), date(i.issuedOn))
             + row(QStringLiteral("Terms"), BillingText::termsName(m_context.terms).toHtmlEscaped())
             + row(QStringLiteral("Due"), QStringLiteral("<b>%1</b>").arg(date(i.dueOn)))
             + row(QStringLiteral("Status"), status));
}

QString InvoiceDocument::linesHtml() const
{
    QString rows = QStringLiteral("<tr class=\"head\"><th>Description</th><th align=\"right\">"
                                  "Quantity</th><th align=\"right\">Unit</th>"
                                  "<th align=\"right\">Amount</th></tr>");
    for (const InvoiceLine &line : m_invoice.lines) {
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>"
                               "<td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                    .arg(text(line.description), m_context.locale.toString(line.quantity),
                         money(line.unitCents), money(line.amountCents));
    }
    const qint64 due = std::max<qint64>(0, m_invoice.amountCents - m_invoice.paidCents);
    const auto total = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td colspan=\"3\" align=\"right\">%1</td>"
                              "<td align=\"right\">%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    rows += total(QStringLiteral("Total"),
                  QStringLiteral("<b>%1</b>").arg(money(m_invoice.amountCents)));
    rows += total(QStringLiteral("Paid"), money(m_invoice.paidCents));
    rows += total(QStringLiteral("Amount due"),
                  QStringLiteral("<b>%1</b>")
                      .arg(m_invoice.status == InvoiceStatus::Void ? money(0) : money(due)));
    return QStringLiteral("<h2>Charges</h2><table width=\"100%\" cellspacing=\"0\" "
                          "cellpadding=\"3\" class=\"grid\">%1</table>")
        .arg(rows);
}

QString InvoiceDocument::recipientsHtml() const
{
    return QStringLiteral("<h2>Recipients</h2><table width=\"100%\" cellspacing=\"0\" "
                          "cellpadding=\"3\">%1</table>")
        .arg(row(QStringLiteral("To"), addresses(m_context.to))
             + row(QStringLiteral("CC"), addresses(m_context.cc)));
}

QString InvoiceDocument::deliveriesHtml() const
{
    if (m_invoice.deliveries.isEmpty())
        return QStringLiteral("<h2>Sent</h2><p>Not sent yet.</p>");
    QString rows;
    for (const InvoiceDelivery &d : m_invoice.deliveries) {
        const QString by = d.by
            ? QStringLiteral("%1 (%2)").arg(text(d.by->person.name),
                                            BillingText::roleName(d.by->role).toHtmlEscaped())
            : QStringLiteral("Monthly run");
        rows += row(dateTime(d.at),
                    QStringLiteral("%1 — to %2, CC %3").arg(by).arg(d.to.size()).arg(d.cc.size()));
    }
    return QStringLiteral("<h2>Sent</h2><table width=\"100%\" cellspacing=\"0\" "
                          "cellpadding=\"3\">%1</table>")
        .arg(rows);
}

QString InvoiceDocument::toHtml() const
{
    static const QLatin1String style(
        "<style>"
        "h1 { font-size: 15pt; margin-bottom: 0px; color: #1f3b5a; }"
        "p.subtitle { font-size: 12pt; margin-top: 0px; margin-bottom: 8px; }"
        "h2 { font-size: 11.5pt; margin-top: 14px; margin-bottom: 4px; color: #1f3b5a; }"
        "td { vertical-align: top; }"
        "td.label { color: #555555; }"
        "tr.head { background-color: #e8edf2; }"
        "th { text-align: left; }"
        "p.footer { color: #555555; font-size: 8pt; margin-top: 18px; }"
        "</style>");
    return QStringLiteral("<html><head>%1</head><body><h1>%2</h1><p class=\"subtitle\">"
                          "Invoice %3</p>%4%5%6%7<p class=\"footer\">Generated on %8.</p>"
                          "</body></html>")
        .arg(style, text(m_context.portalName), text(m_invoice.number), headerHtml(), linesHtml(),
             recipientsHtml(), deliveriesHtml(), dateTime(m_context.generatedAt));
}

std::unique_ptr<QTextDocument> InvoiceDocument::toTextDocument() const
{
    return PdfWriter::portalDocument(title(), toHtml());
}

QByteArray InvoiceDocument::toPdf(QString *error) const
{
    QString why;
    const QByteArray pdf = PdfWriter::drawPortalDocument(title(), toHtml(), m_context.portalName,
                                                         m_invoice.number, &why);
    if (pdf.isEmpty()) {
        qCWarning(lcDocuments).noquote() << "invoice PDF not drawn:" << why;
        if (error)
            *error = why;
        return {};
    }
    qCDebug(lcDocuments) << "invoice" << m_invoice.id << "drawn," << pdf.size() << "bytes";
    return pdf;
}

} // namespace pac
