#pragma once

#include "models/AchAuthorization.h"
#include "models/AchVerification.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace pac {

// What the printed authorization of an ACH method shows (billing rule 8): the portal's
// record of it. Of the bank account only the last 4 digits: the portal never keeps more.
struct AchAuthorizationRecord
{
    QString portalName = QStringLiteral("Trunking Cloud Portal"); // the header, as on invoices
    qint64 methodId = 0; // the portal's record id
    QString customerName;
    QString customerAccountNumber; // the portal's account number of the customer
    QString last4;
    QString accountType; // checking / savings
    QString holderName;
    AchVerificationState verification = AchVerificationState::Pending;
    QDateTime createdAt;
    AchAuthorization authorization; // with its text as accepted and who recorded it
    struct Revocation
    {
        QDateTime at;
        QString by;
        QString reason;
    };
    std::optional<Revocation> revoked;
    QDateTime generatedAt; // stamped on the document
};

// The authorization as a document, for GET /payment-methods/{id}/authorization.pdf: the
// title, the entry class, who authorized (name, title), how, when it was accepted, who
// recorded it, the text version, the account as ••••last4, the record id, the revocation if
// any, and the text as accepted, word for word. The portal's document, so its words are the
// portal's (English), like the invoice's. QtGui only; a QGuiApplication must exist to draw it
// (fonts); any thread.
class AchAuthorizationDocument
{
public:
    explicit AchAuthorizationDocument(AchAuthorizationRecord record);

    QString title() const; // "ACH debit authorization 17 — Acme VoIP LLC"
    QString toHtml() const; // every stored text escaped
    std::unique_ptr<QTextDocument> toTextDocument() const;
    // The PDF; empty with a reason in *error when it could not be drawn (no QGuiApplication).
    QByteArray toPdf(QString *error = nullptr) const;

    // "CCD (business account)", "TEL (consumer account, telephone)", …
    static QString secCodeWords(AchSecCode code);
    // "Written (signed form)", "Recorded call", "Online"
    static QString methodWords(AchAuthorizationMethod method);

private:
    QString detailsHtml() const;
    QString textHtml() const;

    AchAuthorizationRecord m_record;
};

} // namespace pac
