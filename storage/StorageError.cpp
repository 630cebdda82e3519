#include "storage/StorageError.h"

namespace pac {

StorageError StorageError::make(Kind kind, const QString &message, const QString &detail)
{
    StorageError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    return error;
}

} // namespace pac
