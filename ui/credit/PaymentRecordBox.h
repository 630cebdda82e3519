#pragma once

#include "models/PaymentBehaviour.h"
#include "storage/InvoiceStore.h"

#include <QDate>
#include <QGroupBox>

#include <optional>

class QLabel;

namespace pac {

class InvoiceLoader;
struct PortalError;

// "Payment record, last 12 months" in a credit decision (billing rule 7e): invoices issued,
// how many were paid late, the average days to pay and the failed payments, counted from
// the customer's invoice and payment records — the cached copy at once, then the portal's.
// The loader is its own (asking it for another customer aborts the fetch in flight).
class PaymentRecordBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit PaymentRecordBox(InvoiceLoader &loader, QWidget *parent = nullptr);

    void setToday(QDate today);
    // 0 clears the box and stops a fetch.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // The figures shown, nullopt while nothing is known.
    const std::optional<PaymentBehaviour::Result> &record() const { return m_record; }

signals:
    // The records of `customerId` as shown now: `fresh` from the portal, else the cached copy.
    void billingShown(qint64 customerId, const pac::CachedBilling &billing, bool fresh);

private:
    void showLoaded(qint64 customerId, const pac::CachedBilling &billing, bool fresh);
    void showNothingCached(qint64 customerId);
    void showFailed(qint64 customerId, const pac::PortalError &error);
    void showRecord();
    void showUnknown(const QString &why);

    InvoiceLoader &m_loader;
    QDate m_today;
    qint64 m_customerId = 0;
    std::optional<CachedBilling> m_billing;
    std::optional<PaymentBehaviour::Result> m_record;
    bool m_fresh = false;
    QLabel *m_invoices;
    QLabel *m_paidLate;
    QLabel *m_daysToPay;
    QLabel *m_failed;
    QLabel *m_state;
};

} // namespace pac
