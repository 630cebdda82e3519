#pragma once

// Deterministic synthetic customers for the customer table benchmarks: the same index gives
// the same row in every run, so figures of different runs and machines compare.

#include "customerindex/CustomerRow.h"

namespace pac::bench {

// Row i of the synthetic data set: a company name of 2-4 words (about 3 % with non-ASCII
// letters: "Ñandú", "São", ...), a 9-digit account number, one of 400 agents, a master agent
// for about a third, 0-4 invoice emails and 1-2 billing contacts' emails, money, terms, ACH
// state, payment issues and updated times spread over realistic ranges.
CustomerRow syntheticCustomer(qint64 i);

// Resident set size of this process in bytes (VmRSS of /proc/self/status), 0 if unknown.
qint64 residentBytes();

} // namespace pac::bench
