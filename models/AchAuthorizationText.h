#pragma once

#include "models/AchAuthorization.h"

#include <QString>

namespace pac {

// The words the payer accepts when authorizing ACH debits (billing rule 4b), versioned: the
// portal serves them (GET /ach/authorization-text) and keeps them, as accepted, with the
// payment method; a method sent with an older version is refused (stale_authorization_text).
// Changing the wording means a new version. The text is the portal's (English), not the
// console's: it is a record, not an interface string.
class AchAuthorizationText
{
public:
    static constexpr QLatin1String CurrentVersion {"2026-12.1"};

    struct Parties
    {
        QString payee; // who debits: the portal's operator ("Trunking Cloud Portal")
        QString company; // the customer's company name
        QString last4; // the account's last 4 digits; empty before they are typed
        QString accountType; // "checking" / "savings"; empty when not chosen
    };

    // The text of `version` (only CurrentVersion exists) for `code`. For TEL it is the
    // script the agent reads aloud on the call. It names the payee and the company, the
    // account by its last 4 digits (a blank "____" before they are known), that each invoice
    // is debited on its due date for its amount, and how to revoke. Empty for an unknown
    // version.
    static QString text(const QString &version, AchSecCode code, const Parties &parties);
};

} // namespace pac
