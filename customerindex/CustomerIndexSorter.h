#pragma once

// Internal to the customer index (not for other modules): its sort cache and the code that
// computes sorted orders.

#include "customerindex/CustomerIndex.h"

#include <QMutex>

#include <array>

namespace pac {

struct CustomerIndex::SortCache
{
    // Sorted orders kept at most (4 bytes a row each): a user sorts by a few columns; the
    // least recently used order goes first.
    static constexpr int kMaxOrders = 6;

    QMutex mutex;
    // [column * 2 + (order == Qt::DescendingOrder)]
    std::array<std::shared_ptr<const std::vector<Slot>>, 2 * CustomerColumnCount> orders;
    std::array<quint64, 2 * CustomerColumnCount> lastUse {};
    quint64 uses = 0;
};

class CustomerIndexSorter
{
public:
    using Slot = CustomerIndex::Slot;

    // Every live slot of index ordered by column: rows with a value first, by key (ascending
    // or descending), equal keys by slot; then rows without a value, by slot.
    static std::vector<Slot> sort(const CustomerIndex &index, CustomerColumn column,
                                  Qt::SortOrder order);
};

} // namespace pac
