#pragma once

#include "models/Customer.h"
#include "storage/LocalCache.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Shared by the storage tests: sample customers and a cache in a fresh temporary folder.
namespace pac::test {

inline Customer sampleCustomer(qint64 id, const QString &name = {})
{
    Customer c;
    c.id = id;
    c.accountNumber = QStringLiteral("AC-%1").arg(id, 8, 10, QLatin1Char('0'));
    c.name = name.isEmpty() ? QStringLiteral("Customer %1").arg(id) : name;
    c.country = QStringLiteral("US");
    c.agent = {7, QStringLiteral("Agent One")};
    c.customerSince = QDate(2024, 2, 29);
    c.creditLimitCents = 20000;
    c.balanceCents = 1500;
    c.invoiceEmails = {QStringLiteral("billing%1@example.com").arg(id)};
    c.billingContacts
        = {{id * 10, QStringLiteral("Ann"), QStringLiteral("ann%1@corp.example").arg(id)}};
    c.ach.status = AchStatus::Eligible;
    c.ach.reason = AchReason::GoodStanding;
    c.version = 1;
    c.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(11, 0, 0, 0), Qt::UTC).addSecs(id);
    return c;
}

inline QList<Customer> sampleCustomers(qint64 first, int count)
{
    QList<Customer> customers;
    customers.reserve(count);
    for (qint64 id = first; id < first + count; ++id)
        customers.append(sampleCustomer(id));
    return customers;
}

// Opens (creating) the cache file `name` in `dir`, failing the test on error.
inline std::unique_ptr<LocalCache> openCache(const QTemporaryDir &dir,
                                             const QString &name = QStringLiteral("cache.sqlite"))
{
    auto cache = LocalCache::open(dir.filePath(name));
    if (!cache) {
        qWarning("cannot open the cache: %s / %s", qPrintable(cache.error().message),
                 qPrintable(cache.error().detail));
        return nullptr;
    }
    return std::move(cache).value();
}

} // namespace pac::test

// QVERIFY for a StorageResult/StorageStatus, printing the error on failure.
#define PAC_VERIFY_OK(expr)                                                                        \
    do {                                                                                           \
        const auto &pacResult_ = (expr);                                                           \
        QVERIFY2(pacResult_.ok(),                                                                  \
                 qPrintable(pacResult_.ok() ? QString()                                            \
                                            : pacResult_.error().message + QStringLiteral(" / ")   \
                                    + pacResult_.error().detail));                                 \
    } while (false)
