#pragma once

#include "models/Invoice.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace pac {

class CustomerEditService;
class DialogPresenter;
class InvoiceResendDialog;
class SyncEngine;
struct PortalError;

// "Resend invoice…" of the Invoices tab: shows who it will go to (InvoiceResendDialog,
// presented without blocking), queues the resend through the edit service on confirmation
// (the outbox and the normal push send it) and says what became of it: queued, sent, still
// waiting for the portal, or refused.
class InvoiceResendAction : public QObject
{
    Q_OBJECT

public:
    InvoiceResendAction(CustomerEditService &edits, SyncEngine &engine, DialogPresenter &presenter,
                        QObject *parent = nullptr);

    void resend(const Invoice &invoice, QWidget *dialogParent);
    // The dialog shown last, while it is open.
    InvoiceResendDialog *dialog() const;

signals:
    // One sentence for the user, each time the resend moves on.
    void message(const QString &text);
    // The portal recorded the delivery (it is in the cached invoice now).
    void sent(qint64 customerId, qint64 invoiceId);

private:
    void queue(qint64 invoiceId);
    void onApplied(qint64 entryId, qint64 customerId);
    void onFailed(qint64 entryId, const PortalError &error);
    void onDeferred(qint64 entryId, const PortalError &error);

    struct Waiting
    {
        qint64 invoiceId = 0;
        QString number;
    };

    CustomerEditService &m_edits;
    DialogPresenter &m_presenter;
    QPointer<InvoiceResendDialog> m_dialog;
    QHash<qint64, Waiting> m_waiting; // by outbox entry id
};

} // namespace pac
