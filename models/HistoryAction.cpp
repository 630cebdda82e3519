#include "models/HistoryAction.h"

#include "models/WireTable.h"

namespace pac {

namespace {

constexpr wire::Table<HistoryAction, 10> kActions {{
    {HistoryAction::InvoiceEmailsChanged, u"invoice_emails_changed"},
    {HistoryAction::PaymentTermsChanged, u"payment_terms_changed"},
    {HistoryAction::AchManuallyEnabled, u"ach_manually_enabled"},
    {HistoryAction::AchMethodAdded, u"ach_method_added"},
    {HistoryAction::AchMethodVerified, u"ach_method_verified"},
    {HistoryAction::AchMethodVerificationFailed, u"ach_method_verification_failed"},
    {HistoryAction::AchDefaultMethodSet, u"ach_default_method_set"},
    {HistoryAction::AchMethodRevoked, u"ach_method_revoked"},
    {HistoryAction::CreditApplicationSubmitted, u"credit_application_submitted"},
    {HistoryAction::CreditDecision, u"credit_decision"},
}};

} // namespace

QString toWire(HistoryAction action)
{
    return wire::nameOf(kActions, action);
}

std::optional<HistoryAction> historyActionFromWire(QStringView text)
{
    return wire::valueOf(kActions, text);
}

} // namespace pac
