#include "customerindex/CustomerIndex.h"

#include "customerindex/CustomerIndexSorter.h"
#include "customerindex/CustomerIndexText.h"
#include "customerindex/Log.h"

#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <limits>

namespace pac {

namespace {

constexpr std::size_t kMaxFieldBytes = std::numeric_limits<quint16>::max();
// Dead text is dropped once it is more than half of the buffers and at least this much.
constexpr qint64 kCompactionFloorBytes = 1 << 20;

} // namespace

CustomerIndex::CustomerIndex()
    : m_people {QString()}
    , m_sorts(std::make_unique<SortCache>())
{
    m_personIds.insert(QString(), 0);
}

CustomerIndex::~CustomerIndex() = default;

CustomerIndex::CustomerIndex(CustomerIndex &&other)
    : CustomerIndex()
{
    *this = std::move(other);
}

CustomerIndex &CustomerIndex::operator=(CustomerIndex &&other)
{
    if (this == &other)
        return *this;
    m_records = std::exchange(other.m_records, {});
    m_text = std::exchange(other.m_text, {});
    m_search = std::exchange(other.m_search, {});
    m_deadBytes = std::exchange(other.m_deadBytes, 0);
    m_people = std::exchange(other.m_people, QStringList {QString()});
    m_personIds = std::exchange(other.m_personIds, QHash<QString, quint32> {{QString(), 0}});
    m_byId = std::exchange(other.m_byId, {});
    m_live = std::exchange(other.m_live, 0);
    m_building = std::exchange(other.m_building, false);
    // Versions only grow, so a result of either former state never matches the new one.
    m_version = std::max(m_version, other.m_version) + 1;
    other.m_version = m_version + 1;
    std::swap(m_sorts, other.m_sorts);
    invalidateSorts();
    other.invalidateSorts();
    return *this;
}

std::optional<CustomerIndex::Slot> CustomerIndex::slotOf(qint64 id) const
{
    const std::optional<Slot> slot = findSlot(id);
    if (slot && m_records[*slot].live)
        return slot;
    return std::nullopt;
}

std::optional<CustomerIndex::Slot> CustomerIndex::findSlot(qint64 id) const
{
    const auto it = std::lower_bound(m_byId.begin(), m_byId.end(), id, [this](Slot s, qint64 v) {
        return m_records[s].facts.id < v;
    });
    if (it == m_byId.end() || m_records[*it].facts.id != id)
        return std::nullopt;
    return *it;
}

QString CustomerIndex::accountNumber(Slot slot) const
{
    const Record &r = m_records[slot];
    return QString::fromUtf8(m_text.data() + r.textOffset, r.accountBytes);
}

QString CustomerIndex::name(Slot slot) const
{
    const Record &r = m_records[slot];
    return QString::fromUtf8(m_text.data() + r.textOffset + r.accountBytes, r.nameBytes);
}

QString CustomerIndex::agentName(Slot slot) const
{
    return person(m_records[slot].agent);
}

QString CustomerIndex::masterAgentName(Slot slot) const
{
    return person(m_records[slot].masterAgent);
}

qsizetype CustomerIndex::memoryUsage() const
{
    qsizetype bytes = qsizetype(sizeof(*this));
    bytes += qsizetype(m_records.capacity() * sizeof(Record));
    bytes += qsizetype(m_text.capacity() + m_search.capacity());
    bytes += qsizetype(m_byId.capacity() * sizeof(Slot));
    for (const QString &name : m_people)
        bytes += qsizetype(sizeof(QString)) + name.capacity() * 2;
    // A QHash node holds the key and value; spans add about one byte per bucket.
    bytes += m_personIds.capacity() * qsizetype(sizeof(QString) + sizeof(quint32) + 1);
    QMutexLocker lock(&m_sorts->mutex);
    for (const auto &order : m_sorts->orders) {
        if (order)
            bytes += qsizetype(order->capacity() * sizeof(Slot));
    }
    return bytes;
}

quint32 CustomerIndex::intern(const QString &name)
{
    const auto it = m_personIds.constFind(name);
    if (it != m_personIds.constEnd())
        return *it;
    const auto id = quint32(m_people.size());
    m_people.append(name);
    m_personIds.insert(name, id);
    return id;
}

void CustomerIndex::reserveMore(std::vector<char> &buffer, std::size_t extra) const
{
    if (buffer.size() + extra <= buffer.capacity())
        return;
    // While building, grow geometrically; later (a sync's few rows) by an eighth, so that one
    // changed row does not double a buffer of a million rows.
    const std::size_t step = m_building ? buffer.size() : buffer.size() / 8;
    buffer.reserve(buffer.size() + std::max<std::size_t>(extra, std::max<std::size_t>(step, 4096)));
}

void CustomerIndex::writeRecord(Record &record, const CustomerRow &row)
{
    using namespace indextext;
    // UTF-8 takes at most 3 bytes per UTF-16 unit; separators one each.
    qsizetype emailUnits = 0;
    for (const QString &email : row.emails)
        emailUnits += email.size() + 1;
    const auto fieldUnits = std::size_t(row.accountNumber.size() + row.name.size());
    reserveMore(m_text, 3 * fieldUnits);
    reserveMore(m_search, 3 * (fieldUnits + std::size_t(emailUnits)) + 1);
    if (record.live)
        m_deadBytes += qint64(record.accountBytes) + record.nameBytes + record.searchBytes;

    record.facts = row.facts;
    record.agent = intern(row.agentName);
    record.masterAgent = intern(row.masterAgentName);

    // Displayed text: account number then name, each cut (at a character) to 64 KiB.
    auto appendClamped = [this](QStringView field) {
        const std::size_t fieldStart = m_text.size();
        appendUtf8(m_text, field);
        const std::string_view written = viewOf(m_text).substr(fieldStart);
        m_text.resize(fieldStart + clampUtf8(written, kMaxFieldBytes).size());
        return quint16(m_text.size() - fieldStart);
    };
    record.textOffset = qint64(m_text.size());
    record.accountBytes = appendClamped(row.accountNumber);
    record.nameBytes = appendClamped(row.name);

    record.searchOffset = qint64(m_search.size());
    const SearchTextLengths lengths
        = appendSearchText(m_search, row.name, row.accountNumber, row.emails);
    record.searchNameBytes = quint16(lengths.nameBytes);
    record.searchAccountBytes = quint16(lengths.accountBytes);
    record.searchBytes = quint16(lengths.totalBytes);
    record.live = true;
}

CustomerIndex::Slot CustomerIndex::appendRecord(const CustomerRow &row)
{
    m_records.emplace_back();
    writeRecord(m_records.back(), row);
    return Slot(m_records.size() - 1);
}

void CustomerIndex::killRecord(Record &record)
{
    m_deadBytes += qint64(record.accountBytes) + record.nameBytes + record.searchBytes;
    record.accountBytes = record.nameBytes = record.searchBytes = 0;
    record.searchNameBytes = record.searchAccountBytes = 0;
    record.textOffset = record.searchOffset = 0;
    record.live = false;
}

void CustomerIndex::sortIdsAndDropDuplicates()
{
    m_byId.clear();
    m_byId.reserve(m_records.size());
    for (Slot s = 0; s < slotCount(); ++s) {
        if (m_records[s].live)
            m_byId.push_back(s);
    }
    std::stable_sort(m_byId.begin(), m_byId.end(), [this](Slot a, Slot b) {
        return m_records[a].facts.id < m_records[b].facts.id;
    });
    // A repeated id keeps its last row, as if the later ones had replaced the earlier.
    qsizetype duplicates = 0;
    for (std::size_t i = 1; i < m_byId.size(); ++i) {
        Record &earlier = m_records[m_byId[i - 1]];
        if (earlier.facts.id == m_records[m_byId[i]].facts.id) {
            killRecord(earlier);
            ++duplicates;
        }
    }
    if (duplicates > 0) {
        qCWarning(lcCustomerIndex)
            << "customer index: kept the last of" << duplicates << "repeated customer ids";
        std::erase_if(m_byId, [this](Slot s) { return !m_records[s].live; });
    }
    m_live = qsizetype(m_byId.size());
}

CustomerIndexChanges CustomerIndex::apply(const QList<CustomerRow> &upserts,
                                          const QList<qint64> &removedIds)
{
    CustomerIndexChanges changes;
    if (upserts.isEmpty() && removedIds.isEmpty())
        return changes;

    QHash<qint64, Slot> added; // ids new in this call
    QSet<Slot> updated, inserted, removed;
    auto lookup = [&](qint64 id) -> std::optional<Slot> {
        if (const std::optional<Slot> slot = findSlot(id); slot && m_records[*slot].live)
            return slot;
        if (const auto it = added.constFind(id); it != added.constEnd())
            return *it;
        return std::nullopt;
    };

    for (const CustomerRow &row : upserts) {
        if (const std::optional<Slot> slot = lookup(row.facts.id)) {
            writeRecord(m_records[*slot], row);
            if (!inserted.contains(*slot))
                updated.insert(*slot);
        } else {
            const Slot fresh = appendRecord(row);
            added.insert(row.facts.id, fresh);
            inserted.insert(fresh);
            ++m_live;
        }
    }
    for (qint64 id : removedIds) {
        const std::optional<Slot> slot = lookup(id);
        if (!slot)
            continue;
        killRecord(m_records[*slot]);
        --m_live;
        added.remove(id);
        if (!inserted.remove(*slot)) {
            updated.remove(*slot);
            removed.insert(*slot);
        }
    }

    // Keep m_byId ordered: drop the dead, merge the new (O(n + k log k), no full rebuild).
    if (!removed.isEmpty())
        std::erase_if(m_byId, [this](Slot s) { return !m_records[s].live; });
    if (!added.isEmpty()) {
        std::vector<Slot> fresh(added.cbegin(), added.cend());
        auto byId
            = [this](Slot a, Slot b) { return m_records[a].facts.id < m_records[b].facts.id; };
        std::sort(fresh.begin(), fresh.end(), byId);
        const auto middle = m_byId.insert(m_byId.end(), fresh.begin(), fresh.end());
        std::inplace_merge(m_byId.begin(), middle, m_byId.end(), byId);
    }

    compactIfWasteful();
    invalidateSorts();
    ++m_version;

    auto sorted = [](const QSet<Slot> &set) {
        QList<Slot> list(set.cbegin(), set.cend());
        std::sort(list.begin(), list.end());
        return list;
    };
    changes.updated = sorted(updated);
    changes.inserted = sorted(inserted);
    changes.removed = sorted(removed);
    qCDebug(lcCustomerIndex) << "customer index: updated" << changes.updated.size() << "inserted"
                             << changes.inserted.size() << "removed" << changes.removed.size();
    return changes;
}

void CustomerIndex::compactIfWasteful()
{
    const auto total = qint64(m_text.size() + m_search.size());
    if (m_deadBytes < kCompactionFloorBytes || m_deadBytes * 2 < total)
        return;
    // Exact sizes: the live text, in slot order.
    std::size_t textBytes = 0, searchBytes = 0;
    for (const Record &r : m_records) {
        if (r.live) {
            textBytes += std::size_t(r.accountBytes) + r.nameBytes;
            searchBytes += r.searchBytes;
        }
    }
    std::vector<char> text, search;
    text.reserve(textBytes);
    search.reserve(searchBytes);
    for (Record &r : m_records) {
        if (!r.live)
            continue;
        const auto textFrom = m_text.cbegin() + r.textOffset;
        r.textOffset = qint64(text.size());
        text.insert(text.end(), textFrom, textFrom + r.accountBytes + r.nameBytes);
        const auto searchFrom = m_search.cbegin() + r.searchOffset;
        r.searchOffset = qint64(search.size());
        search.insert(search.end(), searchFrom, searchFrom + r.searchBytes);
    }
    m_text = std::move(text);
    m_search = std::move(search);
    m_deadBytes = 0;
}

void CustomerIndex::invalidateSorts()
{
    QMutexLocker lock(&m_sorts->mutex);
    for (auto &order : m_sorts->orders)
        order.reset();
}

std::shared_ptr<const std::vector<CustomerIndex::Slot>>
CustomerIndex::sortedSlots(CustomerColumn column, Qt::SortOrder order) const
{
    const std::size_t key = std::size_t(column) * 2 + (order == Qt::DescendingOrder ? 1 : 0);
    QMutexLocker lock(&m_sorts->mutex);
    SortCache &cache = *m_sorts;
    cache.lastUse.at(key) = ++cache.uses;
    auto &cached = cache.orders.at(key);
    if (cached)
        return cached;
    cached = std::make_shared<const std::vector<Slot>>(
        CustomerIndexSorter::sort(*this, column, order));
    const auto held = std::count_if(cache.orders.begin(), cache.orders.end(),
                                    [](const auto &o) { return o != nullptr; });
    if (held > SortCache::kMaxOrders) {
        std::size_t oldest = key;
        for (std::size_t i = 0; i < cache.orders.size(); ++i) {
            if (cache.orders[i] && cache.lastUse[i] < cache.lastUse[oldest])
                oldest = i;
        }
        cache.orders[oldest].reset(); // a query still using it keeps its own reference
    }
    return cached;
}

} // namespace pac
