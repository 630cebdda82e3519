#pragma once

#include "models/Customer.h"
#include "ui/ConsoleContext.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;

namespace pac {

class CreditApplicationsWindow;
class CreditPdfExporter;
class CreditWizard;
class CustomerCreditTab;
class MainWindow;

// Credit applications in the console (issue 6), composed into the main window the GUI
// engineer built: a "Credit" tab in the customer detail panel (drafts, statuses, decisions),
// the wizard behind the window's "New credit application…" action and the tab's buttons, a
// "Credit applications…" window (support: the decision queue), and the support view
// "Credit applications awaiting decision" opening the Credit tab. Everything is kept current
// from the sync engine's and the edit service's signals.
//
// Usage, in the composition root once the main window exists:
//     new CreditFeature(*window, context); // owned by the window
class CreditFeature : public QObject
{
    Q_OBJECT

public:
    CreditFeature(MainWindow &window, const ConsoleContext &context);
    ~CreditFeature() override;

    // Opens the wizard for a new application of the customer (or raises the one open).
    CreditWizard *startApplication(qint64 customerId);
    // The same, with the requested limit filled in (the Net 15 what-if's suggestion).
    CreditWizard *startApplicationFor(qint64 customerId, qint64 requestedLimitCents);
    // Opens the wizard on a saved draft; nullptr (with the reason shown) when it cannot.
    CreditWizard *resumeDraft(const QString &draftId);
    // Shows the credit applications window (the decision queue for support).
    CreditApplicationsWindow *showApplications();
    void setToday(QDate today);

    CustomerCreditTab *tab() const { return m_tab; }
    // The wizard open now, the applications window if shown (else nullptr).
    CreditWizard *wizard() const;
    CreditApplicationsWindow *applicationsWindow() const;
    QAction *applicationsAction() const { return m_applicationsAction; }
    CreditPdfExporter &pdfExporter() const { return *m_pdf; }

signals:
    void wizardOpened(pac::CreditWizard *wizard);
    // A PDF was written or failed (also reported in the status bar).
    void pdfWritten(const QString &path);
    void pdfFailed(const QString &message);

private:
    std::optional<Customer> cachedCustomer(qint64 customerId) const;
    CreditWizard *openWizard(const Customer &customer, const class CreditApplicationForm &form,
                             const QString &draftId);
    void showCustomer(qint64 customerId);
    void refresh();
    void addActions();
    void report(const QString &message);

    MainWindow &m_mainWindow;
    ConsoleContext m_context;
    QDate m_today;
    CreditPdfExporter *m_pdf;
    CustomerCreditTab *m_tab;
    QAction *m_applicationsAction = nullptr;
    QPointer<CreditWizard> m_wizard;
    QPointer<CreditApplicationsWindow> m_window;
};

} // namespace pac
