// CustomerEditService: sending an invoice again (issue 11). A resend travels through the
// outbox like every edit (kind invoice_resend) so it waits offline and survives a restart; it
// changes nothing of the customer, so it needs no base version (docs/sync.md).
#include "portal/CustomerEditService.h"
#include "portal/Log.h"
#include "storage/LocalCache.h"
#include "storage/OutboxEdit.h"

namespace pac {

std::variant<InvoiceResendPreview, EditResult>
CustomerEditService::previewResend(qint64 invoiceId) const
{
    const auto found = m_cache.invoices().findInvoice(invoiceId);
    if (!found)
        return EditResult::storageFailed(found.error());
    if (!found->has_value()) {
        return EditResult::notFound(
            tr("Invoice %1 is not among the invoices kept on this computer; open the customer's "
               "invoices first.")
                .arg(invoiceId));
    }
    const CachedInvoice &cached = **found;
    const auto customer = m_cache.customers().find(cached.customerId);
    if (!customer)
        return EditResult::storageFailed(customer.error());
    if (!customer->has_value()) {
        return EditResult::notFound(
            tr("There is no customer %1 in your list.").arg(cached.customerId));
    }
    InvoiceResendPreview preview;
    preview.invoice = cached.invoice;
    preview.customer = (*customer)->shown();
    preview.recipients = InvoiceEmailList::recipients(preview.customer.billingContacts,
                                                      preview.customer.invoiceEmails);
    return preview;
}

EditResult CustomerEditService::resendInvoice(qint64 invoiceId)
{
    auto previewed = previewResend(invoiceId);
    if (auto *refused = std::get_if<EditResult>(&previewed))
        return *refused;
    const InvoiceResendPreview &preview = std::get<InvoiceResendPreview>(previewed);
    const qint64 customerId = preview.customer.id;
    // Every role that sees a customer may send its invoices again (API.md).
    auto prepared = prepare(customerId, Action::ViewCustomer);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    if (!preview.hasRecipients()) {
        return EditResult::invalid(
            {FieldError {QStringLiteral("recipients"), QString(errorcode::NoRecipients),
                         tr("Customer %1 has no billing contact and no Additional Invoice "
                            "Email: there is nobody to send invoice %2 to.")
                             .arg(customerId)
                             .arg(preview.invoice.number)}});
    }
    // A second click, or a second `agentctl invoice send`, before the first went: one resend.
    const auto entries = m_cache.outbox().entriesFor(customerId);
    if (!entries)
        return EditResult::storageFailed(entries.error());
    for (const OutboxEntry &entry : entries.value()) {
        const std::optional<OutboxEdit> edit = outboxEditOf(entry);
        const auto *resend = edit ? std::get_if<InvoiceResendEdit>(&*edit) : nullptr;
        if (resend && resend->invoiceId == invoiceId) {
            EditResult waiting = EditResult::unchanged(
                tr("Invoice %1 is already waiting to be sent again (edit %2).")
                    .arg(preview.invoice.number)
                    .arg(entry.id));
            waiting.entry = entry; // the caller may push it
            return waiting;
        }
    }
    qCDebug(lcPortal) << "resend of invoice" << invoiceId << "to" << preview.recipients.to.size()
                      << "+" << preview.recipients.cc.size() << "recipients";
    // The base version is only recorded (the call takes no If-Match).
    return save(newEdit(customerId, InvoiceResendEdit {preview.invoice.id, preview.invoice.number},
                        target.customer.server.etag()));
}

} // namespace pac
