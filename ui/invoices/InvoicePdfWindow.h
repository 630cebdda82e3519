#pragma once

#include "models/Invoice.h"

#include <QByteArray>
#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QTemporaryDir;

namespace pac {

// An invoice's PDF shown in the console (QtPdf's QPdfView), fitted to the width, with
// "Save PDF…" and "Open in the system viewer" (a copy in a private temporary folder, removed
// with the window). A window of its own, so the invoice can stay open beside the customers.
class InvoicePdfWindow : public QWidget
{
    Q_OBJECT

public:
    InvoicePdfWindow(const Invoice &invoice, const QByteArray &pdf, QWidget *parent = nullptr);
    ~InvoicePdfWindow() override;

    const Invoice &invoice() const { return m_invoice; }
    QPdfDocument *document() const { return m_document; }
    // Writes the copy the system viewer opens and returns its path (empty on failure).
    QString writeViewerCopy();

signals:
    void saveRequested();

private:
    void openInSystemViewer();
    void showStatus();

    Invoice m_invoice;
    QByteArray m_pdf;
    QBuffer *m_buffer;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_systemViewer;
    QTemporaryDir *m_viewerDir = nullptr;
};

} // namespace pac
