#pragma once

#include "customerindex/CustomerView.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace pac {

// What the customer table shows: the filter text as typed, the view, the day the views are
// evaluated on, and the sort (column -1: the index's own order).
struct CustomerQuerySpec
{
    QString text;
    CustomerView view = CustomerView::All;
    QDate today;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    bool operator==(const CustomerQuerySpec &) const = default;
};

// The answer of CustomerIndex::query: the matching rows (index slots, in matches) in display order.
// needle is the normalised filter text; indexVersion says which state of the index the slots
// belong to, so a result is never applied to, or refined on, data it was not computed from.
struct CustomerQueryResult
{
    CustomerQuerySpec spec;
    QByteArray needle;
    quint64 indexVersion = 0;
    QList<quint32> matches; // slots of the matching rows
};

} // namespace pac
