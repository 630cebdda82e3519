#include "documents/CreditApplicationDocument.h"

#include "documents/Log.h"
#include "documents/PdfWriter.h"
#include "models/Money.h"

#include <QFont>
#include <QTextDocument>

namespace pac {

namespace {

// A user's text for HTML: escaped, and a dash where nothing was given.
QString text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("—") : trimmed.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td width=\"34%\" class=\"label\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString section(const QString &title, const QString &bodyHtml)
{
    return QStringLiteral("<h2>%1</h2>%2").arg(title.toHtmlEscaped(), bodyHtml);
}

QString facts(const QString &rowsHtml)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>")
        .arg(rowsHtml);
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(separator);
}

QString address(const PostalAddress &a)
{
    const QString cityLine
        = joinNonEmpty({joinNonEmpty({a.city, a.state.toUpper()}, QStringLiteral(", ")), a.zip},
                       QStringLiteral(" "));
    const QString lines = joinNonEmpty({a.line1, a.line2, cityLine}, QStringLiteral("\n"));
    return lines.isEmpty() ? QStringLiteral("—")
                           : lines.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

CreditApplicationDocument::CreditApplicationDocument(CreditApplication application,
                                                     CreditDocumentContext context)
    : m_application(std::move(application))
    , m_context(std::move(context))
{ }

QString CreditApplicationDocument::title() const
{
    const QString name = m_application.legalName.trimmed().isEmpty()
        ? m_context.customerName.trimmed()
        : m_application.legalName.trimmed();
    if (m_application.id > 0)
        return tr("Credit application %1 — %2").arg(m_application.id).arg(name);
    return tr("Credit application — %1 (draft)").arg(name);
}

QString CreditApplicationDocument::consentStatement()
{
    return tr("I certify that the information in this application is true and complete, that I "
              "am authorized to sign it for the business, and I authorize the portal operator to "
              "contact the bank and trade references named here and to obtain credit reports "
              "to decide on the credit requested.");
}

QString CreditApplicationDocument::money(qint64 cents) const
{
    return Money::fromCents(cents).format(m_context.locale).toHtmlEscaped();
}

QString CreditApplicationDocument::date(const QDate &value) const
{
    // ISO dates on paper, like the times: unambiguous wherever the document is read.
    return value.isValid() ? value.toString(Qt::ISODate) : QStringLiteral("—");
}

QString CreditApplicationDocument::dateTime(const QDateTime &time) const
{
    if (!time.isValid())
        return QStringLiteral("—");
    // UTC on paper: the document may be read anywhere, and the portal keeps UTC.
    return tr("%1 UTC")
        .arg(m_context.locale.toString(time.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")))
        .toHtmlEscaped();
}

QString CreditApplicationDocument::statusHtml() const
{
    const CreditApplication &a = m_application;
    QString rows = row(tr("Customer"), text(m_context.customerName))
        + row(tr("Status"),
              QStringLiteral("<b>%1</b>")
                  .arg(CreditApplication::displayName(a.status).toHtmlEscaped()));
    if (a.submittedAt.isValid()) {
        const QString by = a.submittedBy ? text(a.submittedBy->name) : QStringLiteral("—");
        rows += row(tr("Submitted"), tr("%1 by %2").arg(dateTime(a.submittedAt), by));
    }
    if (a.decision) {
        const CreditDecision &d = *a.decision;
        if (d.approved)
            rows += row(tr("Approved limit"),
                        QStringLiteral("<b>%1</b>").arg(money(d.approvedLimitCents)));
        rows += row(d.approved ? tr("Note") : tr("Reason declined"), text(d.note));
        rows += row(tr("Decided"),
                    tr("%1 by %2").arg(dateTime(d.decidedAt), text(d.decidedBy.name)));
    }
    return facts(rows);
}

QString CreditApplicationDocument::identityHtml() const
{
    const CreditApplication &a = m_application;
    const QString entity = a.entityType
        ? CreditApplication::displayName(*a.entityType).toHtmlEscaped()
        : QStringLiteral("—");
    const QString years
        = a.yearsInBusiness ? QString::number(*a.yearsInBusiness) : QStringLiteral("—");
    return section(tr("1. Business identity"),
                   facts(row(tr("Legal name"), text(a.legalName))
                         + row(tr("Doing business as"), text(a.dba)) + row(tr("EIN"), text(a.ein))
                         + row(tr("Entity type"), entity) + row(tr("Years in business"), years)
                         + row(tr("Billing address"), address(a.billingAddress))));
}

QString CreditApplicationDocument::contactsHtml() const
{
    const CreditApplication &a = m_application;
    return section(tr("2. Accounts payable contact"),
                   facts(row(tr("Name"), text(a.apContact.name))
                         + row(tr("Email"), text(a.apContact.email))
                         + row(tr("Phone"), text(a.apContact.phone))))
        + section(tr("3. Bank reference"),
                  facts(row(tr("Bank"), text(a.bankReference.bankName))
                        + row(tr("Contact"), text(a.bankReference.contactName))
                        + row(tr("Phone"), text(a.bankReference.phone))));
}

QString CreditApplicationDocument::tradeReferencesHtml() const
{
    const QList<TradeReference> &references = m_application.tradeReferences;
    if (references.isEmpty())
        return section(tr("4. Trade references"),
                       QStringLiteral("<p>%1</p>").arg(tr("None given.")));
    QString rows = QStringLiteral("<tr class=\"head\"><th>#</th><th>%1</th><th>%2</th><th>%3</th>"
                                  "<th>%4</th></tr>")
                       .arg(tr("Company"), tr("Contact"), tr("Phone"), tr("Email"));
    for (qsizetype i = 0; i < references.size(); ++i) {
        const TradeReference &r = references.at(i);
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(QString::number(i + 1), text(r.company), text(r.contactName),
                         text(r.phone), text(r.email));
    }
    return section(tr("4. Trade references"),
                   QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\" class=\"grid\">%1</table>")
                       .arg(rows));
}

QString CreditApplicationDocument::requestHtml() const
{
    const CreditApplication &a = m_application;
    return section(tr("5. Credit request"),
                   facts(row(tr("Current credit limit"), money(a.currentLimitCents))
                         + row(tr("Requested credit limit"),
                               QStringLiteral("<b>%1</b>").arg(money(a.requestedLimitCents)))
                         + row(tr("Expected monthly spend"), money(a.expectedMonthlySpendCents))));
}

QString CreditApplicationDocument::guarantorHtml() const
{
    if (!m_application.guarantor) {
        return section(tr("6. Personal guarantor"),
                       QStringLiteral("<p>%1</p>").arg(tr("No personal guarantor.")));
    }
    const PersonalGuarantor &g = *m_application.guarantor;
    return section(tr("6. Personal guarantor"),
                   facts(row(tr("Name"), text(g.name))
                         + row(tr("Home address"), address(g.homeAddress))
                         + row(tr("Phone"), text(g.phone)) + row(tr("Email"), text(g.email))));
}

QString CreditApplicationDocument::signatureHtml() const
{
    const CreditApplication &a = m_application;
    const QString consent = a.consent ? tr("Given") : tr("Not given");
    const QString signature = a.typedSignature.trimmed().isEmpty()
        ? QStringLiteral("&nbsp;")
        : QStringLiteral("<i>/%1/</i>").arg(a.typedSignature.trimmed().toHtmlEscaped());
    // The line is drawn as a bottom border of one cell, which QTextDocument prints faithfully.
    const QString line
        = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
                         "<td width=\"60%\" class=\"sign\">%1</td><td width=\"6%\"></td>"
                         "<td width=\"34%\" class=\"sign\">%2</td></tr>"
                         "<tr><td class=\"caption\">%3</td><td></td><td class=\"caption\">%4</td>"
                         "</tr></table>")
              .arg(signature, date(a.signedOn), tr("Signature (typed)"), tr("Date"));
    return section(
        tr("7. Consent and signature"),
        QStringLiteral("<p class=\"consent\">%1</p>").arg(consentStatement().toHtmlEscaped())
            + facts(row(tr("Consent"), consent) + row(tr("Signer name"), text(a.signerName))
                    + row(tr("Signer title"), text(a.signerTitle)))
            + line);
}

QString CreditApplicationDocument::toHtml() const
{
    static const QLatin1String style(
        "<style>"
        "h1 { font-size: 15pt; margin-bottom: 0px; }"
        "p.subtitle { font-size: 12pt; margin-top: 0px; margin-bottom: 6px; }"
        "h2 { font-size: 11.5pt; margin-top: 14px; margin-bottom: 4px; color: #1f3b5a; }"
        "td { vertical-align: top; }"
        "td.label { color: #555555; }"
        "tr.head { background-color: #e8edf2; }"
        "th { text-align: left; }"
        "td.sign { border-bottom: 1px solid #000000; font-size: 12pt; }"
        "td.caption { color: #555555; font-size: 8.5pt; }"
        "p.consent { font-size: 9pt; }"
        "p.footer { color: #555555; font-size: 8pt; margin-top: 18px; }"
        "</style>");
    const QString heading = m_application.id > 0 ? tr("Credit application %1").arg(m_application.id)
                                                 : tr("Credit application (draft)");
    return QStringLiteral("<html><head>%1</head><body><h1>%2</h1><p class=\"subtitle\">%3</p>"
                          "%4%5%6%7%8%9%10<p class=\"footer\">%11</p></body></html>")
        .arg(style, heading.toHtmlEscaped(), text(m_application.legalName), statusHtml(),
             identityHtml(), contactsHtml(), tradeReferencesHtml(), requestHtml(), guarantorHtml(),
             signatureHtml(),
             tr("Generated on %1 by Portal Agent Console.").arg(dateTime(m_context.generatedAt)));
}

std::unique_ptr<QTextDocument> CreditApplicationDocument::toTextDocument() const
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    // Any letter spacing turns ligatures off (Qt 6.4 has no per-feature switch): the PDF's
    // text then reads "Officer", not "O\uFB03cer", when searched, copied or extracted.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    document->setDefaultFont(font);
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    document->setHtml(toHtml());
    return document;
}

bool CreditApplicationDocument::writePdf(const QString &path, QString *error) const
{
    const std::unique_ptr<QTextDocument> document = toTextDocument();
    const bool written = PdfWriter::write(*document, path, title(), error);
    if (written)
        qCDebug(lcDocuments) << "credit application" << m_application.id << "printed";
    return written;
}

} // namespace pac
