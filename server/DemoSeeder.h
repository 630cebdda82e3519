#pragma once

#include "models/CreditApplication.h"
#include "server/PasswordHasher.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <optional>

namespace pac::server {

class Store;
struct DemoCustomer;

// Writes the demo dataset (DemoData.h, DemoBilling.h) into an empty store in one transaction,
// with multi-row inserts; the rows (DemoRows.h) are built on a second thread meanwhile
// (figures in docs/server.md).
class DemoSeeder
{
public:
    // `now` stamps the rows (updated_at, created_at); the rules' "today" is now.date().
    // The demo users' password ("demo") is hashed once, with `passwordIterations`.
    DemoSeeder(Store &store, const QDateTime &now,
               int passwordIterations = PasswordHasher::kDefaultIterations);

    // Monthly invoices of a customer of long standing (default 12: DemoBilling.h); the
    // benchmark of long invoice histories asks for more.
    void setMonthsOfInvoices(int months) { m_monthsOfInvoices = months; }

    // Seeds `customers` customers from `seed`. Stops early (rolling back, returning false
    // with *error set) when *cancel becomes true.
    bool seed(int customers, quint32 seed, QString *error,
              const std::atomic_bool *cancel = nullptr);

private:
    bool seedUsers(QString *error);
    bool writeDeliveries(QString *error) const;
    std::optional<CreditApplication> decidedApplication(const DemoCustomer &customer,
                                                        const PersonRef &agent,
                                                        const PersonRef &support,
                                                        QString *error) const;

    Store &m_store;
    QDateTime m_now;
    int m_passwordIterations;
    int m_monthsOfInvoices = 12;
};

} // namespace pac::server
