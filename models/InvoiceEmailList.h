#pragma once

#include "models/Customer.h"
#include "models/FieldError.h"

#include <QCoreApplication>
#include <QStringList>

namespace pac {

// Billing rule 1: a customer's Additional Invoice Emails (DESIGN.md). Up to MaxEmails
// addresses CC'd on every invoice; each must be a valid e-mail address per the HTML standard
// (the rule of <input type=email>), is stored as typed but trimmed, and is unique compared
// case-insensitively on the whole address. Billing contacts keep receiving invoices (To:);
// an additional address equal to a billing contact's is redundant (flagged, not refused).
class InvoiceEmailList
{
    Q_DECLARE_TR_FUNCTIONS(pac::InvoiceEmailList)

public:
    static constexpr int MaxEmails = 10;
    // RFC 5321 limits a forward path to 256 octets including the angle brackets, so no
    // deliverable address is longer than 254 characters; the HTML rule itself has no limit.
    static constexpr int MaxAddressLength = 254;
    // A list longer than this is refused whole by validate(), with one too_many error on
    // "emails" and no item checked: only the first MaxEmails places can be kept, and checking
    // tens of thousands of items (each an error) would hold the server for nothing.
    static constexpr int MaxSubmitted = 100;

    // The HTML standard's "valid e-mail address": local@domain, local = 1+ of
    // [A-Za-z0-9.!#$%&'*+/=?^_`{|}~-], domain = dot-separated labels of [A-Za-z0-9] with inner
    // '-', each 1-63 characters (a single label is valid; a trailing dot is not), plus the
    // 254-character limit above. Checks `address` exactly as given (no trimming). ASCII only:
    // browsers punycode an IDN domain before this check, we expect it already encoded.
    static bool isValidAddress(QStringView address);
    // Whole-address, case-insensitive comparison (the rule's notion of "the same address").
    static bool sameAddress(QStringView a, QStringView b);

    // The whole-list check of `PUT …/invoice-emails`: `emails` holds the addresses as sent.
    // Every address is trimmed; the list is accepted only if `errors` is empty, and then
    // `emails` is what to store. Each offending address gets one error naming its index in
    // the input ("emails[3]"), the first that applies of:
    //  - invalid_email: not a valid address (an empty entry included);
    //  - duplicate: equal to an earlier entry (the first occurrence stays valid);
    //  - too_many: past the MaxEmails-th place. Duplicates take no place (they would be
    //    dropped), invalid addresses do (the user meant to keep them, so correcting one
    //    must not push another past the limit).
    // A list of more than MaxSubmitted entries gets one too_many error on "emails" instead.
    struct Validation
    {
        QStringList emails;
        QList<FieldError> errors;
        bool ok() const { return errors.isEmpty(); }
    };
    static Validation validate(const QStringList &emails);

    // Splits pasted text into candidate addresses: separators are commas, semicolons, tabs
    // and line breaks, except inside "double quotes" or <angle brackets>; "Ann <ann@x.com>"
    // and "\"Doe, Ann\" <ann@x.com>" give "ann@x.com"; a "mailto:" prefix is dropped;
    // candidates are trimmed and blanks skipped. No validation: see merge().
    static QStringList parsePasted(QStringView text);

    // One pasted address the editor will not add, with the reason (field "emails", code
    // invalid_email, duplicate or too_many, a message naming the address).
    struct Refusal
    {
        QString address;
        FieldError error;
    };
    // What pasting `pasted` into the editor that holds `current` (a valid list) does:
    // `added` are the new addresses in paste order, `refused` the others with their reason
    // (an address already in the list or earlier in the paste is a duplicate; one that
    // would be the 11th is too_many), `emails` = current + added.
    struct Merge
    {
        QStringList added;
        QList<Refusal> refused;
        QStringList emails;
    };
    static Merge merge(const QStringList &current, QStringView pasted);

    // Whether `email` equals (case-insensitively, trimmed) the email of a billing contact.
    static bool isRedundant(QStringView email, const QList<BillingContact> &contacts);
    // The addresses of `emails` that are redundant, in list order.
    static QStringList redundantAddresses(const QStringList &emails,
                                          const QList<BillingContact> &contacts);

    // Who receives an invoice: To: the billing contacts' emails (blank ones skipped, each
    // address once), CC: the additional emails that are not already in To (each once).
    struct Recipients
    {
        QStringList to;
        QStringList cc;
        bool operator==(const Recipients &) const = default;
    };
    static Recipients recipients(const QList<BillingContact> &contacts, const QStringList &emails);

    // Translated messages naming the address, shared by validate() and merge().
    static QString invalidMessage(QStringView address);
    static QString duplicateMessage(QStringView address);
    static QString tooManyMessage(QStringView address);
};

} // namespace pac
