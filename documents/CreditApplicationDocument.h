#pragma once

#include "models/CreditApplication.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <memory>

class QTextDocument;

namespace pac {

// What a printed application shows beside the application itself.
struct CreditDocumentContext
{
    QString customerName; // the customer the application is for, as the portal names it
    QDateTime generatedAt; // stamped on the document ("Generated on …")
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates); // money and dates
};

// The printable form of a credit application (billing rule 3): every field, the status (with
// the approved limit or the reason for a decline), the signature line and the date it was
// generated — as HTML for a preview, as a QTextDocument, or as a PDF file. Used by the
// wizard's review page, the decision queue and `agentctl credit-app pdf`. QtGui only; a
// QGuiApplication must exist to lay the document out (fonts).
class CreditApplicationDocument
{
    Q_DECLARE_TR_FUNCTIONS(pac::CreditApplicationDocument)

public:
    CreditApplicationDocument(CreditApplication application, CreditDocumentContext context);

    // "Credit application 17 — Acme VoIP Holdings LLC", or "… (draft)" before it has an id.
    QString title() const;
    // The document as QTextDocument's HTML subset; every user text is escaped.
    QString toHtml() const;
    // A document laid out for US Letter pages (what writePdf prints).
    std::unique_ptr<QTextDocument> toTextDocument() const;
    // Writes the PDF whole or not at all; false with a translated reason in *error.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    // The consent the signer gives, word for word as the wizard shows it beside the box.
    static QString consentStatement();

private:
    QString statusHtml() const;
    QString identityHtml() const;
    QString contactsHtml() const;
    QString tradeReferencesHtml() const;
    QString requestHtml() const;
    QString guarantorHtml() const;
    QString signatureHtml() const;
    QString money(qint64 cents) const;
    QString date(const QDate &date) const;
    QString dateTime(const QDateTime &time) const;

    CreditApplication m_application;
    CreditDocumentContext m_context;
};

} // namespace pac
