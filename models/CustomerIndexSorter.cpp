#include "models/CustomerIndexSorter.h"

#include "models/CustomerIndexText.h"

#include <algorithm>
#include <numeric>

namespace pac {

namespace {

using Slot = CustomerIndex::Slot;

// A slot with the first 8 bytes of its sort key, in an order-preserving integer form.
struct Keyed
{
    quint64 key;
    Slot slot;
};

// Maps signed order onto unsigned order.
quint64 orderedBits(qint64 value)
{
    return quint64(value) ^ (quint64(1) << 63);
}

// The first 8 bytes of text, big-endian, zero-padded: comparing these integers compares the
// prefixes as byte strings (UTF-8 byte order is code point order). Text holds no NUL.
quint64 prefixKey(std::string_view text)
{
    quint64 key = 0;
    for (std::size_t i = 0; i < 8; ++i)
        key = (key << 8) | (i < text.size() ? static_cast<unsigned char>(text[i]) : 0u);
    return key;
}

} // namespace

std::vector<Slot> CustomerIndexSorter::sort(const CustomerIndex &index, CustomerColumn column,
                                            Qt::SortOrder order)
{
    // Names of people sort by their case-folded form, then as written; rank them once.
    std::vector<quint64> personRank;
    if (column == CustomerColumn::Agent || column == CustomerColumn::MasterAgent) {
        const auto count = std::size_t(index.m_people.size());
        std::vector<std::string> folded(count);
        for (std::size_t i = 0; i < count; ++i)
            indextext::appendSearchForm(folded[i], index.m_people[qsizetype(i)]);
        std::vector<quint32> byName(count);
        std::iota(byName.begin(), byName.end(), 0u);
        std::sort(byName.begin(), byName.end(), [&](quint32 a, quint32 b) {
            if (const int c = folded[a].compare(folded[b]); c != 0)
                return c < 0;
            return index.m_people[a] < index.m_people[b];
        });
        personRank.resize(count);
        for (std::size_t rank = 0; rank < count; ++rank)
            personRank[byName[rank]] = rank;
    }

    // Columns sorted by text compare whole strings when their 8-byte prefixes tie.
    std::string_view (CustomerIndex::*text)(Slot) const = nullptr;
    if (column == CustomerColumn::Name)
        text = &CustomerIndex::searchName;
    else if (column == CustomerColumn::AccountNumber)
        text = &CustomerIndex::searchAccount;

    auto keyOf = [&](Slot slot) -> std::optional<quint64> {
        const CustomerFacts &f = index.facts(slot);
        const CustomerIndex::Record &r = index.m_records[slot];
        switch (column) {
        case CustomerColumn::AccountNumber:
        case CustomerColumn::Name:
            return prefixKey((index.*text)(slot));
        case CustomerColumn::Agent:
            return personRank[r.agent];
        case CustomerColumn::MasterAgent:
            if (r.masterAgent == 0)
                return std::nullopt;
            return personRank[r.masterAgent];
        case CustomerColumn::Terms:
            return quint64(f.terms);
        case CustomerColumn::CreditLimit:
            return orderedBits(f.creditLimitCents);
        case CustomerColumn::Balance:
            return orderedBits(f.balanceCents);
        case CustomerColumn::LimitUsed:
            if (const std::optional<qint64> bp = CustomerColumns::limitUsedBasisPoints(f))
                return orderedBits(*bp);
            return std::nullopt;
        case CustomerColumn::AchStatus:
            return quint64(f.achStatus);
        case CustomerColumn::InvoiceEmails:
            return f.invoiceEmailCount;
        case CustomerColumn::UpdatedAt:
            if (f.updatedAtMsecs == CustomerFacts::kUnknownTime)
                return std::nullopt;
            return orderedBits(f.updatedAtMsecs);
        case CustomerColumn::Count:
            break;
        }
        return std::nullopt;
    };

    std::vector<Keyed> keyed;
    std::vector<Slot> nulls;
    keyed.reserve(std::size_t(index.size()));
    for (Slot slot = 0; slot < index.slotCount(); ++slot) {
        if (!index.isLive(slot))
            continue;
        if (const std::optional<quint64> key = keyOf(slot))
            keyed.push_back({*key, slot});
        else
            nulls.push_back(slot);
    }

    const bool descending = order == Qt::DescendingOrder;
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
        if (a.key != b.key)
            return descending ? a.key > b.key : a.key < b.key;
        if (text) {
            if (const int c = (index.*text)(a.slot).compare((index.*text)(b.slot)); c != 0)
                return descending ? c > 0 : c < 0;
        }
        return a.slot < b.slot; // stable: equal keys keep slot order in both directions
    });

    std::vector<Slot> ordered;
    ordered.reserve(keyed.size() + nulls.size());
    for (const Keyed &k : keyed)
        ordered.push_back(k.slot);
    ordered.insert(ordered.end(), nulls.begin(), nulls.end());
    return ordered;
}

} // namespace pac
