#pragma once

#include "models/CreditApplication.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantList>

#include <array>
#include <optional>

namespace pac::server {

struct BillingRecords;
struct DemoCustomer;

// The tables the demo's customers fill, each written by a bulk inserter of its own
// (DemoSeeder); the common rows of invoices and payments leave out what their columns'
// defaults say (not void, succeeded): each value bound costs, and there are millions.
enum class DemoTable {
    Customers,
    Contacts,
    Emails,
    Invoices,
    VoidInvoices,
    Payments,
    FailedPayments,
    Methods, // cards
    AchMethods, // verified, with the authorization the demo gives them
    Recipients,
    Applications,
};
inline constexpr int kDemoTableCount = int(DemoTable::Applications) + 1;

struct DemoTableShape
{
    const char *table;
    const char *columns; // comma-separated, in the order of a row's values
    int rowsPerStatement;
};
const DemoTableShape &demoTableShape(DemoTable table);

// A credit decision that raised the customer's limit: the seeder writes its history entry.
struct DemoCreditDecision
{
    QDateTime decidedAt;
    qint64 limitBefore = 0;
    qint64 limitAfter = 0;
};

// What one demo customer adds to the store: its rows for each table, and the history entry
// of its credit decision. Built apart from the writing (demoRowsOf() touches no store), so
// the seeder builds the next customers' on another thread while it writes these.
struct DemoCustomerRows
{
    qint64 customerId = 0;
    std::optional<DemoCreditDecision> creditDecision;
    std::array<QList<QVariantList>, kDemoTableCount> rows;
};

// `application`: the customer's decided application (its limit already applied to the
// customer when approved); `now` stamps the rows.
DemoCustomerRows demoRowsOf(const DemoCustomer &customer,
                            const std::optional<CreditApplication> &application,
                            const BillingRecords &billing, const QDateTime &now);

} // namespace pac::server
