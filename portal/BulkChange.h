#pragma once

#include "models/Customer.h"
#include "storage/OutboxEdit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pac {

// What a bulk change does to each customer it is given (billing rule 9): add an address to
// the Additional Invoice Emails, remove one, replace one by another (compared
// case-insensitively, keeping the list's order), move to Net 15 or to due on receipt,
// (support) enable ACH manually with one reason — or, for an undo, restore the value a
// customer had before a batch.
struct BulkChange
{
    Q_DECLARE_TR_FUNCTIONS(pac::BulkChange)

public:
    enum class Action { AddEmail, RemoveEmail, ReplaceEmail, SetTerms, EnableAch, Restore };

    Action action = Action::AddEmail;
    QString address; // AddEmail, RemoveEmail; ReplaceEmail: the old address
    QString replacement; // ReplaceEmail: the new address
    PaymentTermsKind terms = PaymentTermsKind::Net15; // SetTerms
    QString reason; // EnableAch
    // Restore: the edit that gives the value back, and the version it must be sent on (the
    // one the batch's change made: a customer changed since answers 412, a conflict); empty
    // for the customer's current server copy.
    std::optional<OutboxEdit> restore;
    QByteArray restoreEtag;

    static BulkChange addEmail(QString address);
    static BulkChange removeEmail(QString address);
    static BulkChange replaceEmail(QString old, QString replacement);
    static BulkChange setTerms(PaymentTermsKind terms);
    static BulkChange enableAch(QString reason);

    // The wire name of the action in a CSV file and in JSON: add_email, remove_email,
    // replace_email, terms, ach_enable, restore.
    QString wireAction() const;
    // The action's value as a CSV file writes it: the address, OLD>NEW, net15, the reason.
    QString wireValue() const;
    // One translated phrase for the batch list: "add invoice email ann@x.com".
    QString describe() const;
};

// One customer's part of a bulk change.
struct BulkItem
{
    qint64 customerId = 0;
    BulkChange change;
};

} // namespace pac
