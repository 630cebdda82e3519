# The customer table: its compact index (filter, sort, view counts), the item model over it,
# the debounced query controller that runs queries on a worker thread, and CSV export.
target_sources(pac_models PRIVATE
    CustomerRow.cpp CustomerRow.h
    CustomerView.cpp CustomerView.h
    CustomerColumn.cpp CustomerColumn.h
    CustomerQueryResult.h
    CustomerIndex.cpp CustomerIndex.h
    CustomerIndexQuery.cpp
    CustomerIndexSorter.cpp CustomerIndexSorter.h
    CustomerIndexText.cpp CustomerIndexText.h
    CustomerIndexBuilder.cpp CustomerIndexBuilder.h
    CustomerTableModel.cpp CustomerTableModel.h
    CustomerQuery.cpp CustomerQuery.h
    CustomerQueryHistory.cpp CustomerQueryHistory.h
    CustomerCsvWriter.cpp CustomerCsvWriter.h)
target_link_libraries(pac_models PUBLIC Qt6::Concurrent)
