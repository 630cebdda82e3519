#pragma once

#include "models/Customer.h"
#include "portal/CustomerEditService.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace pac {

class DialogPresenter;
class LocalCache;
class PortalClient;

// What the console does when the user acts on a customer: it shows the confirmation or input
// dialog (through the DialogPresenter, never blocking), then hands the edit to the
// CustomerEditService, which validates it with the shared rule, saves it with its outbox
// entry and has it sent. Refusals come back as the rule's messages, shown where the user
// acted (beside the field, in the dialog) and in the status bar.
class CustomerActions : public QObject
{
    Q_OBJECT

public:
    CustomerActions(CustomerEditService &edits, LocalCache &cache, PortalClient &client,
                    DialogPresenter &presenter, QWidget *dialogParent, QObject *parent = nullptr);

    void changePaymentTerms(qint64 customerId, PaymentTermsKind target);
    void enableAchManually(qint64 customerId);
    // Saves at once (the editor already validated); the result carries the rule's errors.
    EditResult saveInvoiceEmails(qint64 customerId, const QStringList &emails);
    void resolveConflict(qint64 customerId);
    void discardEdit(qint64 entryId);

signals:
    // A sentence for the status bar. (The table and the detail panel follow the edit
    // service's customerEdited signal.)
    void message(const QString &text);
    // The Net 15 what-if's "Start a credit application…".
    void creditApplicationRequested(qint64 customerId, qint64 requestedLimitCents);

private:
    std::optional<Customer> shownCustomer(qint64 customerId);
    void report(const EditResult &result, const QString &savedText);

    CustomerEditService &m_edits;
    LocalCache &m_cache;
    PortalClient &m_client;
    DialogPresenter &m_presenter;
    QPointer<QWidget> m_dialogParent;
};

} // namespace pac
