#pragma once

#include "documents/InvoiceDocument.h"
#include "server/Router.h"

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace pac::server {

// Draws invoice PDFs (documents/InvoiceDocument) for GET /invoices/{id}/pdf. Laying out and
// painting a page of text takes tens of milliseconds (the first one, loading fonts, more):
// on the server's only thread that would stall every other client, so the server draws on a
// worker of its own (renderAsync) and answers from its thread when the PDF is done; a client
// gone by then gets nothing. In-process callers draw on their own thread (render).
class InvoicePdfRenderer
{
public:
    InvoicePdfRenderer();
    ~InvoicePdfRenderer();
    InvoicePdfRenderer(const InvoicePdfRenderer &) = delete;
    InvoicePdfRenderer &operator=(const InvoicePdfRenderer &) = delete;

    // PDFs waiting for the worker or being drawn, at most; past it 503 + Retry-After.
    static constexpr int kMaxPending = 8;

    static HttpResponse render(const Invoice &invoice, const InvoiceDocumentContext &context);
    void renderAsync(const Invoice &invoice, const InvoiceDocumentContext &context,
                     const Router::Reply &reply);

    // Any of the portal's PDFs (the ACH authorization too): `draw` runs on the worker and
    // must hold copies only; the answer (`fileName`.pdf, 500 when nothing was drawn) is
    // built and sent on this thread.
    using Draw = std::function<QByteArray()>;
    static HttpResponse pdfResponse(const QByteArray &pdf, const QString &fileName);
    void drawAsync(Draw draw, const QString &fileName, const Router::Reply &reply);

private:
    int m_pending = 0;
    // Declared before the pool, so destroyed after it: the pool's destructor waits for the
    // PDF being drawn, and a continuation still queued for this context is dropped.
    QObject m_context;
    QThreadPool m_pool;
};

} // namespace pac::server
