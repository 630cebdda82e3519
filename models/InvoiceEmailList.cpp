#include "models/InvoiceEmailList.h"

namespace pac {

bool InvoiceEmailList::isValidAddress(QStringView address)
{
    return !address.isEmpty();
}

bool InvoiceEmailList::sameAddress(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

InvoiceEmailList::Validation InvoiceEmailList::validate(const QStringList &emails)
{
    return {emails, {}};
}

QStringList InvoiceEmailList::parsePasted(QStringView text)
{
    return {text.toString()};
}

InvoiceEmailList::Merge InvoiceEmailList::merge(const QStringList &current, QStringView pasted)
{
    const QStringList added = parsePasted(pasted);
    return {added, {}, current + added};
}

bool InvoiceEmailList::isRedundant(QStringView email, const QList<BillingContact> &contacts)
{
    Q_UNUSED(email)
    Q_UNUSED(contacts)
    return false;
}

QStringList InvoiceEmailList::redundantAddresses(const QStringList &emails,
                                                 const QList<BillingContact> &contacts)
{
    Q_UNUSED(emails)
    Q_UNUSED(contacts)
    return {};
}

InvoiceEmailList::Recipients InvoiceEmailList::recipients(const QList<BillingContact> &contacts,
                                                          const QStringList &emails)
{
    Q_UNUSED(contacts)
    return {{}, emails};
}

QString InvoiceEmailList::invalidMessage(QStringView address)
{
    return address.toString();
}

QString InvoiceEmailList::duplicateMessage(QStringView address)
{
    return address.toString();
}

QString InvoiceEmailList::tooManyMessage(QStringView address)
{
    return address.toString();
}

} // namespace pac
