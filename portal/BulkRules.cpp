#include "portal/BulkRules.h"

#include "models/BillingText.h"
#include "models/InvoiceEmailList.h"
#include "models/Money.h"
#include "models/NetFifteenWhatIf.h"
#include "portal/CustomerEditRules.h"
#include "storage/LocalEdits.h"

namespace pac {

QString BulkTotals::text(bool saved) const
{
    return (saved ? tr("%1 changed, %2 unchanged, %3 skipped")
                  : tr("%1 will change, %2 unchanged, %3 skipped"))
        .arg(changed)
        .arg(unchanged)
        .arg(skipped);
}

QList<BulkPreviewRow> BulkPreview::changes() const
{
    QList<BulkPreviewRow> result;
    for (const BulkPreviewRow &row : rows) {
        if (row.outcome == BulkPreviewRow::Outcome::Change)
            result.append(row);
    }
    return result;
}

bool BulkPreview::onlyNotAllowed() const
{
    if (rows.isEmpty())
        return false;
    for (const BulkPreviewRow &row : rows) {
        if (row.status != EditResult::Status::NotAllowed)
            return false;
    }
    return true;
}

namespace {

using BulkAction = BulkChange::Action;
using Outcome = BulkPreviewRow::Outcome;

QString money(qint64 cents)
{
    return Money::fromCents(cents).format();
}

// What a bulk line changes of a customer, in words.
QString valueOf(const Customer &customer, EditKind kind)
{
    switch (kind) {
    case EditKind::InvoiceEmails:
        return customer.invoiceEmails.isEmpty() ? BulkRules::tr("(no address)")
                                                : customer.invoiceEmails.join(QStringLiteral(", "));
    case EditKind::PaymentTerms:
        return BulkRules::tr("%1, limit %2")
            .arg(BillingText::termsName(customer.paymentTerms), money(customer.creditLimitCents));
    case EditKind::AchManualEnable:
        return BillingText::achStatusName(customer.ach.status);
    default:
        return {};
    }
}

EditKind kindOf(const BulkChange &change)
{
    switch (change.action) {
    case BulkAction::AddEmail:
    case BulkAction::RemoveEmail:
    case BulkAction::ReplaceEmail:
        return EditKind::InvoiceEmails;
    case BulkAction::SetTerms:
        return EditKind::PaymentTerms;
    case BulkAction::EnableAch:
        return EditKind::AchManualEnable;
    case BulkAction::Restore:
        return change.restore ? pac::kindOf(*change.restore) : EditKind::InvoiceEmails;
    }
    return EditKind::InvoiceEmails;
}

pac::Action permissionFor(EditKind kind)
{
    switch (kind) {
    case EditKind::PaymentTerms:
        return pac::Action::ChangePaymentTerms;
    case EditKind::AchManualEnable:
        return pac::Action::EnableAchManually;
    default:
        return pac::Action::EditInvoiceEmails;
    }
}

EditCheck check(const Customer &shown, const BulkChange &change)
{
    switch (change.action) {
    case BulkAction::AddEmail:
        return CustomerEditRules::addInvoiceEmails(shown, change.address);
    case BulkAction::RemoveEmail:
        return CustomerEditRules::removeInvoiceEmail(shown, change.address);
    case BulkAction::ReplaceEmail:
        return CustomerEditRules::replaceInvoiceEmail(shown, change.address, change.replacement);
    case BulkAction::SetTerms:
        return CustomerEditRules::setPaymentTerms(shown, change.terms);
    case BulkAction::EnableAch:
        return CustomerEditRules::enableAchManually(shown, change.reason);
    case BulkAction::Restore:
        if (const auto *emails
            = change.restore ? std::get_if<InvoiceEmailsEdit>(&*change.restore) : nullptr)
            return CustomerEditRules::setInvoiceEmails(shown, emails->emails);
        if (const auto *terms
            = change.restore ? std::get_if<PaymentTermsEdit>(&*change.restore) : nullptr)
            return CustomerEditRules::setPaymentTerms(shown, terms->terms);
        return EditCheck::refused(EditResult::blocked(
            BulkRules::tr("Enabling ACH manually cannot be undone from a bulk change.")));
    }
    return EditCheck::refused(EditResult::blocked({}));
}

// The body of the edit that gives `customer`'s value of `kind` back.
QJsonObject restoreOf(const Customer &customer, EditKind kind)
{
    switch (kind) {
    case EditKind::InvoiceEmails:
        return toJson(InvoiceEmailsEdit {customer.invoiceEmails});
    case EditKind::PaymentTerms:
        return toJson(PaymentTermsEdit {customer.paymentTerms});
    default:
        return {};
    }
}

bool onlyCode(const EditResult &verdict, QLatin1String code)
{
    return verdict.status == EditResult::Status::Invalid && verdict.errors.size() == 1
        && verdict.errors.constFirst().code == code;
}

// Why a line that would change is skipped by the bulk rules on top of the single edit's.
std::optional<QString> bulkSkip(const BulkChange &change, const Customer &shown,
                                const BulkSubject &subject, QDate today)
{
    const QString added = change.action == BulkAction::AddEmail ? change.address
        : change.action == BulkAction::ReplaceEmail             ? change.replacement
                                                                : QString();
    if (!added.isEmpty() && InvoiceEmailList::isRedundant(added, shown.billingContacts)) {
        return BulkRules::tr("%1 is already a billing contact of customer %2.")
            .arg(added)
            .arg(shown.id);
    }
    if (change.action == BulkAction::SetTerms && change.terms == PaymentTermsKind::Net15
        && subject.invoices) {
        const NetFifteenWhatIf::Result whatIf
            = NetFifteenWhatIf::compute(*subject.invoices, shown.creditLimitCents, today);
        if (whatIf.exceedsLimit) {
            return BulkRules::tr("Net 15 would exceed the limit: typically %1 owed before an "
                                 "invoice falls due, against a limit of %2.")
                .arg(money(whatIf.exposureCents), money(whatIf.limitCents));
        }
    }
    return std::nullopt;
}

} // namespace

BulkPreview BulkRules::preview(const BulkInput &input)
{
    BulkPreview preview;
    preview.rows.reserve(input.items.size());
    // Several lines for one customer: each is checked on the customer as the lines before it
    // leave it.
    QHash<qint64, Customer> working;
    const LocalEdits::Context context {std::nullopt, QDateTime::currentDateTimeUtc()};
    for (const BulkItem &item : input.items) {
        BulkPreviewRow row;
        row.customerId = item.customerId;
        row.change = item.change;
        const EditKind kind = kindOf(item.change);
        auto skip = [&](EditResult::Status status, QString reason) {
            row.outcome = Outcome::Skipped;
            row.status = status;
            row.reason = std::move(reason);
            ++preview.totals.skipped;
            preview.rows.append(row);
        };
        const auto found = input.subjects.constFind(item.customerId);
        if (found == input.subjects.cend()) {
            skip(EditResult::Status::NotFound,
                 tr("There is no customer %1 in your list.").arg(item.customerId));
            continue;
        }
        const BulkSubject &subject = found.value();
        const Customer shown = working.value(item.customerId, subject.customer.shown());
        row.customerName = shown.name;
        row.before = valueOf(shown, kind);
        if (auto refusal = CustomerEditRules::refusalFor(input.role, permissionFor(kind))) {
            skip(refusal->status, refusal->message);
            continue;
        }
        if (auto blocked = CustomerEditRules::blockedBy(item.customerId, subject.entries)) {
            skip(blocked->status, blocked->message);
            continue;
        }
        const EditCheck checked = check(shown, item.change);
        if (!checked.changes()) {
            const EditResult &verdict = checked.verdict;
            const bool same = verdict.status == EditResult::Status::Unchanged
                || (item.change.action == BulkAction::AddEmail
                    && onlyCode(verdict, errorcode::Duplicate))
                || ((item.change.action == BulkAction::RemoveEmail
                     || item.change.action == BulkAction::ReplaceEmail)
                    && onlyCode(verdict, QLatin1String("not_found")));
            if (!same) {
                skip(verdict.status, verdict.message);
                continue;
            }
            row.outcome = Outcome::Unchanged;
            row.status = EditResult::Status::Unchanged;
            row.reason = verdict.message;
            ++preview.totals.unchanged;
            preview.rows.append(row);
            continue;
        }
        if (auto reason = bulkSkip(item.change, shown, subject, input.today)) {
            skip(EditResult::Status::Invalid, *reason);
            continue;
        }
        const QByteArray etag
            = item.change.action == BulkAction::Restore && !item.change.restoreEtag.isEmpty()
            ? item.change.restoreEtag
            : subject.customer.server.etag();
        row.outcome = Outcome::Change;
        row.status = EditResult::Status::Saved;
        row.edit = newEdit(item.customerId, *checked.edit, etag);
        row.restore = restoreOf(shown, kind);
        const Customer after = LocalEdits::apply(shown, *checked.edit, context);
        row.after = valueOf(after, kind);
        working.insert(item.customerId, after);
        ++preview.totals.changed;
        preview.rows.append(row);
    }
    return preview;
}

} // namespace pac
