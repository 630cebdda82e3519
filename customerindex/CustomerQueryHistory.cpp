#include "customerindex/CustomerQueryHistory.h"

#include "customerindex/CustomerIndex.h"

namespace pac {

namespace {

// Rows held in all (4 bytes each): at most this multiple of the largest result, once they
// are more than the floor; small results are only bounded in number.
constexpr qsizetype kRowBudgetFactor = 3;
constexpr qsizetype kRowBudgetFloor = 1 << 16;

} // namespace

CustomerQueryHistory::CustomerQueryHistory(qsizetype maxEntries)
    : m_maxEntries(std::max<qsizetype>(1, maxEntries))
{ }

bool CustomerQueryHistory::canRefine(const CustomerQueryResult &base, const CustomerQuerySpec &spec,
                                     const QByteArray &needle, quint64 indexVersion)
{
    if (base.indexVersion != indexVersion || base.spec.view != spec.view)
        return false;
    // Only this view depends on the day.
    if (spec.view == CustomerView::PaymentIssueLast90Days && base.spec.today != spec.today)
        return false;
    return needle.contains(base.needle);
}

void CustomerQueryHistory::add(const CustomerQueryResult &result)
{
    // A newer result of the same text and rows replaces the older one.
    m_results.removeIf([&](const CustomerQueryResult &r) {
        return r.needle == result.needle && r.indexVersion == result.indexVersion
            && canRefine(r, result.spec, result.needle, result.indexVersion);
    });
    m_results.append(result);
    qsizetype rows = 0;
    qsizetype largest = 0;
    for (const CustomerQueryResult &r : std::as_const(m_results)) {
        rows += r.matches.size();
        largest = std::max(largest, r.matches.size());
    }
    while (m_results.size() > 1
           && (m_results.size() > m_maxEntries
               || (rows > kRowBudgetFloor && rows > kRowBudgetFactor * largest))) {
        rows -= m_results.constFirst().matches.size();
        m_results.removeFirst();
    }
}

const CustomerQueryResult *CustomerQueryHistory::baseFor(const CustomerQuerySpec &spec,
                                                         quint64 indexVersion) const
{
    const QByteArray needle = CustomerIndex::normalizedNeedle(spec.text);
    const CustomerQueryResult *best = nullptr;
    for (const CustomerQueryResult &r : m_results) {
        // Fewest rows first; on a tie the longer text, which may be the very same query.
        if (canRefine(r, spec, needle, indexVersion)
            && (!best || r.matches.size() < best->matches.size()
                || (r.matches.size() == best->matches.size()
                    && r.needle.size() > best->needle.size())))
            best = &r;
    }
    return best;
}

} // namespace pac
