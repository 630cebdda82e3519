#pragma once

#include <QString>

#include <optional>

namespace pac::server {

// An opaque paging cursor: the sort key of the last row of a page, plus a fingerprint of the
// listing it belongs to (path and filters), so a cursor cannot be replayed against another
// query. On the wire it is base64url of a small JSON object; clients must not look inside.
struct CursorPosition
{
    qint64 id = 0;
    QString updatedAt; // set only for updated_since deltas, ordered by (updated_at, id)
    // The text sort key of listings ordered by another column than id, newest first
    // (invoices: issued_on; payments: at).
    QString sortKey {};
};

namespace cursor {

QString encode(const CursorPosition &position, const QString &scope);
// nullopt when the text is not a cursor of this scope.
std::optional<CursorPosition> decode(const QString &text, const QString &scope);

} // namespace cursor
} // namespace pac::server
