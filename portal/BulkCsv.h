#pragma once

#include "portal/BulkChange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace pac {

// A bulk change file (`agentctl bulk --from FILE.csv`, the console's import): UTF-8, a
// header `customer_id,action,value`, then one line per change. Actions: add_email and
// remove_email (value: an address), replace_email (value: OLD>NEW), terms (net15 or
// due_on_receipt), ach_enable (value: the reason). A field may be "quoted" ("" for a quote).
// A UTF-8 byte order mark and CRLF line ends are read; blank lines are skipped.
// The file is taken whole or not at all: every bad line is named ("line N: …", the header
// being line 1): a wrong column count, an unknown action, a bad address or value, a customer
// id that is not a number or not in the user's list.
class BulkCsv
{
    Q_DECLARE_TR_FUNCTIONS(pac::BulkCsv)

public:
    struct Result
    {
        QList<BulkItem> items; // empty when refused
        QStringList errors; // "line 3: “bob@@x” is not a valid email address."
        bool ok() const { return errors.isEmpty(); }
    };

    // `known(id)`: whether the customer is in the user's list.
    static Result read(const QByteArray &contents, const std::function<bool(qint64)> &known);

    // One CSV line of `fields` (quoted when needed), without the line end.
    static QString line(const QStringList &fields);
};

} // namespace pac
