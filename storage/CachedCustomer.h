#pragma once

#include "models/Customer.h"

#include <optional>

namespace pac {

// What the outbox says about a customer (row flags for the table and the views).
struct CustomerEditFlags
{
    int pendingEdits = 0; // entries pending or sending that change the customer
    int pendingResends = 0; // invoice resends pending or sending (they change nothing shown)
    bool conflict = false; // at least one entry in conflict
    bool failed = false; // at least one entry refused for good
    bool submittedCreditApplication = false; // a known application with status "submitted"

    bool hasPendingEdit() const { return pendingEdits > 0; }
    bool operator==(const CustomerEditFlags &) const = default;
};

// A customer as the cache holds it: the last copy the portal sent and, while local edits are
// not yet accepted by the portal, the locally edited view (the server copy with the pending,
// sending and conflicting edits applied in order). The console shows shown().
struct CachedCustomer
{
    Customer server;
    std::optional<Customer> local;
    CustomerEditFlags flags;

    const Customer &shown() const { return local ? *local : server; }
};

} // namespace pac
