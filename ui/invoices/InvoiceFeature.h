#pragma once

#include "ui/ConsoleContext.h"

#include <QObject>

namespace pac {

class InvoiceLoader;
class InvoicesTab;
class MainWindow;

// Invoices and payments in the console (issue 11), composed into the main window: an
// "Invoices" tab in the customer detail panel, loaded when shown, kept current when a sync
// changes the customer shown.
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

private:
    MainWindow &m_mainWindow;
    InvoiceLoader *m_loader;
    InvoicesTab *m_tab;
};

} // namespace pac
