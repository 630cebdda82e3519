#include "ui/invoices/InvoiceResendAction.h"

#include "portal/CustomerEditService.h"
#include "portal/PortalError.h"
#include "portal/SyncEngine.h"
#include "ui/DialogPresenter.h"
#include "ui/Log.h"
#include "ui/invoices/InvoiceResendDialog.h"

namespace pac {

InvoiceResendAction::InvoiceResendAction(CustomerEditService &edits, SyncEngine &engine,
                                         DialogPresenter &presenter, QObject *parent)
    : QObject(parent)
    , m_edits(edits)
    , m_presenter(presenter)
{
    connect(&engine, &SyncEngine::editApplied, this, &InvoiceResendAction::onApplied);
    connect(&engine, &SyncEngine::editFailed, this,
            [this](qint64 entryId, qint64, const PortalError &error) { onFailed(entryId, error); });
    connect(
        &engine, &SyncEngine::editDeferred, this,
        [this](qint64 entryId, qint64, const PortalError &error) { onDeferred(entryId, error); });
}

InvoiceResendDialog *InvoiceResendAction::dialog() const
{
    return m_dialog;
}

void InvoiceResendAction::resend(const Invoice &invoice, QWidget *dialogParent)
{
    auto previewed = m_edits.previewResend(invoice.id);
    if (const auto *refused = std::get_if<EditResult>(&previewed)) {
        emit message(refused->message);
        return;
    }
    auto *dialog = new InvoiceResendDialog(std::get<InvoiceResendPreview>(previewed), dialogParent);
    connect(dialog, &InvoiceResendDialog::sendRequested, this, &InvoiceResendAction::queue);
    m_dialog = dialog;
    m_presenter.present(dialog);
}

void InvoiceResendAction::queue(qint64 invoiceId)
{
    const EditResult result = m_edits.resendInvoice(invoiceId);
    if (!result.ok()) {
        if (m_dialog)
            m_dialog->showError(result.message);
        return;
    }
    if (result.status == EditResult::Status::Saved && result.entry) {
        const QString number
            = result.entry->payload.value(QLatin1String("invoice_number")).toString();
        m_waiting.insert(result.entry->id, Waiting {invoiceId, number});
        qCDebug(lcUi) << "resend of invoice" << invoiceId << "queued as" << result.entry->id;
        emit message(tr("Invoice %1 is queued to be sent again.").arg(number));
    } else {
        emit message(result.message); // already waiting: one resend, not two
    }
    if (m_dialog)
        m_dialog->accept();
}

void InvoiceResendAction::onApplied(qint64 entryId, qint64 customerId)
{
    const auto it = m_waiting.constFind(entryId);
    if (it == m_waiting.constEnd())
        return;
    const Waiting waiting = *it;
    m_waiting.erase(it);
    emit message(tr("Invoice %1 was sent again.").arg(waiting.number));
    emit sent(customerId, waiting.invoiceId);
}

void InvoiceResendAction::onFailed(qint64 entryId, const PortalError &error)
{
    const auto it = m_waiting.constFind(entryId);
    if (it == m_waiting.constEnd())
        return;
    const QString number = it->number;
    m_waiting.erase(it);
    emit message(tr("The portal refused to send invoice %1 again: %2")
                     .arg(number,
                          error.fieldErrors.isEmpty() ? error.message()
                                                      : error.fieldErrors.first().message));
}

void InvoiceResendAction::onDeferred(qint64 entryId, const PortalError &error)
{
    const auto it = m_waiting.constFind(entryId);
    if (it == m_waiting.constEnd())
        return;
    // It stays tracked: the next push may still send it while the console runs.
    emit message(
        tr("Invoice %1 waits in the outbox to be sent again: %2").arg(it->number, error.message()));
}

} // namespace pac
