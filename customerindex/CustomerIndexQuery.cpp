#include "customerindex/CustomerIndex.h"
#include "customerindex/CustomerIndexText.h"
#include "customerindex/CustomerQueryHistory.h"

#include <algorithm>

namespace pac {

namespace {

// How many rows a query handles between two looks at its cancel flag.
constexpr CustomerIndex::Slot kCancelStride = 1 << 14;

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

QByteArray CustomerIndex::normalizedNeedle(QStringView text)
{
    indextext::TextBuffer needle;
    indextext::appendSearchForm(needle, text);
    return QByteArray(needle.data(), qsizetype(needle.size()));
}

QByteArray CustomerIndex::searchTextOf(QStringView name, QStringView accountNumber,
                                       const QStringList &emails)
{
    indextext::TextBuffer text;
    indextext::appendSearchText(text, name, accountNumber, emails);
    return QByteArray(text.data(), qsizetype(text.size()));
}

bool CustomerIndex::matchesNeedle(Slot slot, const QByteArray &needle) const
{
    if (needle.isEmpty())
        return true;
    return indextext::containsBytes(
        searchText(slot), std::string_view(needle.constData(), std::size_t(needle.size())));
}

QList<CustomerIndex::Slot> CustomerIndex::filter(QStringView text, CustomerView view,
                                                 QDate today) const
{
    CustomerQuerySpec spec;
    spec.text = text.toString();
    spec.view = view;
    spec.today = today;
    return query(spec)->matches;
}

std::optional<CustomerQueryResult> CustomerIndex::query(const CustomerQuerySpec &spec,
                                                        const CustomerQueryResult *previous,
                                                        const std::atomic_bool *cancel) const
{
    CustomerQueryResult result;
    result.spec = spec;
    result.needle = normalizedNeedle(spec.text);
    result.indexVersion = m_version;
    bool cancelled = false;

    const bool refinable
        = previous && CustomerQueryHistory::canRefine(*previous, spec, result.needle, m_version);
    const bool sameOrder = previous && previous->spec.sortColumn == spec.sortColumn
        && (spec.sortColumn < 0 || previous->spec.sortOrder == spec.sortOrder);

    if (refinable && sameOrder) {
        // Typing on: every row that matches the longer text matched the shorter one, and the
        // previous rows are already in display order.
        if (result.needle == previous->needle) {
            result.matches = previous->matches;
            return result;
        }
        result.matches.reserve(previous->matches.size());
        Slot seen = 0;
        for (Slot slot : previous->matches) {
            if (++seen % kCancelStride == 0 && isCancelled(cancel))
                return std::nullopt;
            if (matchesNeedle(slot, result.needle))
                result.matches.append(slot);
        }
        return result;
    }

    std::vector<quint8> match(m_records.size(), 0);
    if (refinable) {
        for (Slot slot : previous->matches)
            match[slot] = matchesNeedle(slot, result.needle) ? 1 : 0;
    } else {
        const bool everyRow = spec.view == CustomerView::All;
        for (Slot slot = 0; slot < slotCount(); ++slot) {
            if (slot % kCancelStride == 0 && isCancelled(cancel))
                return std::nullopt;
            const Record &r = m_records[slot];
            match[slot] = r.live
                    && (everyRow || CustomerViews::matches(spec.view, r.facts, spec.today))
                    && matchesNeedle(slot, result.needle)
                ? 1
                : 0;
        }
    }
    result.matches = orderedMatches(match, spec, cancel, &cancelled);
    if (cancelled)
        return std::nullopt;
    return result;
}

QList<CustomerIndex::Slot> CustomerIndex::orderedMatches(const std::vector<quint8> &match,
                                                         const CustomerQuerySpec &spec,
                                                         const std::atomic_bool *cancel,
                                                         bool *cancelled) const
{
    QList<Slot> ordered;
    const auto count = std::count(match.begin(), match.end(), quint8(1));
    ordered.reserve(qsizetype(count));
    if (spec.sortColumn < 0 || spec.sortColumn >= CustomerColumnCount) {
        for (Slot slot = 0; slot < slotCount(); ++slot) {
            if (match[slot])
                ordered.append(slot);
        }
        return ordered;
    }
    if (isCancelled(cancel)) {
        *cancelled = true;
        return {};
    }
    const std::shared_ptr<const std::vector<Slot>> order
        = sortedSlots(CustomerColumn(spec.sortColumn), spec.sortOrder);
    for (Slot slot : *order) {
        if (match[slot])
            ordered.append(slot);
    }
    return ordered;
}

CustomerViewCounts CustomerIndex::viewCounts(QDate today) const
{
    CustomerViewCounts counts;
    for (const Record &r : m_records) {
        if (!r.live)
            continue;
        for (int v = 0; v < CustomerViewCount; ++v) {
            if (CustomerViews::matches(CustomerView(v), r.facts, today))
                ++counts.counts[std::size_t(v)];
        }
        if (CustomerViews::matches(CustomerView::PastDueNow, r.facts, today))
            counts.pastDueCents += r.facts.pastDueCents;
    }
    return counts;
}

} // namespace pac
