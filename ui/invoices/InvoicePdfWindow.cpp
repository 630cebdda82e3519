#include "ui/invoices/InvoicePdfWindow.h"

#include "ui/Log.h"
#include "ui/invoices/InvoicePdfActions.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageRenderer>
#include <QPdfView>
#include <QPushButton>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace pac {

InvoicePdfWindow::InvoicePdfWindow(const Invoice &invoice, const QByteArray &pdf, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_invoice(invoice)
    , m_pdf(pdf)
    , m_buffer(new QBuffer(&m_pdf, this))
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save PDF…"), this))
    , m_systemViewer(new QPushButton(tr("Open in the system &viewer"), this))
{
    setObjectName(QStringLiteral("invoicePdfWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Invoice %1").arg(invoice.number));
    resize(820, 980);
    m_view->setObjectName(QStringLiteral("invoicePdfView"));
    m_view->setAccessibleName(tr("Invoice %1 as PDF").arg(invoice.number));
    m_message->setObjectName(QStringLiteral("invoicePdfMessage"));
    m_message->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("invoicePdfSaveButton"));
    m_systemViewer->setObjectName(QStringLiteral("invoicePdfSystemViewerButton"));

    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_systemViewer);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &InvoicePdfWindow::saveRequested);
    connect(m_systemViewer, &QPushButton::clicked, this, &InvoicePdfWindow::openInSystemViewer);
    connect(m_document, &QPdfDocument::statusChanged, this, &InvoicePdfWindow::showStatus);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    showStatus();
}

InvoicePdfWindow::~InvoicePdfWindow()
{
    // QPdfView renders on a thread its QPdfPageRenderer starts and, in Qt 6.4, never deletes
    // (~QPdfPageRendererPrivate stops it but leaks the QThread). Going back to single-threaded
    // rendering is the one path that deletes it, so every closed window would leak it otherwise.
    for (auto *renderer : m_view->findChildren<QPdfPageRenderer *>())
        renderer->setRenderMode(QPdfPageRenderer::RenderMode::SingleThreaded);
    // The document reads from the buffer: close it first.
    m_document->close();
    delete m_viewerDir;
}

void InvoicePdfWindow::showStatus()
{
    switch (m_document->status()) {
    case QPdfDocument::Status::Ready:
        m_message->setText(tr("%n page(s)", nullptr, m_document->pageCount()));
        break;
    case QPdfDocument::Status::Error:
        m_message->setText(tr("The PDF could not be shown here; open it in the system viewer "
                              "or save it."));
        break;
    default:
        m_message->setText(tr("Opening…"));
        break;
    }
}

QString InvoicePdfWindow::writeViewerCopy()
{
    if (!m_viewerDir)
        m_viewerDir
            = new QTemporaryDir(QDir::temp().filePath(QStringLiteral("pac-invoice-XXXXXX")));
    if (!m_viewerDir->isValid())
        return {};
    const QString path = m_viewerDir->filePath(InvoicePdfActions::suggestedFileName(m_invoice));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.commit())
        return {};
    return path;
}

void InvoicePdfWindow::openInSystemViewer()
{
    const QString path = writeViewerCopy();
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_message->setText(tr("No system viewer could be opened: save the PDF instead."));
        qCWarning(lcUi) << "system PDF viewer not opened";
    }
}

} // namespace pac
