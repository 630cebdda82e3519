#include "ui/CustomerActions.h"

#include "portal/InvoiceLoader.h"
#include "portal/PortalError.h"
#include "presentation/UiText.h"
#include "storage/LocalCache.h"
#include "ui/ConflictDialog.h"
#include "ui/DialogPresenter.h"
#include "ui/Log.h"
#include "ui/ach/ManualAchDialog.h"
#include "ui/billing/PaymentTermsDialog.h"

#include <memory>

namespace pac {

CustomerActions::CustomerActions(CustomerEditService &edits, LocalCache &cache,
                                 PortalClient &client, DialogPresenter &presenter,
                                 QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_edits(edits)
    , m_cache(cache)
    , m_client(client)
    , m_presenter(presenter)
    , m_dialogParent(dialogParent)
{ }

std::optional<Customer> CustomerActions::shownCustomer(qint64 customerId)
{
    const StorageResult<std::optional<CachedCustomer>> found = m_cache.customers().find(customerId);
    if (!found.ok()) {
        emit message(found.error().message);
        return std::nullopt;
    }
    if (!found.value()) {
        emit message(tr("This customer is no longer in the list."));
        return std::nullopt;
    }
    return found.value()->shown();
}

void CustomerActions::report(const EditResult &result, const QString &savedText)
{
    if (result.status == EditResult::Status::Saved)
        emit message(savedText);
    else if (!result.message.isEmpty())
        emit message(result.message);
}

void CustomerActions::changePaymentTerms(qint64 customerId, PaymentTermsKind target)
{
    const std::optional<Customer> customer = shownCustomer(customerId);
    if (!customer)
        return;
    auto *dialog = new PaymentTermsDialog(*customer, target, m_dialogParent);
    if (target == PaymentTermsKind::Net15) {
        // The what-if from the invoices: the cached copy at once, then the portal's; the
        // loader goes with the dialog.
        auto *loader = new InvoiceLoader(m_client, m_cache, dialog);
        const qint64 limit = customer->creditLimitCents;
        auto shown = std::make_shared<bool>(false);
        connect(loader, &InvoiceLoader::loaded, dialog,
                [dialog, limit, shown](qint64, const CachedBilling &billing, bool) {
                    *shown = true;
                    dialog->showWhatIf(
                        NetFifteenWhatIf::compute(billing.invoices, limit, QDate::currentDate()));
                });
        connect(loader, &InvoiceLoader::failed, dialog,
                [dialog, shown](qint64, const PortalError &error) {
                    if (!*shown)
                        dialog->showWhatIfUnavailable(error.message());
                });
        connect(dialog, &PaymentTermsDialog::creditApplicationRequested, this,
                &CustomerActions::creditApplicationRequested);
        loader->load(customerId);
    }
    connect(dialog, &QDialog::accepted, this, [this, customerId, target]() {
        const EditResult result = m_edits.setPaymentTerms(customerId, target);
        report(result,
               target == PaymentTermsKind::Net15
                   ? tr("Moved to Net 15; sending to the portal.")
                   : tr("Moved to due on receipt; sending to the portal."));
    });
    m_presenter.present(dialog);
}

void CustomerActions::enableAchManually(qint64 customerId)
{
    const std::optional<Customer> customer = shownCustomer(customerId);
    if (!customer)
        return;
    auto *dialog = new ManualAchDialog(*customer, m_dialogParent);
    connect(dialog, &ManualAchDialog::enableRequested, this,
            [this, dialog](qint64 id, const QString &reason) {
                const EditResult result = m_edits.enableAchManually(id, reason);
                if (!result.ok()) {
                    QStringList messages;
                    for (const FieldError &error : result.errors)
                        messages << error.message;
                    dialog->showError(messages.isEmpty() ? result.message
                                                         : messages.join(QLatin1Char('\n')));
                    return;
                }
                report(result, tr("ACH enabled manually; sending to the portal."));
                dialog->accept();
            });
    m_presenter.present(dialog);
}

EditResult CustomerActions::saveInvoiceEmails(qint64 customerId, const QStringList &emails)
{
    const EditResult result = m_edits.setInvoiceEmails(customerId, emails);
    report(result, tr("Invoice emails saved; sending to the portal."));
    return result;
}

void CustomerActions::resolveConflict(qint64 customerId)
{
    const StorageResult<std::optional<EditConflict>> conflict = m_edits.conflictFor(customerId);
    if (!conflict.ok()) {
        emit message(conflict.error().message);
        return;
    }
    if (!conflict.value()) {
        emit message(tr("This customer has no conflict to resolve any more."));
        return;
    }
    auto *dialog
        = new ConflictDialog(*conflict.value(), conflict.value()->mine.name, m_dialogParent);
    connect(dialog, &ConflictDialog::resolveRequested, this,
            [this, dialog](qint64 id, ConflictChoice choice, const QStringList &merged) {
                const EditResult result = m_edits.resolveConflict(id, choice, merged);
                if (!result.ok()) {
                    QStringList messages;
                    for (const FieldError &error : result.errors)
                        messages << error.message;
                    dialog->showError(messages.isEmpty() ? result.message
                                                         : messages.join(QLatin1Char('\n')));
                    return;
                }
                emit message(choice == ConflictChoice::Theirs
                                 ? tr("Conflict resolved: the portal's version is kept.")
                                 : tr("Conflict resolved; sending your version to the portal."));
                dialog->accept();
            });
    m_presenter.present(dialog);
}

void CustomerActions::discardEdit(qint64 entryId)
{
    const EditResult result = m_edits.discardEdit(entryId);
    report(result, tr("The refused edit was discarded."));
}

} // namespace pac
