#pragma once

#include <QString>

namespace pac {

// The text customer search runs on (internal to storage/): name, account number and emails,
// case-folded (Unicode-aware), one a line. A query is folded the same way and matched as a
// plain substring, so no character of it has a special meaning.
QString foldForSearch(const QString &text);
QString searchTextOf(const QString &name, const QString &accountNumber, const QString &emails);

} // namespace pac
