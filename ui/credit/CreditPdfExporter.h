#pragma once

#include "documents/CreditApplicationDocument.h"

#include <QObject>

class QWidget;

namespace pac {

class DialogPresenter;

// "Save as PDF…" for a credit application (wizard review page, Credit tab, decision queue):
// asks for the file with a non-blocking dialog through the presenter, then prints the
// document (documents/CreditApplicationDocument) on a worker thread, so the window never
// waits. The file appears whole or not at all.
class CreditPdfExporter : public QObject
{
    Q_OBJECT

public:
    explicit CreditPdfExporter(DialogPresenter &presenter, QObject *parent = nullptr);

    // Asks where to save, then writes.
    void exportPdf(const CreditApplication &application, const CreditDocumentContext &context,
                   QWidget *dialogParent);
    // Writes to `path` without asking.
    void writeTo(const QString &path, const CreditApplication &application,
                 const CreditDocumentContext &context);
    int pending() const { return m_pending; }

    // "credit-application-17.pdf", or the legal name for a draft.
    static QString suggestedFileName(const CreditApplication &application);

signals:
    void written(const QString &path);
    void failed(const QString &message);

private:
    DialogPresenter &m_presenter;
    int m_pending = 0;
};

} // namespace pac
