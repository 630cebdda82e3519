#include "models/PaymentTerms.h"

#include <algorithm>

namespace pac {

qint64 PaymentTerms::limitOn(PaymentTermsKind terms, qint64 currentLimitCents)
{
    // Net 15 is credit: it needs a limit, and never lowers one already approved.
    if (terms == PaymentTermsKind::Net15)
        return std::max(currentLimitCents, Net15DefaultLimitCents);
    // Back on due on receipt the approved limit stays on record for a later return.
    return currentLimitCents;
}

PaymentTerms::Change PaymentTerms::change(CustomerStatus status, PaymentTermsKind current,
                                          qint64 currentLimitCents, PaymentTermsKind target)
{
    Change result;
    result.terms = current;
    result.creditLimitCents = currentLimitCents;
    if (status != CustomerStatus::Active) {
        result.error = FieldError {
            QStringLiteral("terms"), QString(errorcode::NotActive),
            tr("Only active customers can change payment terms; this customer is %1.")
                .arg(status == CustomerStatus::Suspended ? tr("suspended") : tr("closed"))};
        return result;
    }
    if (target == current)
        return result;
    result.changed = true;
    result.terms = target;
    result.creditLimitCents = limitOn(target, currentLimitCents);
    return result;
}

PaymentTerms::Change PaymentTerms::change(const Customer &customer, PaymentTermsKind target)
{
    return change(customer.status, customer.paymentTerms, customer.creditLimitCents, target);
}

} // namespace pac
