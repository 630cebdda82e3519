#pragma once

#include "models/Invoice.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace pac {

class DialogPresenter;
class InvoicePdfWindow;
class PortalClient;
struct PortalError;

// "Save PDF…" and "Open" of an invoice (Invoices tab): the portal draws the PDF
// (GET /invoices/{id}/pdf), so both ask it, asynchronously; the window never waits.
//  - Save asks for the file with a non-blocking dialog through the presenter, then fetches
//    and writes it whole or not at all (QSaveFile).
//  - Open fetches it and shows it in the console (InvoicePdfWindow, QtPdf's QPdfView), from
//    where the system's viewer is one button away.
// Offline neither can work: the reason is reported, nothing is written.
class InvoicePdfActions : public QObject
{
    Q_OBJECT

public:
    InvoicePdfActions(PortalClient &client, DialogPresenter &presenter, QObject *parent = nullptr);

    void savePdf(const Invoice &invoice, QWidget *dialogParent);
    // Fetches and writes to `path` without asking.
    void writeTo(const Invoice &invoice, const QString &path);
    void openPdf(const Invoice &invoice, QWidget *windowParent);
    int pending() const { return m_pending; }
    // The window Open showed last, while it is open.
    InvoicePdfWindow *window() const;

    // "INV-2026-0142.pdf"
    static QString suggestedFileName(const Invoice &invoice);

signals:
    void written(const QString &path);
    void opened(pac::InvoicePdfWindow *window);
    void failed(const QString &message);

private:
    void fail(const Invoice &invoice, const PortalError &error);

    PortalClient &m_client;
    DialogPresenter &m_presenter;
    QPointer<InvoicePdfWindow> m_window;
    int m_pending = 0;
};

} // namespace pac
