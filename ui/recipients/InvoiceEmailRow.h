#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace pac {

class StatusChip;

// One address of the invoice email editor: the address (editable), a "billing contact" flag
// when it is redundant, a remove button, and the rule's message under it when it is refused.
class InvoiceEmailRow : public QWidget
{
    Q_OBJECT

public:
    InvoiceEmailRow(int position, const QString &address, QWidget *parent = nullptr);

    // The row's place in the list: names its controls ("invoiceEmail_3", "removeEmail_3", ...).
    void setPosition(int position);
    QString address() const;
    void setReadOnly(bool readOnly);

    // The rule's message for this address; empty clears it.
    void setError(const QString &message);
    QString error() const;
    void setRedundant(bool redundant);
    bool isRedundant() const;

    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void edited();
    void removeRequested(InvoiceEmailRow *row);

private:
    QLineEdit *m_edit;
    StatusChip *m_redundant;
    QToolButton *m_remove;
    QLabel *m_error;
};

} // namespace pac
