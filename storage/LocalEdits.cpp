#include "storage/LocalEdits.h"

#include "models/AchEligibility.h"
#include "models/CreditApplicationJson.h"
#include "models/PaymentTerms.h"

#include <QJsonArray>

namespace pac {

namespace {

std::optional<QStringList> emailsOf(const QJsonObject &payload)
{
    const QJsonValue emails = payload.value(QStringLiteral("emails"));
    if (!emails.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &email : emails.toArray()) {
        if (!email.isString())
            return std::nullopt;
        list.append(email.toString());
    }
    return list;
}

} // namespace

std::optional<QString> LocalEdits::payloadProblem(EditKind kind, const QJsonObject &payload)
{
    switch (kind) {
    case EditKind::InvoiceEmails:
        if (!emailsOf(payload))
            return tr("The invoice emails edit needs “emails”, a list of addresses.");
        return std::nullopt;
    case EditKind::PaymentTerms:
        if (!paymentTermsFromWire(payload.value(QStringLiteral("terms")).toString()))
            return tr("The payment terms edit needs “terms”: due_on_receipt or net15.");
        return std::nullopt;
    case EditKind::AchManualEnable:
        if (payload.value(QStringLiteral("reason")).toString().trimmed().isEmpty())
            return tr("Enabling ACH by hand needs a reason.");
        return std::nullopt;
    case EditKind::CreditApplicationSubmit: {
        QString badField;
        if (!creditApplicationFromJson(payload, &badField))
            return tr("The credit application has an invalid “%1”.").arg(badField);
        return std::nullopt;
    }
    case EditKind::CreditDecision: {
        QString badField;
        if (!creditDecisionRequestFromJson(payload, &badField))
            return tr("The credit decision has an invalid “%1”.").arg(badField);
        return std::nullopt;
    }
    }
    return tr("Unknown kind of edit.");
}

Customer LocalEdits::apply(const Customer &customer, EditKind kind, const QJsonObject &payload,
                           const Context &context)
{
    if (payloadProblem(kind, payload))
        return customer;
    Customer view = customer;
    switch (kind) {
    case EditKind::InvoiceEmails:
        view.invoiceEmails = *emailsOf(payload);
        break;
    case EditKind::PaymentTerms: {
        const PaymentTermsKind terms
            = *paymentTermsFromWire(payload.value(QStringLiteral("terms")).toString());
        view.paymentTerms = terms;
        view.creditLimitCents = PaymentTerms::limitOn(terms, view.creditLimitCents);
        break;
    }
    case EditKind::AchManualEnable: {
        ManualAchEnable enable;
        if (context.actor)
            enable.by = PersonRef {context.actor->id, context.actor->name};
        enable.at = context.at;
        enable.reason = payload.value(QStringLiteral("reason")).toString().trimmed();
        // What the portal will answer: the rule over the facts with this enable added (so an
        // account without a bank method becomes `eligible`, not `enabled`, and a customer with
        // a master agent keeps that reason).
        AchFacts facts = AchEligibility::factsOf(view);
        facts.manualEnable = enable;
        const QDate today = context.at.isValid() ? context.at.date() : QDate::currentDate();
        view.ach = AchEligibility::evaluate(facts, today);
        break;
    }
    case EditKind::CreditApplicationSubmit:
        break; // the customer changes only when support approves
    case EditKind::CreditDecision: {
        const auto decision = creditDecisionRequestFromJson(payload);
        if (decision && decision->approve)
            view.creditLimitCents = decision->approvedLimitCents;
        break;
    }
    }
    return view;
}

} // namespace pac
