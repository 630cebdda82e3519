#include "customerindex/CustomerIndexBuilder.h"

#include "customerindex/Log.h"

#include <QElapsedTimer>

namespace pac {

void CustomerIndexBuilder::reserve(qsizetype rows, qsizetype bytesPerRow)
{
    m_index.m_records.reserve(std::size_t(rows));
    // The search text holds the name, account number and emails; the displayed text only
    // the name and account number, about a quarter of it.
    m_index.m_text.reserve(std::size_t(rows * bytesPerRow / 4));
    m_index.m_search.reserve(std::size_t(rows * bytesPerRow));
}

namespace {

// Gives back spare capacity when it is more than an eighth (a copy of the whole buffer, so
// not for a little slack: untouched reserved pages cost no memory anyway).
template<typename Vector>
void shrinkIfWasteful(Vector &vector)
{
    if (vector.capacity() - vector.size() > vector.size() / 8)
        vector.shrink_to_fit();
}

} // namespace

void CustomerIndexBuilder::add(const CustomerRow &row)
{
    m_index.m_building = true;
    m_index.appendRecord(row);
}

CustomerIndex CustomerIndexBuilder::build()
{
    QElapsedTimer timer;
    timer.start();
    m_index.m_building = false;
    m_index.sortIdsAndDropDuplicates();
    shrinkIfWasteful(m_index.m_records);
    shrinkIfWasteful(m_index.m_text);
    shrinkIfWasteful(m_index.m_search);
    ++m_index.m_version;
    qCDebug(lcCustomerIndex) << "customer index: built" << m_index.size() << "rows, ids ordered in"
                             << timer.elapsed() << "ms";
    CustomerIndex index = std::move(m_index);
    m_index = CustomerIndex();
    return index;
}

} // namespace pac
