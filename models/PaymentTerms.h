#pragma once

#include "models/Customer.h"
#include "models/FieldError.h"

#include <QCoreApplication>

namespace pac {

// Billing rule 2: payment terms. A customer is on due_on_receipt (the default: card/ACH
// autopay) or net15. Only an active customer changes terms. Moving to Net 15 gives the
// customer a credit limit of max(current approved limit, $500.00); moving back to due on
// receipt keeps the limit on record. Asking for the terms a customer already has is a
// successful no-op (changed == false), so a retried request does no harm.
class PaymentTerms
{
    Q_DECLARE_TR_FUNCTIONS(pac::PaymentTerms)

public:
    static constexpr qint64 Net15DefaultLimitCents = 50000;

    // The outcome of asking for `target`: on success `error` is empty and `terms` and
    // `creditLimitCents` are the customer's new values (equal to the old ones when
    // `changed` is false); on refusal `error` says why (field "terms", code not_active) and
    // the other members repeat the customer's current values.
    struct Change
    {
        std::optional<FieldError> error;
        bool changed = false;
        PaymentTermsKind terms = PaymentTermsKind::DueOnReceipt;
        qint64 creditLimitCents = 0;
        bool ok() const { return !error.has_value(); }
    };

    static Change change(CustomerStatus status, PaymentTermsKind current, qint64 currentLimitCents,
                         PaymentTermsKind target);
    static Change change(const Customer &customer, PaymentTermsKind target);

    // The credit limit a customer with `currentLimitCents` has on `terms`.
    static qint64 limitOn(PaymentTermsKind terms, qint64 currentLimitCents);
};

} // namespace pac
