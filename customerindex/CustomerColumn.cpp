#include "customerindex/CustomerColumn.h"

#include "customerindex/CustomerIndex.h"
#include "models/BillingText.h"
#include "models/CustomerJson.h"
#include "models/Money.h"

namespace pac {

QString CustomerColumns::title(CustomerColumn column)
{
    switch (column) {
    case CustomerColumn::AccountNumber:
        return tr("Account");
    case CustomerColumn::Name:
        return tr("Name");
    case CustomerColumn::Agent:
        return tr("Agent");
    case CustomerColumn::MasterAgent:
        return tr("Master agent");
    case CustomerColumn::Terms:
        return tr("Terms");
    case CustomerColumn::CreditLimit:
        return tr("Credit limit");
    case CustomerColumn::Balance:
        return tr("Balance");
    case CustomerColumn::LimitUsed:
        return tr("% of limit");
    case CustomerColumn::AchStatus:
        return tr("ACH");
    case CustomerColumn::InvoiceEmails:
        return tr("Invoice emails");
    case CustomerColumn::UpdatedAt:
        return tr("Updated");
    case CustomerColumn::Count:
        break;
    }
    return {};
}

QString CustomerColumns::headerToolTip(CustomerColumn column)
{
    switch (column) {
    case CustomerColumn::AccountNumber:
        return tr("Account number");
    case CustomerColumn::MasterAgent:
        return tr("Customer-level master agent");
    case CustomerColumn::Terms:
        return tr("Payment terms");
    case CustomerColumn::LimitUsed:
        return tr("Balance as a percentage of the credit limit");
    case CustomerColumn::AchStatus:
        return tr("ACH bank debit");
    case CustomerColumn::InvoiceEmails:
        return tr("Number of additional invoice emails");
    case CustomerColumn::UpdatedAt:
        return tr("Last changed on the portal");
    default:
        return title(column);
    }
}

bool CustomerColumns::isNumeric(CustomerColumn column)
{
    switch (column) {
    case CustomerColumn::CreditLimit:
    case CustomerColumn::Balance:
    case CustomerColumn::LimitUsed:
    case CustomerColumn::InvoiceEmails:
    case CustomerColumn::UpdatedAt:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> CustomerColumns::limitUsedBasisPoints(const CustomerFacts &facts)
{
    if (facts.creditLimitCents <= 0)
        return std::nullopt;
    // Exact in integers for any balance below $92 billion.
    return facts.balanceCents * 10000 / facts.creditLimitCents;
}

QVariant CustomerColumns::raw(const CustomerIndex &index, quint32 slot, CustomerColumn column)
{
    const CustomerFacts &f = index.facts(slot);
    switch (column) {
    case CustomerColumn::AccountNumber:
        return index.accountNumber(slot);
    case CustomerColumn::Name:
        return index.name(slot);
    case CustomerColumn::Agent:
        return index.agentName(slot);
    case CustomerColumn::MasterAgent:
        return index.hasMasterAgent(slot) ? QVariant(index.masterAgentName(slot)) : QVariant();
    case CustomerColumn::Terms:
        return int(f.terms);
    case CustomerColumn::CreditLimit:
        return f.creditLimitCents;
    case CustomerColumn::Balance:
        return f.balanceCents;
    case CustomerColumn::LimitUsed:
        if (const std::optional<qint64> bp = limitUsedBasisPoints(f))
            return *bp;
        return {};
    case CustomerColumn::AchStatus:
        return int(f.achStatus);
    case CustomerColumn::InvoiceEmails:
        return int(f.invoiceEmailCount);
    case CustomerColumn::UpdatedAt:
        return f.updatedAtMsecs == CustomerFacts::kUnknownTime ? QVariant() : f.updatedAt();
    case CustomerColumn::Count:
        break;
    }
    return {};
}

QString CustomerColumns::text(const CustomerIndex &index, quint32 slot, CustomerColumn column,
                              const QLocale &locale)
{
    const CustomerFacts &f = index.facts(slot);
    switch (column) {
    case CustomerColumn::CreditLimit:
        return Money::fromCents(f.creditLimitCents).format(locale);
    case CustomerColumn::Balance:
        return Money::fromCents(f.balanceCents).format(locale);
    case CustomerColumn::LimitUsed:
        if (const std::optional<qint64> bp = limitUsedBasisPoints(f))
            return BillingText::limitUsed(*bp, locale);
        return {};
    case CustomerColumn::InvoiceEmails:
        return locale.toString(f.invoiceEmailCount);
    case CustomerColumn::UpdatedAt:
        if (f.updatedAtMsecs == CustomerFacts::kUnknownTime)
            return {};
        return locale.toString(f.updatedAt().toLocalTime(), QLocale::ShortFormat);
    default:
        return exportText(index, slot, column);
    }
}

QString CustomerColumns::exportText(const CustomerIndex &index, quint32 slot, CustomerColumn column)
{
    const CustomerFacts &f = index.facts(slot);
    switch (column) {
    case CustomerColumn::AccountNumber:
        return index.accountNumber(slot);
    case CustomerColumn::Name:
        return index.name(slot);
    case CustomerColumn::Agent:
        return index.agentName(slot);
    case CustomerColumn::MasterAgent:
        return index.masterAgentName(slot);
    case CustomerColumn::Terms:
        return BillingText::termsName(f.terms);
    case CustomerColumn::CreditLimit:
        return Money::fromCents(f.creditLimitCents).toPlainString();
    case CustomerColumn::Balance:
        return Money::fromCents(f.balanceCents).toPlainString();
    case CustomerColumn::LimitUsed:
        if (const std::optional<qint64> bp = limitUsedBasisPoints(f))
            return BillingText::tenths(*bp / 10, QLocale::c());
        return {};
    case CustomerColumn::AchStatus:
        return BillingText::achStatusName(f.achStatus);
    case CustomerColumn::InvoiceEmails:
        return QString::number(f.invoiceEmailCount);
    case CustomerColumn::UpdatedAt:
        if (f.updatedAtMsecs == CustomerFacts::kUnknownTime)
            return {};
        return toRfc3339(f.updatedAt());
    case CustomerColumn::Count:
        break;
    }
    return {};
}

QString CustomerColumns::toolTip(const CustomerIndex &index, quint32 slot, CustomerColumn column,
                                 const QLocale &locale)
{
    const CustomerFacts &f = index.facts(slot);
    switch (column) {
    case CustomerColumn::Name:
        return index.name(slot);
    case CustomerColumn::AchStatus:
        return tr("%1: %2", "ACH status: why")
            .arg(BillingText::achStatusName(f.achStatus), BillingText::achReasonName(f.achReason));
    case CustomerColumn::LimitUsed:
        if (f.creditLimitCents <= 0)
            return tr("No credit limit");
        return tr("Balance %1 of a credit limit of %2")
            .arg(Money::fromCents(f.balanceCents).format(locale),
                 Money::fromCents(f.creditLimitCents).format(locale));
    case CustomerColumn::UpdatedAt:
        if (f.updatedAtMsecs == CustomerFacts::kUnknownTime)
            return {};
        return locale.toString(f.updatedAt().toLocalTime(), QLocale::LongFormat);
    default:
        return {};
    }
}

} // namespace pac
