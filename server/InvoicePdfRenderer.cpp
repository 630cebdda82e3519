#include "server/InvoicePdfRenderer.h"

#include "server/Problem.h"

#include <QFuture>
#include <QtConcurrent>

namespace pac::server {

namespace {

// One PDF at a time: the machine has two cores, and one is the server's.
constexpr int kDrawingThreads = 1;

} // namespace

HttpResponse InvoicePdfRenderer::pdfResponse(const QByteArray &pdf, const QString &fileName)
{
    if (pdf.isEmpty()) {
        return problem::make(HttpStatus::InternalServerError, QStringLiteral("internal"),
                             QStringLiteral("Internal error"),
                             QStringLiteral("The PDF could not be drawn here."));
    }
    HttpResponse response;
    response.contentType = "application/pdf";
    response.body = pdf;
    response.setHeader("Content-Disposition",
                       "inline; filename=\"" + fileName.toLatin1() + ".pdf\"");
    return response;
}

InvoicePdfRenderer::InvoicePdfRenderer()
{
    m_pool.setMaxThreadCount(kDrawingThreads);
}

InvoicePdfRenderer::~InvoicePdfRenderer()
{
    // PDFs not yet begun are dropped (their clients get nothing, as if cut); the one being
    // drawn is waited for by the pool's destructor.
    m_pool.clear();
}

HttpResponse InvoicePdfRenderer::render(const Invoice &invoice,
                                        const InvoiceDocumentContext &context)
{
    return pdfResponse(InvoiceDocument(invoice, context).toPdf(), invoice.number);
}

void InvoicePdfRenderer::renderAsync(const Invoice &invoice, const InvoiceDocumentContext &context,
                                     const Router::Reply &reply)
{
    drawAsync([invoice, context]() { return InvoiceDocument(invoice, context).toPdf(); },
              invoice.number, reply);
}

void InvoicePdfRenderer::drawAsync(Draw draw, const QString &fileName, const Router::Reply &reply)
{
    if (m_pending >= kMaxPending) {
        reply(problem::unavailable(1));
        return;
    }
    ++m_pending;
    // The worker gets copies only; the answer is built and sent back on this thread.
    QtConcurrent::run(&m_pool, std::move(draw))
        .then(&m_context, [this, fileName, reply](const QByteArray &pdf) {
            --m_pending;
            reply(pdfResponse(pdf, fileName));
        });
}

} // namespace pac::server
