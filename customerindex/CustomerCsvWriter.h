#pragma once

#include "customerindex/CustomerColumn.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace pac {

class CustomerIndex;
class CustomerTableModel;

// Writes customer rows as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when
// it holds a comma, quote, CR or LF, inner quotes doubled), UTF-8 without a byte order mark,
// a header row of column titles first. The one customer CSV: the console's "Export view as
// CSV" and `agentctl customers --format csv` both write with it. The first column is always
// the customer's id ("ID"), the key agentctl's other commands take and the one value that
// tells two customers of the same name apart; then the chosen columns, whose cells are
// CustomerColumns::exportText(): money as "1234.56", times as RFC 3339 UTC. Numbers stay
// numbers; a text cell a spreadsheet would run as a formula is neutralised (see
// neutralised()). Plain code with no GUI: it may run on a worker thread for a large export,
// given an index nobody changes meanwhile.
class CustomerCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(pac::CustomerCsvWriter)

public:
    // The columns to write after the id, in order (the visible columns of the table); every
    // column when empty.
    explicit CustomerCsvWriter(QList<CustomerColumn> columns = {});

    // Writes the header row, then the rows of slots (in that order; slots no longer live
    // are skipped). On failure returns false and sets *error to a message naming the cause.
    bool write(QIODevice *device, const CustomerIndex &index, const QList<quint32> &slotList,
               QString *error = nullptr) const;
    // Writes the header row, then what the model shows, in its order.
    bool write(QIODevice *device, const CustomerTableModel &model, QString *error = nullptr) const;

    // The two halves of write(), for an export written in slices (a few thousand rows per
    // turn of the event loop): the header row once, then the rows of each slice.
    bool writeHeader(QIODevice *device, QString *error = nullptr) const;
    bool writeRows(QIODevice *device, const CustomerIndex &index, const QList<quint32> &slotList,
                   QString *error = nullptr) const;

    // One text field as RFC 4180 writes it, after neutralised(). Every text cell of every
    // CSV we write (console export, agentctl customers and credit-app list) goes through it.
    static QString quoted(const QString &field);
    // The field with a leading ' when a spreadsheet would read it as a formula (it starts
    // with =, +, -, @, tab or CR) and it is not a plain number.
    static QString neutralised(const QString &field);
    static bool isPlainNumber(QStringView field);

private:
    bool writeLines(QIODevice *device, bool header, const CustomerIndex *index,
                    const QList<quint32> &slotList, QString *error) const;

    QList<CustomerColumn> m_columns;
};

} // namespace pac
