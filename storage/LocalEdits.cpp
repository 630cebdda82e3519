#include "storage/LocalEdits.h"

#include "models/AchEligibility.h"
#include "models/PaymentTerms.h"
#include "storage/OutboxEdit.h"

namespace pac {

std::optional<QString> LocalEdits::payloadProblem(EditKind kind, const QJsonObject &payload)
{
    QString problem;
    if (!outboxEditFromJson(kind, payload, &problem))
        return problem;
    return std::nullopt;
}

Customer LocalEdits::apply(const Customer &customer, EditKind kind, const QJsonObject &payload,
                           const Context &context)
{
    const std::optional<OutboxEdit> edit = outboxEditFromJson(kind, payload);
    return edit ? apply(customer, *edit, context) : customer;
}

Customer LocalEdits::apply(const Customer &customer, const OutboxEdit &edit, const Context &context)
{
    Customer view = customer;
    if (const auto *emails = std::get_if<InvoiceEmailsEdit>(&edit)) {
        view.invoiceEmails = emails->emails;
    } else if (const auto *terms = std::get_if<PaymentTermsEdit>(&edit)) {
        view.paymentTerms = terms->terms;
        view.creditLimitCents = PaymentTerms::limitOn(terms->terms, view.creditLimitCents);
    } else if (const auto *ach = std::get_if<AchManualEnableEdit>(&edit)) {
        ManualAchEnable enable;
        if (context.actor)
            enable.by = PersonRef {context.actor->id, context.actor->name};
        enable.at = context.at;
        enable.reason = ach->reason;
        // What the portal will answer: the rule over the facts with this enable added (so an
        // account without a bank method becomes `eligible`, not `enabled`, and a customer with
        // a master agent keeps that reason).
        AchFacts facts = AchEligibility::factsOf(view);
        facts.manualEnable = enable;
        const QDate today = context.at.isValid() ? context.at.date() : QDate::currentDate();
        view.ach = AchEligibility::evaluate(facts, today);
    } else if (const auto *decision = std::get_if<CreditDecisionEdit>(&edit)) {
        if (decision->decision.approve)
            view.creditLimitCents = decision->decision.approvedLimitCents;
    }
    // CreditApplicationSubmitEdit: the customer changes only when support approves.
    // InvoiceResendEdit: sending an invoice again changes nothing of the customer.
    return view;
}

} // namespace pac
