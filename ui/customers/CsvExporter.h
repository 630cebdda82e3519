#pragma once

#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerTableModel.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSaveFile>

#include <memory>

class QWidget;

namespace pac {

class CustomerIndex;
class DialogPresenter;

// "Export the current view as CSV": asks for a file (a non-blocking file dialog through the
// presenter), then writes the rows the table shows, in its order and with its visible
// columns, with CustomerCsvWriter. 100,000 rows are written in slices between turns of the
// event loop, so the window stays responsive; the file appears whole or not at all
// (QSaveFile).
class CsvExporter : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRowsPerSlice = 5000;

    CsvExporter(DialogPresenter &presenter, QWidget *dialogParent, QObject *parent = nullptr);
    ~CsvExporter() override;

    // Asks for the file, then writes.
    void exportView(const CustomerTableModel &model, const QList<CustomerColumn> &columns,
                    const QString &suggestedName);
    // Writes to `path` without asking.
    void writeTo(const QString &path, const CustomerTableModel &model,
                 const QList<CustomerColumn> &columns);
    bool isBusy() const { return m_file != nullptr; }

signals:
    void finished(const QString &path, qsizetype rows);
    void failed(const QString &message);

private:
    void writeSlice();
    void fail(const QString &message);

    DialogPresenter &m_presenter;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<QSaveFile> m_file;
    QList<CustomerColumn> m_columns;
    // The model the rows come from; a reload onto another index ends the export.
    QPointer<const CustomerTableModel> m_model;
    const CustomerIndex *m_index = nullptr;
    QList<quint32> m_slots;
    qsizetype m_next = 0;
};

} // namespace pac
