#pragma once

#include "portal/PortalTypes.h"

#include <QCoreApplication>

namespace pac {

// A bank account (payment method) in words, for the Billing tab and its tooltips (billing
// rule 8): "••••6789 checking", the verification state with the tries left, the entry class,
// and what to do next.
class PaymentMethodText
{
    Q_DECLARE_TR_FUNCTIONS(pac::PaymentMethodText)

public:
    // "••••6789 (checking)"
    static QString account(const PaymentMethod &method);
    // "Pending: 3 tries left", "Verified", "Failed", "Revoked on 12/7/26"
    static QString state(const PaymentMethod &method);
    // "CCD, signed form, by Dana Whitfield (Controller) on 12/7/26"; "No authorization on
    // record" for a method added before authorizations were kept.
    static QString authorization(const PaymentMethod &method);
    static QString secCodeName(AchSecCode code);
    static QString methodName(AchAuthorizationMethod method);
    // What the user does next with this method:
    //  pending  → ask the customer for the two deposits on the statement, then verify;
    //  failed   → remove it and add the account again;
    //  verified, not default → make it the default; default → nothing to do;
    //  revoked  → kept as a record.
    static QString nextStep(const PaymentMethod &method);
};

} // namespace pac
