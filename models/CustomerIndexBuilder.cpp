#include "models/CustomerIndexBuilder.h"

#include "models/Log.h"

#include <QElapsedTimer>

namespace pac {

void CustomerIndexBuilder::reserve(qsizetype rows, qsizetype bytesPerRow)
{
    m_index.m_records.reserve(std::size_t(rows));
    m_index.m_text.reserve(std::size_t(rows * bytesPerRow / 2));
    m_index.m_search.reserve(std::size_t(rows * bytesPerRow));
}

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
    m_index.m_records.shrink_to_fit();
    m_index.m_text.shrink_to_fit();
    m_index.m_search.shrink_to_fit();
    ++m_index.m_version;
    qCDebug(lcModels) << "customer index: built" << m_index.size() << "rows, ids ordered in"
                      << timer.elapsed() << "ms";
    CustomerIndex index = std::move(m_index);
    m_index = CustomerIndex();
    return index;
}

} // namespace pac
