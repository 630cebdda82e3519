#pragma once

#include "models/Customer.h"
#include "models/FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace pac {

enum class CreditApplicationStatus { Draft, Submitted, Approved, Declined };
enum class EntityType { SoleProprietorship, Partnership, Llc, Corporation, Nonprofit, Other };

// Wire names: "draft" | "submitted" | "approved" | "declined"; "sole_proprietorship" |
// "partnership" | "llc" | "corporation" | "nonprofit" | "other".
QString toWire(CreditApplicationStatus status);
QString toWire(EntityType type);
std::optional<CreditApplicationStatus> creditApplicationStatusFromWire(QStringView text);
std::optional<EntityType> entityTypeFromWire(QStringView text);

// A US postal address: line2 optional, state a 2-letter USPS code, ZIP NNNNN or NNNNN-NNNN.
struct PostalAddress
{
    QString line1;
    QString line2;
    QString city;
    QString state;
    QString zip;
    bool operator==(const PostalAddress &) const = default;
};

// The accounts-payable contact: name, email (HTML rule), US phone.
struct ApContact
{
    QString name;
    QString email;
    QString phone;
    bool operator==(const ApContact &) const = default;
};

// The bank reference: bank name, account officer or contact, phone.
struct BankReference
{
    QString bankName;
    QString contactName;
    QString phone;
    bool operator==(const BankReference &) const = default;
};

// A trade reference (a supplier that extends the business credit); all four fields required.
struct TradeReference
{
    QString company;
    QString contactName;
    QString phone;
    QString email;
    bool operator==(const TradeReference &) const = default;
};

// The optional personal guarantor: name, home address and phone required, email optional.
struct PersonalGuarantor
{
    QString name;
    PostalAddress homeAddress;
    QString phone;
    QString email;
    bool operator==(const PersonalGuarantor &) const = default;
};

// Support's decision on a submitted application.
struct CreditDecision
{
    bool approved = false;
    qint64 approvedLimitCents = 0; // 0 when declined
    QString note; // optional when approved, the reason when declined
    PersonRef decidedBy;
    QDateTime decidedAt;
    bool operator==(const CreditDecision &) const = default;
};

// Billing rule 3: an application for a credit limit above the current one. It is a draft
// while the user fills it (kept locally, resumable, incomplete), then submitted (complete
// and valid), then approved (the customer's limit becomes the approved amount) or declined
// with a reason. Nothing leaves approved or declined.
//
// Field names in errors are the JSON names of CreditApplicationJson.h, dotted for nested
// objects and indexed for lists: "ein", "billing_address.zip", "trade_references[1].email".
struct CreditApplication
{
    Q_DECLARE_TR_FUNCTIONS(pac::CreditApplication)

public:
    static constexpr int MinTradeReferences = 2;
    static constexpr int MaxTextLength = 200; // any one text field
    static constexpr int MaxYearsInBusiness = 300;

    qint64 id = 0; // 0 until the portal assigns one
    qint64 customerId = 0;
    qint64 version = 0; // bumped by the portal on every change (its ETag)
    CreditApplicationStatus status = CreditApplicationStatus::Draft;

    // Business identity.
    QString legalName;
    QString dba; // "doing business as", optional
    QString ein; // NN-NNNNNNN
    std::optional<EntityType> entityType;
    std::optional<int> yearsInBusiness; // 0..MaxYearsInBusiness
    PostalAddress billingAddress;

    ApContact apContact;
    BankReference bankReference;
    QList<TradeReference> tradeReferences; // at least MinTradeReferences

    qint64 currentLimitCents = 0; // the customer's limit when submitted
    qint64 requestedLimitCents = 0; // must be above currentLimitCents
    qint64 expectedMonthlySpendCents = 0;

    std::optional<PersonalGuarantor> guarantor;

    QString signerName;
    QString signerTitle;
    QString typedSignature; // must equal signerName, trimmed, case-insensitively
    QDate signedOn;
    bool consent = false;

    QDateTime submittedAt;
    std::optional<PersonRef> submittedBy;
    std::optional<CreditDecision> decision;

    bool operator==(const CreditApplication &) const = default;

    // The strong entity tag "<version>" with the quotes, like Customer::etag().
    QByteArray etag() const;

    // Checks one field as the user types. `value` is the text in the form; the rest of the
    // application gives the context a few fields need: typed_signature is compared with
    // signerName, requested_limit_cents with currentLimitCents. Money fields
    // (requested_limit_cents, expected_monthly_spend_cents) take the amount as typed and
    // parse it with Money::parse(locale); years_in_business takes a whole number; consent
    // "true"/"false"; entity_type a wire name; signed_on an ISO date. Unknown field names
    // give nullopt. "trade_references" (the count) is checked on this application's list.
    std::optional<FieldError>
    validateField(QStringView field, const QString &value,
                  const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates)) const;

    // Every problem that prevents submitting, in form order, with the limit the customer has
    // now (the application's own currentLimitCents is not trusted: it may be stale).
    QList<FieldError> validateForSubmit(qint64 currentLimitCents) const;

    // Lifecycle. Each returns the errors that prevented the transition and then leaves the
    // application unchanged; on success returns an empty list and updates the application.
    // A transition from the wrong status gives field "status", code invalid_transition.
    //  - submit: from draft, only if validateForSubmit(currentLimitCents) is empty; records
    //    currentLimitCents, submittedBy/At.
    //  - approve: from submitted; approvedLimitCents must be above the application's
    //    currentLimitCents (field "approved_limit_cents", too_low: anything else is not an
    //    increase — decline instead) and at most the requested limit (too_high: support may
    //    grant less than asked, never more than the customer signed for).
    //  - decline: from submitted; a non-blank reason (field "note", required).
    QList<FieldError> submit(qint64 currentLimitCents, const PersonRef &by, const QDateTime &at);
    QList<FieldError> approve(qint64 approvedLimitCents, const QString &note, const PersonRef &by,
                              const QDateTime &at);
    QList<FieldError> decline(const QString &reason, const PersonRef &by, const QDateTime &at);

    // Whether the lifecycle allows from → to (draft→submitted, submitted→approved|declined).
    static bool canTransition(CreditApplicationStatus from, CreditApplicationStatus to);

    // Translated names: "Draft", "Submitted", "Approved", "Declined"; "LLC", ...
    static QString displayName(CreditApplicationStatus status);
    static QString displayName(EntityType type);

private:
    FieldError invalidTransition(CreditApplicationStatus to) const;
    // Every field with its text, in form order (what validateForSubmit checks).
    QList<std::pair<QString, QString>> fieldTexts() const;
};

} // namespace pac
