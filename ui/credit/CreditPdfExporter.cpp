#include "ui/credit/CreditPdfExporter.h"

#include "ui/DialogPresenter.h"
#include "ui/Log.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace pac {

CreditPdfExporter::CreditPdfExporter(DialogPresenter &presenter, QObject *parent)
    : QObject(parent)
    , m_presenter(presenter)
{ }

QString CreditPdfExporter::suggestedFileName(const CreditApplication &application)
{
    if (application.id > 0)
        return QStringLiteral("credit-application-%1.pdf").arg(application.id);
    QString name;
    for (const QChar ch : application.legalName.trimmed().toLower()) {
        if (ch.isLetterOrNumber())
            name.append(ch);
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name.append(u'-');
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("credit-application-draft.pdf")
                          : QStringLiteral("credit-application-%1.pdf").arg(name);
}

void CreditPdfExporter::exportPdf(const CreditApplication &application,
                                  const CreditDocumentContext &context, QWidget *dialogParent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(dialogParent, tr("Save the credit application as PDF"),
                                   QDir(folder).filePath(suggestedFileName(application)),
                                   tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("creditPdfFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(
        dialog, &QFileDialog::fileSelected, this,
        [this, application, context](const QString &path) { writeTo(path, application, context); });
    m_presenter.present(dialog);
}

void CreditPdfExporter::writeTo(const QString &path, const CreditApplication &application,
                                const CreditDocumentContext &context)
{
    ++m_pending;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        --m_pending;
        if (error.isEmpty()) {
            qCInfo(lcUi) << "credit application PDF written";
            emit written(path);
        } else {
            emit failed(error);
        }
    });
    watcher->setFuture(QtConcurrent::run([path, application, context] {
        QString error;
        CreditApplicationDocument(application, context).writePdf(path, &error);
        return error;
    }));
}

} // namespace pac
