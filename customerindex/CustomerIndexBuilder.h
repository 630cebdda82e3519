#pragma once

#include "customerindex/CustomerIndex.h"

namespace pac {

// Builds a CustomerIndex from a stream of rows (a loader's query, a server page, ...) without
// holding them all as CustomerRow values first. Runs on any thread; the finished index is
// then handed to CustomerQuery::setIndex on the GUI thread.
class CustomerIndexBuilder
{
public:
    // Reserves room for rows; bytesPerRow is a guess of the text each row brings (name,
    // account number and emails; about 170 bytes for a name, 3 emails and 2 contacts).
    void reserve(qsizetype rows, qsizetype bytesPerRow = 160);
    void add(const CustomerRow &row);
    qsizetype rowCount() const { return qsizetype(m_index.m_records.size()); }

    // The index of every row added; a repeated id keeps the row added last. The builder is
    // empty again afterwards.
    CustomerIndex build();

private:
    CustomerIndex m_index;
};

} // namespace pac
