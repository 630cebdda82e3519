#include "portal/CustomerEditRules.h"

#include "models/AchEligibility.h"
#include "models/BillingText.h"
#include "models/InvoiceEmailList.h"
#include "models/PaymentTerms.h"

#include <algorithm>

namespace pac {

EditCheck EditCheck::change(OutboxEdit edit, QStringList redundant)
{
    EditCheck check;
    check.verdict.status = EditResult::Status::Saved;
    check.edit = std::move(edit);
    check.redundant = std::move(redundant);
    return check;
}

EditCheck EditCheck::refused(EditResult verdict)
{
    EditCheck check;
    check.verdict = std::move(verdict);
    return check;
}

std::optional<EditResult> CustomerEditRules::refusalFor(Role role, Action action)
{
    if (auto refusal = Permissions::refusal(role, action))
        return EditResult::notAllowed(*refusal);
    return std::nullopt;
}

std::optional<EditResult> CustomerEditRules::blockedBy(qint64 customerId,
                                                       const QList<OutboxEntry> &entries)
{
    for (const OutboxEntry &entry : entries) {
        if (entry.state == OutboxState::Conflict) {
            return EditResult::blocked(
                tr("Customer %1 changed on the portal while an earlier edit was on its way; "
                   "resolve that conflict first (mine, theirs or merged).")
                    .arg(customerId));
        }
        if (entry.state == OutboxState::Failed) {
            return EditResult::blocked(
                tr("An earlier edit of customer %1 was refused by the portal (%2); discard or "
                   "correct it first.")
                    .arg(customerId)
                    .arg(entry.lastError));
        }
    }
    return std::nullopt;
}

EditCheck CustomerEditRules::setInvoiceEmails(const Customer &shown, const QStringList &emails)
{
    const InvoiceEmailList::Validation validation = InvoiceEmailList::validate(emails);
    if (!validation.ok())
        return EditCheck::refused(EditResult::invalid(validation.errors));
    if (validation.emails == shown.invoiceEmails)
        return EditCheck::refused(
            EditResult::unchanged(tr("The invoice emails are already these.")));
    return EditCheck::change(
        InvoiceEmailsEdit {validation.emails},
        InvoiceEmailList::redundantAddresses(validation.emails, shown.billingContacts));
}

EditCheck CustomerEditRules::addInvoiceEmails(const Customer &shown, QStringView pasted)
{
    const InvoiceEmailList::Merge merge = InvoiceEmailList::merge(shown.invoiceEmails, pasted);
    if (!merge.refused.isEmpty()) {
        QList<FieldError> errors;
        for (const InvoiceEmailList::Refusal &refusal : merge.refused)
            errors.append(refusal.error);
        return EditCheck::refused(EditResult::invalid(errors));
    }
    if (merge.added.isEmpty()) {
        return EditCheck::refused(
            EditResult::invalid({FieldError {QStringLiteral("emails"), QString(errorcode::Required),
                                             tr("No email address to add was given.")}}));
    }
    return setInvoiceEmails(shown, merge.emails);
}

namespace {

FieldError notInList(const QString &address, qint64 customerId)
{
    return FieldError {
        QStringLiteral("emails"), QStringLiteral("not_found"),
        CustomerEditRules::tr("“%1” is not one of the invoice emails of customer %2.")
            .arg(address.trimmed())
            .arg(customerId)};
}

} // namespace

EditCheck CustomerEditRules::removeInvoiceEmail(const Customer &shown, const QString &address)
{
    QStringList emails = shown.invoiceEmails;
    const auto removed = std::remove_if(emails.begin(), emails.end(), [&](const QString &email) {
        return InvoiceEmailList::sameAddress(email.trimmed(), address.trimmed());
    });
    if (removed == emails.end())
        return EditCheck::refused(EditResult::invalid({notInList(address, shown.id)}));
    emails.erase(removed, emails.end());
    return setInvoiceEmails(shown, emails);
}

EditCheck CustomerEditRules::replaceInvoiceEmail(const Customer &shown, const QString &old,
                                                 const QString &replacement)
{
    const QString from = old.trimmed();
    const QString to = replacement.trimmed();
    if (!InvoiceEmailList::isValidAddress(to)) {
        return EditCheck::refused(EditResult::invalid(
            {FieldError {QStringLiteral("emails"), QString(errorcode::InvalidEmail),
                         InvoiceEmailList::invalidMessage(to)}}));
    }
    const auto same = [](const QString &a, const QString &b) {
        return InvoiceEmailList::sameAddress(a.trimmed(), b);
    };
    const bool hasOld = std::any_of(shown.invoiceEmails.cbegin(), shown.invoiceEmails.cend(),
                                    [&](const QString &email) { return same(email, from); });
    if (!hasOld)
        return EditCheck::refused(EditResult::invalid({notInList(from, shown.id)}));
    // `to` already there (and not only as `old` itself): keep it at its place, drop `old`.
    const bool hasOther
        = std::any_of(shown.invoiceEmails.cbegin(), shown.invoiceEmails.cend(),
                      [&](const QString &email) { return same(email, to) && !same(email, from); });
    QStringList emails;
    for (const QString &email : shown.invoiceEmails) {
        if (!same(email, from))
            emails.append(email);
        else if (!hasOther && !emails.contains(to))
            emails.append(to);
    }
    return setInvoiceEmails(shown, emails);
}

EditCheck CustomerEditRules::setPaymentTerms(const Customer &shown, PaymentTermsKind terms)
{
    const PaymentTerms::Change change = PaymentTerms::change(shown, terms);
    if (!change.ok())
        return EditCheck::refused(EditResult::invalid({*change.error}));
    if (!change.changed) {
        return EditCheck::refused(EditResult::unchanged(
            tr("Customer %1 is already on %2.").arg(shown.id).arg(BillingText::termsName(terms))));
    }
    return EditCheck::change(PaymentTermsEdit {terms});
}

EditCheck CustomerEditRules::enableAchManually(const Customer &shown, const QString &reason)
{
    const AchFacts facts = AchEligibility::factsOf(shown);
    if (auto problem = AchEligibility::canEnableManually(facts, reason.trimmed()))
        return EditCheck::refused(EditResult::invalid({*problem}));
    // Enabling again replaces the recorded reason; the same reason again changes nothing.
    if (facts.manualEnable && facts.manualEnable->reason == reason.trimmed()) {
        return EditCheck::refused(EditResult::unchanged(
            tr("ACH is already enabled manually for customer %1 (by %2), for that reason.")
                .arg(shown.id)
                .arg(facts.manualEnable->by.name)));
    }
    return EditCheck::change(AchManualEnableEdit {reason.trimmed()});
}

} // namespace pac
