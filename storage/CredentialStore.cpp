#include "storage/CredentialStore.h"

namespace pac {

void CredentialStore::deliverLater(QObject *context, CredentialCallback callback,
                                   CredentialResult result)
{
    Q_ASSERT(context);
    // Queued even on the caller's thread: the callback never runs inside the call, and is
    // dropped with `context` if that goes first.
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}

} // namespace pac
