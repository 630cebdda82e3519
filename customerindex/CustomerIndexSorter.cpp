#include "customerindex/CustomerIndexSorter.h"

#include "customerindex/CustomerIndexText.h"

#include <algorithm>
#include <numeric>
#include <type_traits>

namespace pac {

namespace {

using Slot = CustomerIndex::Slot;

// A slot with its sort key in an order-preserving integer form: the whole key of a number,
// the first 8 bytes of a text.
struct Keyed
{
    quint64 key;
    Slot slot;
};

// A slot with the first 24 bytes of its text key, which hold most company names whole:
// names share their first words often, and every comparison that has to read the texts
// themselves costs two cache misses.
struct TextKeyed
{
    quint64 key;
    quint64 key2;
    quint64 key3;
    Slot slot;
    bool longer; // the text goes on past 24 bytes; if not, equal keys mean equal texts
};
constexpr std::size_t kTextKeyBytes = 24;

// Maps signed order onto unsigned order.
quint64 orderedBits(qint64 value)
{
    return quint64(value) ^ (quint64(1) << 63);
}

// 8 bytes of text from offset, big-endian, zero-padded: comparing these integers compares
// the bytes as strings (UTF-8 byte order is code point order). Text holds no NUL.
quint64 prefixKey(std::string_view text, std::size_t offset = 0)
{
    quint64 key = 0;
    for (std::size_t i = offset; i < offset + 8; ++i)
        key = (key << 8) | (i < text.size() ? static_cast<unsigned char>(text[i]) : 0u);
    return key;
}

// Sorts keyed (by key, then by compareRest for text keys, then by slot) and appends the
// slots to ordered. Equal keys keep slot order in both directions: the sort is stable.
template<typename Item, typename CompareRest>
void sortInto(std::vector<Item> &keyed, bool descending, CompareRest compareRest,
              std::vector<Slot> &ordered)
{
    std::sort(keyed.begin(), keyed.end(), [&](const Item &a, const Item &b) {
        if (a.key != b.key)
            return descending ? a.key > b.key : a.key < b.key;
        if constexpr (std::is_same_v<Item, TextKeyed>) {
            if (a.key2 != b.key2)
                return descending ? a.key2 > b.key2 : a.key2 < b.key2;
            if (a.key3 != b.key3)
                return descending ? a.key3 > b.key3 : a.key3 < b.key3;
            // Only then read the texts themselves (two cache misses a comparison).
            if (a.longer || b.longer) {
                if (const int c = compareRest(a.slot, b.slot); c != 0)
                    return descending ? c > 0 : c < 0;
            }
        }
        return a.slot < b.slot;
    });
    for (const Item &item : keyed)
        ordered.push_back(item.slot);
}

} // namespace

std::vector<Slot> CustomerIndexSorter::sort(const CustomerIndex &index, CustomerColumn column,
                                            Qt::SortOrder order)
{
    // Names of people sort by their case-folded form, then as written; rank them once.
    std::vector<quint64> personRank;
    if (column == CustomerColumn::Agent || column == CustomerColumn::MasterAgent) {
        const auto count = std::size_t(index.m_people.size());
        std::vector<indextext::TextBuffer> folded(count);
        for (std::size_t i = 0; i < count; ++i)
            indextext::appendSearchForm(folded[i], index.m_people[qsizetype(i)]);
        std::vector<quint32> byName(count);
        std::iota(byName.begin(), byName.end(), 0u);
        std::sort(byName.begin(), byName.end(), [&](quint32 a, quint32 b) {
            if (const int c = indextext::viewOf(folded[a]).compare(indextext::viewOf(folded[b]));
                c != 0)
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
            break; // sorted by their text below
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

    std::vector<Slot> ordered;
    std::vector<Slot> nulls;
    ordered.reserve(std::size_t(index.size()));
    const bool descending = order == Qt::DescendingOrder;
    if (text) {
        std::vector<TextKeyed> keyed;
        keyed.reserve(std::size_t(index.size()));
        for (Slot slot = 0; slot < index.slotCount(); ++slot) {
            if (index.isLive(slot)) {
                const std::string_view value = (index.*text)(slot);
                keyed.push_back({prefixKey(value), prefixKey(value, 8), prefixKey(value, 16), slot,
                                 value.size() > kTextKeyBytes});
            }
        }
        auto compareRest = [&](Slot a, Slot b) {
            const std::string_view va = (index.*text)(a), vb = (index.*text)(b);
            return va.substr(std::min(kTextKeyBytes, va.size()))
                .compare(vb.substr(std::min(kTextKeyBytes, vb.size())));
        };
        sortInto(keyed, descending, compareRest, ordered);
    } else {
        std::vector<Keyed> keyed;
        keyed.reserve(std::size_t(index.size()));
        for (Slot slot = 0; slot < index.slotCount(); ++slot) {
            if (!index.isLive(slot))
                continue;
            if (const std::optional<quint64> key = keyOf(slot))
                keyed.push_back({*key, slot});
            else
                nulls.push_back(slot);
        }
        sortInto(
            keyed, descending, [](Slot, Slot) { return 0; }, ordered);
    }
    // Rows without a value last in both directions, in slot order.
    ordered.insert(ordered.end(), nulls.begin(), nulls.end());
    return ordered;
}

} // namespace pac
