#include "documents/AchAuthorizationDocument.h"

#include "documents/Log.h"
#include "documents/PdfWriter.h"

#include <QTextDocument>

namespace pac {

namespace {

QString text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("—") : trimmed.toHtmlEscaped();
}

QString dateTime(const QDateTime &time)
{
    // UTC on paper, to the second: the portal keeps UTC, and the reader may be anywhere.
    return time.isValid()
        ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
        : QStringLiteral("—");
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td width=\"30%\" class=\"label\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString verificationWords(AchVerificationState state)
{
    switch (state) {
    case AchVerificationState::Pending:
        return QStringLiteral("Pending (micro-deposits not yet confirmed)");
    case AchVerificationState::Verified:
        return QStringLiteral("Verified by micro-deposits");
    case AchVerificationState::Failed:
        return QStringLiteral("Failed (micro-deposits not confirmed in three tries)");
    }
    return {};
}

} // namespace

AchAuthorizationDocument::AchAuthorizationDocument(AchAuthorizationRecord record)
    : m_record(std::move(record))
{ }

QString AchAuthorizationDocument::secCodeWords(AchSecCode code)
{
    switch (code) {
    case AchSecCode::CCD:
        return QStringLiteral("CCD (business account)");
    case AchSecCode::PPD:
        return QStringLiteral("PPD (consumer account, written)");
    case AchSecCode::TEL:
        return QStringLiteral("TEL (consumer account, telephone)");
    case AchSecCode::WEB:
        return QStringLiteral("WEB (consumer account, online)");
    }
    return {};
}

QString AchAuthorizationDocument::methodWords(AchAuthorizationMethod method)
{
    switch (method) {
    case AchAuthorizationMethod::Written:
        return QStringLiteral("Written (signed form)");
    case AchAuthorizationMethod::RecordedCall:
        return QStringLiteral("Recorded call");
    case AchAuthorizationMethod::Online:
        return QStringLiteral("Online");
    }
    return {};
}

QString AchAuthorizationDocument::title() const
{
    return QStringLiteral("ACH debit authorization %1 — %2")
        .arg(m_record.methodId)
        .arg(m_record.customerName.trimmed());
}

QString AchAuthorizationDocument::detailsHtml() const
{
    const AchAuthorizationRecord &r = m_record;
    const AchAuthorization &a = r.authorization;
    const QString kind = r.accountType == QLatin1String("savings") ? QStringLiteral("Savings")
                                                                   : QStringLiteral("Checking");
    // The last 4 digits only: the portal never has more of the number after the request.
    const QString account = QStringLiteral("%1 account ••••%2, held by %3")
                                .arg(kind, r.last4.toHtmlEscaped(), text(r.holderName));
    const QString by
        = QStringLiteral("%1, %2").arg(text(a.authorizedByName), text(a.authorizedByTitle));
    QString revocation = QStringLiteral("Not revoked");
    if (r.revoked) {
        revocation
            = QStringLiteral("<b>Revoked</b> on %1 by %2.<br>Reason: %3")
                  .arg(dateTime(r.revoked->at), text(r.revoked->by), text(r.revoked->reason));
    }
    const QString customer = QStringLiteral("%1 (account %2)")
                                 .arg(text(r.customerName), text(r.customerAccountNumber));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>")
        .arg(row(QStringLiteral("Record"), QStringLiteral("Payment method %1").arg(r.methodId))
             + row(QStringLiteral("Customer"), customer)
             + row(QStringLiteral("Bank account"), account)
             + row(QStringLiteral("Entry class"),
                   QStringLiteral("<b>%1</b>")
                       .arg(a.secCode ? secCodeWords(*a.secCode).toHtmlEscaped()
                                      : QStringLiteral("—")))
             + row(QStringLiteral("Authorized by"), by)
             + row(QStringLiteral("How"),
                   a.method ? methodWords(*a.method).toHtmlEscaped() : QStringLiteral("—"))
             + row(QStringLiteral("Accepted"), dateTime(a.acceptedAt))
             + row(QStringLiteral("Recorded by"), text(a.recordedBy))
             + row(QStringLiteral("Text version"), text(a.textVersion))
             + row(QStringLiteral("Verification"), verificationWords(r.verification))
             + row(QStringLiteral("Revocation"), revocation));
}

QString AchAuthorizationDocument::textHtml() const
{
    QStringList paragraphs;
    for (const QString &paragraph : m_record.authorization.text.split(QLatin1Char('\n'))) {
        if (!paragraph.trimmed().isEmpty())
            paragraphs.append(QStringLiteral("<p>%1</p>").arg(paragraph.trimmed().toHtmlEscaped()));
    }
    if (paragraphs.isEmpty())
        paragraphs.append(QStringLiteral("<p>—</p>"));
    return QStringLiteral("<h2>The authorization as accepted</h2>") + paragraphs.join(QString());
}

QString AchAuthorizationDocument::toHtml() const
{
    static const QLatin1String style(
        "<style>"
        "h1 { font-size: 15pt; margin-bottom: 0px; color: #1f3b5a; }"
        "p.subtitle { font-size: 12pt; margin-top: 0px; margin-bottom: 8px; }"
        "h2 { font-size: 11.5pt; margin-top: 14px; margin-bottom: 4px; color: #1f3b5a; }"
        "td { vertical-align: top; }"
        "td.label { color: #555555; }"
        "p.footer { color: #555555; font-size: 8pt; margin-top: 18px; }"
        "</style>");
    return QStringLiteral("<html><head>%1</head><body><h1>%2</h1><p class=\"subtitle\">"
                          "ACH debit authorization</p>%3%4<p class=\"footer\">The portal keeps "
                          "this authorization for %5 years after it ends. Generated on %6.</p>"
                          "</body></html>")
        .arg(style, text(m_record.portalName), detailsHtml(), textHtml(),
             QString::number(AchAuthorization::RetentionYears), dateTime(m_record.generatedAt));
}

std::unique_ptr<QTextDocument> AchAuthorizationDocument::toTextDocument() const
{
    return PdfWriter::portalDocument(title(), toHtml());
}

QByteArray AchAuthorizationDocument::toPdf(QString *error) const
{
    QString why;
    const QByteArray pdf = PdfWriter::drawPortalDocument(
        title(), toHtml(), m_record.portalName,
        QStringLiteral("ACH authorization %1").arg(m_record.methodId), &why);
    if (pdf.isEmpty()) {
        qCWarning(lcDocuments).noquote() << "authorization PDF not drawn:" << why;
        if (error)
            *error = why;
        return {};
    }
    qCDebug(lcDocuments) << "authorization of method" << m_record.methodId << "drawn," << pdf.size()
                         << "bytes";
    return pdf;
}

} // namespace pac
