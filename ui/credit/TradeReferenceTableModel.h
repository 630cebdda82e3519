#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace pac {

class CreditApplicationForm;

// The trade references of the application being filled in, as an editable table: one row a
// reference, columns company, contact, phone, email. Edits go straight into the form; each
// cell carries the billing rule's verdict (FieldErrorRole, the tooltip, a tinted
// background) once it holds text or once showAllErrors() was called (the user tried to go
// on).
class TradeReferenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Company, Contact, Phone, Email, ColumnCount };
    // The cell's error message, or an empty string.
    static constexpr int FieldErrorRole = Qt::UserRole + 1;

    explicit TradeReferenceTableModel(CreditApplicationForm &form, QObject *parent = nullptr);

    // "trade_references[2].email"
    static QString fieldName(int row, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Empty cells show their verdict too ("Company is required").
    void showAllErrors();
    // The form was replaced under the model (a resumed draft).
    void reload();

signals:
    // The user changed the references (a cell, a row added or removed).
    void edited();

private:
    QString errorAt(const QModelIndex &index) const;
    void companiesChanged();

    CreditApplicationForm &m_form;
    bool m_showAll = false;
};

} // namespace pac
