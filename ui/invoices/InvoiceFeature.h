#pragma once

#include "ui/ConsoleContext.h"

#include <QObject>

namespace pac {

class InvoiceLoader;
class InvoicePdfActions;
class InvoiceResendAction;
class InvoicesTab;
class MainWindow;

// Invoices and payments in the console (issue 11), composed into the main window: an
// "Invoices" tab in the customer detail panel, loaded when shown, kept current when a sync
// changes the customer shown; its invoices' PDFs saved or shown in the console; an invoice
// sent again through the outbox.
//
// Usage, in the composition root once the main window exists:
//     new InvoiceFeature(*window, context); // owned by the window
class InvoiceFeature : public QObject
{
    Q_OBJECT

public:
    InvoiceFeature(MainWindow &window, const ConsoleContext &context);

    InvoicesTab *tab() const { return m_tab; }
    InvoiceLoader &loader() const { return *m_loader; }
    InvoicePdfActions &pdfActions() const { return *m_pdf; }
    InvoiceResendAction &resendAction() const { return *m_resend; }

private:
    MainWindow &m_mainWindow;
    InvoiceLoader *m_loader;
    InvoicesTab *m_tab;
    InvoicePdfActions *m_pdf;
    InvoiceResendAction *m_resend;
};

} // namespace pac
