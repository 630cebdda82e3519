#include "storage/SearchText.h"

namespace pac {

QString foldForSearch(const QString &text)
{
    return text.toCaseFolded();
}

QString searchTextOf(const QString &name, const QString &accountNumber, const QString &emails)
{
    return foldForSearch(name + u'\n' + accountNumber + u'\n' + emails);
}

} // namespace pac
