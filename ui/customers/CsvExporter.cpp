#include "ui/customers/CsvExporter.h"

#include "customerindex/CustomerCsvWriter.h"
#include "ui/DialogPresenter.h"
#include "ui/Log.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QTimer>

namespace pac {

CsvExporter::CsvExporter(DialogPresenter &presenter, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_presenter(presenter)
    , m_dialogParent(dialogParent)
{ }

CsvExporter::~CsvExporter() = default;

void CsvExporter::exportView(const CustomerTableModel &model, const QList<CustomerColumn> &columns,
                             const QString &suggestedName)
{
    auto *dialog = new QFileDialog(m_dialogParent, tr("Export the customers shown as CSV"));
    dialog->setObjectName(QStringLiteral("csvExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(suggestedName);
    QPointer<const CustomerTableModel> source(&model);
    connect(dialog, &QFileDialog::fileSelected, this, [this, source, columns](const QString &path) {
        if (source)
            writeTo(path, *source, columns);
    });
    m_presenter.present(dialog);
}

void CsvExporter::writeTo(const QString &path, const CustomerTableModel &model,
                          const QList<CustomerColumn> &columns)
{
    if (m_file) {
        emit failed(tr("An export is already being written."));
        return;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(tr("“%1” could not be opened for writing: %2")
                 .arg(QDir::toNativeSeparators(path), m_file->errorString()));
        return;
    }
    m_model = &model;
    m_index = model.customerIndex();
    m_slots = model.shownSlots();
    m_columns = columns;
    m_next = 0;
    writeSlice();
}

void CsvExporter::writeSlice()
{
    if (!m_file)
        return;
    if (!m_model || (m_index && m_model->customerIndex() != m_index)) {
        fail(tr("The customer list was reloaded during the export; export again."));
        return;
    }
    const CustomerCsvWriter writer(m_columns);
    const QList<quint32> slice = m_slots.mid(m_next, kRowsPerSlice);
    QString error;
    bool ok = true;
    if (m_next == 0)
        ok = writer.writeHeader(m_file.get(), &error);
    if (ok && m_index)
        ok = writer.writeRows(m_file.get(), *m_index, slice, &error);
    if (!ok) {
        fail(error);
        return;
    }
    m_next += slice.size();
    if (m_next < m_slots.size()) {
        QTimer::singleShot(0, this, &CsvExporter::writeSlice);
        return;
    }
    const QString path = m_file->fileName();
    if (!m_file->commit()) {
        fail(tr("“%1” could not be written: %2")
                 .arg(QDir::toNativeSeparators(path), m_file->errorString()));
        return;
    }
    m_file.reset();
    qCInfo(lcUi) << "exported" << m_slots.size() << "rows as CSV";
    emit finished(path, m_slots.size());
}

void CsvExporter::fail(const QString &message)
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    qCWarning(lcUi) << "CSV export failed:" << message;
    emit failed(message);
}

} // namespace pac
