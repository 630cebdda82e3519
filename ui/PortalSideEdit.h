#pragma once

#include "models/Customer.h"
#include "portal/PortalClient.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

namespace pac {

// An edit made on the portal by another session, as a colleague's console would make it: its
// own network access and client, signed in on its own, reads the customer's current version
// and changes its invoice emails with that ETag. The screenshot tour uses it to show a real
// conflict (the console's waiting edit is then refused with 412).
class PortalSideEdit : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString &error)>;

    PortalSideEdit(const QUrl &portalOrigin, QObject *parent = nullptr);

    // Signs in as `user`, then sets the customer's emails to change(current emails).
    void changeInvoiceEmails(const QString &user, const QString &password, qint64 customerId,
                             std::function<QStringList(const QStringList &)> change, Done done);

private:
    QNetworkAccessManager m_network;
    PortalClient m_client;
};

} // namespace pac
