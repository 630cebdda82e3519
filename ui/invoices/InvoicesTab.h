#pragma once

#include "storage/InvoiceStore.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QVBoxLayout;

namespace pac {

class InvoiceLoader;
class InvoiceTableModel;
struct PortalError;

// The "Invoices" tab: the customer's invoices (number, issued, due, amount, paid, status,
// sent to) from the cache at once and from the portal when it answers; the selected one's
// lines, payments and sendings below. Loads only while the tab is shown (setActive), so
// browsing customers costs no requests.
class InvoicesTab : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicesTab(InvoiceLoader &loader, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Loads when the tab becomes visible and the customer changed since the last load.
    void setActive(bool active);
    void reload();

    InvoiceTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The invoice selected now, or nullptr.
    const Invoice *currentInvoice() const;
    // What became of a resend (queued, sent, refused), under the buttons.
    void showResendStatus(const QString &text);

signals:
    void invoicesShown(qint64 customerId, int invoices, bool fresh);
    // "Save PDF…" and "Open" of the selected invoice (InvoicePdfActions acts on them).
    void savePdfRequested(const pac::Invoice &invoice);
    void openPdfRequested(const pac::Invoice &invoice);
    // "Resend invoice…" of the selected invoice (InvoiceResendAction acts on it).
    void resendRequested(const pac::Invoice &invoice);

private:
    void showLoaded(qint64 customerId, const pac::CachedBilling &billing, bool fresh);
    void showNothingCached(qint64 customerId);
    void showFailed(qint64 customerId, const pac::PortalError &error);
    void showDetail();
    void updateButtons();
    void addResendControls(QHBoxLayout *actions, QVBoxLayout *layout);

    InvoiceLoader &m_loader;
    InvoiceTableModel *m_model;
    QTableView *m_view;
    QLabel *m_state;
    QTextBrowser *m_detail;
    QPushButton *m_openPdf;
    QPushButton *m_savePdf;
    QPushButton *m_resend = nullptr;
    QLabel *m_resendStatus = nullptr;
    QList<Payment> m_payments;
    qint64 m_customerId = 0;
    qint64 m_loadedFor = 0;
    bool m_active = false;
    bool m_haveCached = false;
};

} // namespace pac
