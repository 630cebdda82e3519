#pragma once

#include "models/Customer.h"

#include <QWidget>

class QLabel;

namespace pac {

class InvoiceEmailEditor;

// The "Invoice recipients" tab: who the next invoice goes to (To: the billing contacts, CC:
// the Additional Invoice Emails that are not already in To) and the editor of the CC list.
class InvoiceRecipientsTab : public QWidget
{
    Q_OBJECT

public:
    explicit InvoiceRecipientsTab(QWidget *parent = nullptr);

    // `pendingEdit`: the shown list includes edits not yet accepted by the portal.
    void setCustomer(const Customer &customer, bool pendingEdit);
    void clear();

    InvoiceEmailEditor *editor() const { return m_editor; }

signals:
    void saveRequested(qint64 customerId, const QStringList &emails);

private:
    QLabel *m_to;
    QLabel *m_cc;
    QLabel *m_pending;
    InvoiceEmailEditor *m_editor;
    qint64 m_customerId = 0;
};

} // namespace pac
