#pragma once

#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerQueryResult.h"
#include "customerindex/CustomerRow.h"
#include "customerindex/CustomerView.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pac {

// What one CustomerIndex::apply changed, as slots (each list sorted).
struct CustomerIndexChanges
{
    QList<quint32> updated; // rows whose contents changed in place
    QList<quint32> inserted; // new rows
    QList<quint32> removed; // rows that are gone (their slots stay dead until a rebuild)

    bool isEmpty() const { return updated.isEmpty() && inserted.isEmpty() && removed.isEmpty(); }
};

// The rows of the customer table in a compact, query-friendly layout, and the queries the
// table needs: filter by text and view, sort by any column, count the rows of each view.
//
// Every row lives in a slot (a number that never changes while the row exists). Fixed-size
// facts sit in one array; the displayed text (account number, name) in one UTF-8 buffer;
// the search text of each row (its name, account number and emails, case-folded, NFC,
// whitespace collapsed) in another, so a filter is one pass of substring searches over
// contiguous memory. Agent names are interned. Sorted orders are computed once per column
// and direction and kept until the rows change.
//
// Threads: const members may run on several threads at once (sort caches are locked).
// apply() and assignment need that no other call is in progress; CustomerQuery guarantees
// it by changing the index only while no query runs.
class CustomerIndex
{
public:
    using Slot = quint32;

    CustomerIndex();
    ~CustomerIndex();
    CustomerIndex(CustomerIndex &&other);
    CustomerIndex &operator=(CustomerIndex &&other);
    CustomerIndex(const CustomerIndex &) = delete;
    CustomerIndex &operator=(const CustomerIndex &) = delete;

    // Contents
    qsizetype size() const { return m_live; } // live rows
    Slot slotCount() const { return Slot(m_records.size()); } // live and dead slots
    bool isLive(Slot slot) const { return slot < slotCount() && m_records[slot].live; }
    std::optional<Slot> slotOf(qint64 id) const;
    // Grows by one on every change, so a result can say which state it was computed from.
    quint64 version() const { return m_version; }

    // The contents of a live slot (the slot must be below slotCount()).
    const CustomerFacts &facts(Slot slot) const { return m_records[slot].facts; }
    QString accountNumber(Slot slot) const;
    QString name(Slot slot) const;
    QString agentName(Slot slot) const;
    QString masterAgentName(Slot slot) const; // empty: none
    bool hasMasterAgent(Slot slot) const { return m_records[slot].masterAgent != 0; }

    // Bytes held by the index (capacity of its arrays and buffers, interned names).
    qsizetype memoryUsage() const;

    // Inserts or replaces rows by id and removes rows by id (ids not present are ignored),
    // without rebuilding the index. Sorted orders are recomputed lazily afterwards.
    CustomerIndexChanges apply(const QList<CustomerRow> &upserts,
                               const QList<qint64> &removedIds = {});

    // Filter text as the index compares it: case-folded, NFC, whitespace collapsed and
    // trimmed, control characters dropped, UTF-8. Empty matches every row.
    static QByteArray normalizedNeedle(QStringView text);
    // The text a row is filtered on (indextext::appendSearchText): a row matches a filter
    // when this contains normalizedNeedle() of it as bytes. The cache keeps a copy of it per
    // customer, so a one-shot query there finds exactly the rows the table shows.
    static QByteArray searchTextOf(QStringView name, QStringView accountNumber,
                                   const QStringList &emails);
    // Whether the row's name, account number or one of its emails contains the needle.
    bool matchesNeedle(Slot slot, const QByteArray &needle) const;

    // The live rows of a view whose text matches, in slot order.
    QList<Slot> filter(QStringView text, CustomerView view, QDate today) const;

    // The rows the spec asks for, in display order. When previous was computed on this same
    // state of the index for the same view, and the new filter text contains the previous
    // one (typing on), only previous's rows are tested. Returns nullopt when cancel was set
    // while it ran.
    std::optional<CustomerQueryResult> query(const CustomerQuerySpec &spec,
                                             const CustomerQueryResult *previous = nullptr,
                                             const std::atomic_bool *cancel = nullptr) const;

    // Every live slot sorted by a column: stable (equal keys keep slot order, in both
    // directions), rows without a value last in both directions. Cached until apply().
    std::shared_ptr<const std::vector<Slot>> sortedSlots(CustomerColumn column,
                                                         Qt::SortOrder order) const;

    // How many live rows each view holds on that day (one pass over the facts).
    CustomerViewCounts viewCounts(QDate today) const;

private:
    friend class CustomerIndexBuilder;
    friend class CustomerIndexSorter;

    struct Record
    {
        CustomerFacts facts;
        qint64 textOffset = 0; // m_text: account number then name, as given
        qint64 searchOffset = 0; // m_search: name \x1f account \x1f email \x1f email ...
        quint32 agent = 0; // m_people
        quint32 masterAgent = 0; // m_people; 0 is "none"
        quint16 accountBytes = 0;
        quint16 nameBytes = 0;
        quint16 searchBytes = 0;
        quint16 searchNameBytes = 0;
        quint16 searchAccountBytes = 0;
        bool live = false;
    };
    struct SortCache;

    std::string_view searchText(Slot slot) const;
    std::string_view searchName(Slot slot) const;
    std::string_view searchAccount(Slot slot) const;
    const QString &person(quint32 id) const { return m_people.at(id); }

    // Appends a new record for row (no id bookkeeping) and returns its slot.
    Slot appendRecord(const CustomerRow &row);
    void reserveMore(std::vector<char> &buffer, std::size_t extra) const;
    void writeRecord(Record &record, const CustomerRow &row);
    void killRecord(Record &record);
    quint32 intern(const QString &name);
    void sortIdsAndDropDuplicates();
    void compactIfWasteful();
    void invalidateSorts();
    std::optional<Slot> findSlot(qint64 id) const;
    QList<Slot> orderedMatches(const std::vector<quint8> &match, const CustomerQuerySpec &spec,
                               const std::atomic_bool *cancel, bool *cancelled) const;

    std::vector<Record> m_records;
    std::vector<char> m_text;
    std::vector<char> m_search;
    qint64 m_deadBytes = 0; // bytes of m_text and m_search no live record points to
    QStringList m_people; // interned agent and master agent names; [0] is ""
    QHash<QString, quint32> m_personIds;
    std::vector<Slot> m_byId; // live slots ordered by customer id
    qsizetype m_live = 0;
    quint64 m_version = 0;
    bool m_building = false; // CustomerIndexBuilder is adding rows
    std::unique_ptr<SortCache> m_sorts;
};

inline std::string_view CustomerIndex::searchText(Slot slot) const
{
    const Record &r = m_records[slot];
    return std::string_view(m_search.data() + r.searchOffset, r.searchBytes);
}

inline std::string_view CustomerIndex::searchName(Slot slot) const
{
    return std::string_view(m_search.data() + m_records[slot].searchOffset,
                            m_records[slot].searchNameBytes);
}

inline std::string_view CustomerIndex::searchAccount(Slot slot) const
{
    const Record &r = m_records[slot];
    return std::string_view(m_search.data() + r.searchOffset + r.searchNameBytes + 1,
                            r.searchAccountBytes);
}

} // namespace pac
