#include "ui/PortalSideEdit.h"

#include <QUuid>

namespace pac {

PortalSideEdit::PortalSideEdit(const QUrl &portalOrigin, QObject *parent)
    : QObject(parent)
    , m_client(&m_network)
{
    m_client.setOrigin(portalOrigin);
}

void PortalSideEdit::changeInvoiceEmails(const QString &user, const QString &password,
                                         qint64 customerId,
                                         std::function<QStringList(const QStringList &)> change,
                                         Done done)
{
    m_client.signIn(user, password, this, [=, this](const PortalResult<PortalSession> &session) {
        if (!session.ok()) {
            done(false, session.error().message());
            return;
        }
        m_client.getCustomer(
            customerId, {}, this, [=, this](const PortalResult<CustomerFetch> &fetch) {
                if (!fetch.ok()) {
                    done(false, fetch.error().message());
                    return;
                }
                const ChangeGuard guard {fetch->customer.etag(), QUuid::createUuid()};
                m_client.putInvoiceEmails(
                    customerId, change(fetch->customer.invoiceEmails), guard, this,
                    [done](const PortalResult<Customer> &changed) {
                        done(changed.ok(), changed.ok() ? QString() : changed.error().message());
                    });
            });
    });
}

} // namespace pac
