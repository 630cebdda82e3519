#pragma once

#include "models/Customer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// Shared by the console's tests: customers with the facts a test names.
namespace pac::test {

inline Customer uiCustomer(qint64 id, const QString &name = {})
{
    Customer c;
    c.id = id;
    c.accountNumber = QStringLiteral("AC-%1").arg(id, 8, 10, QLatin1Char('0'));
    c.name = name.isEmpty() ? QStringLiteral("Customer %1").arg(id) : name;
    c.country = QStringLiteral("US");
    c.status = CustomerStatus::Active;
    c.agent = {3, QStringLiteral("Agent One")};
    c.customerSince = QDate(2024, 2, 29);
    c.creditLimitCents = 0;
    c.balanceCents = 12000;
    c.invoiceEmails = {QStringLiteral("billing%1@example.com").arg(id)};
    c.billingContacts
        = {{id * 10, QStringLiteral("Ann Lee"), QStringLiteral("ann%1@corp.example").arg(id)}};
    c.ach.status = AchStatus::Eligible;
    c.ach.reason = AchReason::GoodStanding;
    c.version = 1;
    c.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC).addSecs(id);
    return c;
}

inline QList<Customer> uiCustomers(qint64 first, int count)
{
    QList<Customer> customers;
    for (qint64 id = first; id < first + count; ++id)
        customers.append(uiCustomer(id));
    return customers;
}

} // namespace pac::test
