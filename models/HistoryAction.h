#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pac {

// What an entry of a customer's audit history records (`action` in GET /customers/{id}/history).
// The portal writes these and the console words them (presentation/HistoryText); both use these
// names.
enum class HistoryAction {
    InvoiceEmailsChanged, // "invoice_emails_changed"
    PaymentTermsChanged, // "payment_terms_changed" (also the limit it set, field
                         // credit_limit_cents)
    AchManuallyEnabled, // "ach_manually_enabled"
    AchMethodAdded, // "ach_method_added" (pending, with its authorization: billing rule 8)
    AchMethodVerified, // "ach_method_verified" (the micro-deposits matched)
    AchMethodVerificationFailed, // "ach_method_verification_failed" (the last try did not)
    AchDefaultMethodSet, // "ach_default_method_set" (before/after: {id, last4} or null)
    AchMethodRevoked, // "ach_method_revoked" (after: {id, last4, reason})
    CreditApplicationSubmitted, // "credit_application_submitted"
    CreditDecision, // "credit_decision" (and the limit an approval set)
};

QString toWire(HistoryAction action);
// nullopt for an action this program does not know (a newer portal's): shown as it is named.
std::optional<HistoryAction> historyActionFromWire(QStringView text);

} // namespace pac
