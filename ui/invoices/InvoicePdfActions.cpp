#include "ui/invoices/InvoicePdfActions.h"

#include "portal/PortalClient.h"
#include "portal/PortalError.h"
#include "storage/PrivateFile.h"
#include "ui/DialogPresenter.h"
#include "ui/Log.h"
#include "ui/invoices/InvoicePdfWindow.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace pac {

InvoicePdfActions::InvoicePdfActions(PortalClient &client, DialogPresenter &presenter,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_presenter(presenter)
{ }

InvoicePdfWindow *InvoicePdfActions::window() const
{
    return m_window;
}

QString InvoicePdfActions::suggestedFileName(const Invoice &invoice)
{
    QString name;
    for (const QChar ch : invoice.number) {
        if (ch.isLetterOrNumber() || ch == u'-')
            name.append(ch);
    }
    return name.isEmpty() ? QStringLiteral("invoice-%1.pdf").arg(invoice.id)
                          : name + QStringLiteral(".pdf");
}

void InvoicePdfActions::savePdf(const Invoice &invoice, QWidget *dialogParent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(dialogParent, tr("Save invoice %1 as PDF").arg(invoice.number),
                                   QDir(folder).filePath(suggestedFileName(invoice)),
                                   tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("invoicePdfFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, invoice](const QString &path) { writeTo(invoice, path); });
    m_presenter.present(dialog);
}

void InvoicePdfActions::writeTo(const Invoice &invoice, const QString &path)
{
    ++m_pending;
    m_client.invoicePdf(
        invoice.id, this, [this, invoice, path](const PortalResult<QByteArray> &result) {
            --m_pending;
            if (!result) {
                fail(invoice, result.error());
                return;
            }
            // Readable by the user only: it names the customer and its addresses.
            QString why;
            if (!PrivateFile::write(path, result.value(), &why)) {
                emit failed(tr("Invoice %1 could not be saved to %2: %3")
                                .arg(invoice.number, QDir::toNativeSeparators(path), why));
                return;
            }
            qCInfo(lcUi) << "invoice PDF written," << result.value().size() << "bytes";
            emit written(path);
        });
}

void InvoicePdfActions::openPdf(const Invoice &invoice, QWidget *windowParent)
{
    ++m_pending;
    QPointer<QWidget> parent(windowParent);
    m_client.invoicePdf(invoice.id, this,
                        [this, invoice, parent](const PortalResult<QByteArray> &result) {
                            --m_pending;
                            if (!result) {
                                fail(invoice, result.error());
                                return;
                            }
                            if (m_window)
                                m_window->close();
                            m_window = new InvoicePdfWindow(invoice, result.value(), parent);
                            connect(m_window, &InvoicePdfWindow::saveRequested, this,
                                    [this, invoice] { savePdf(invoice, m_window); });
                            m_window->show();
                            emit opened(m_window);
                        });
}

void InvoicePdfActions::fail(const Invoice &invoice, const PortalError &error)
{
    qCWarning(lcUi) << "invoice PDF not fetched:" << PortalError::kindName(error.kind);
    emit failed(tr("The PDF of invoice %1 could not be fetched (the portal draws it): %2")
                    .arg(invoice.number, error.message()));
}

} // namespace pac
