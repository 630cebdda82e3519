#pragma once

#include "customerindex/CustomerQueryResult.h"

#include <QList>

namespace pac {

// Recent query results of one index, kept so that a new query can start from the smallest
// one it may refine: typing on refines the last result, and a backspace refines the result
// the shorter text had a moment ago instead of searching every row again. Bounded in entries
// and, past 65,536, in rows held: three times the largest result (4 bytes a row).
class CustomerQueryHistory
{
public:
    explicit CustomerQueryHistory(qsizetype maxEntries = 8);

    void add(const CustomerQueryResult &result);
    void clear() { m_results.clear(); }
    qsizetype size() const { return m_results.size(); }

    // The result with the fewest rows that CustomerIndex::query can refine for spec: computed
    // on indexVersion, for the same rows of the same view and day, and whose text the new
    // text contains. Null when there is none.
    const CustomerQueryResult *baseFor(const CustomerQuerySpec &spec, quint64 indexVersion) const;

    // Whether query(spec, &base) refines base rather than searching every row.
    static bool canRefine(const CustomerQueryResult &base, const CustomerQuerySpec &spec,
                          const QByteArray &needle, quint64 indexVersion);

private:
    qsizetype m_maxEntries;
    QList<CustomerQueryResult> m_results; // oldest first
};

} // namespace pac
