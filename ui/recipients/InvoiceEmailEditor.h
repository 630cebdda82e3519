#pragma once

#include "models/Customer.h"
#include "models/FieldError.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace pac {

class InvoiceEmailRow;

// The editor of a customer's Additional Invoice Emails (billing rule 1): one row per address
// with the rule's message beside a refused one and a flag on an address that is already a
// billing contact, an "N of 10" counter, a box that takes typed or pasted addresses in any
// list form, and Save / Revert. It validates with InvoiceEmailList as the user types; Save
// is enabled only when the list changed and every address passes. Saving itself is the
// caller's (saveRequested), through the edit service.
class InvoiceEmailEditor : public QWidget
{
    Q_OBJECT

public:
    explicit InvoiceEmailEditor(QWidget *parent = nullptr);

    // The list as the customer has it now (what Revert returns to) and its billing contacts.
    // Unsaved edits are kept when the same customer's list changes underneath them (a sync):
    // a note says so and Revert shows the new list.
    void setCustomer(qint64 customerId, const QStringList &emails,
                     const QList<BillingContact> &contacts);
    void clear();

    // Whether the signed-in user may edit; if not, the controls are disabled and whyNot is
    // their tooltip.
    void setEditable(bool editable, const QString &whyNot = {});

    // The addresses as edited (trimmed, in order).
    QStringList emails() const;
    bool isDirty() const;
    bool isValid() const;

    // Adds what was typed or pasted: every address the rule accepts gets a row; refused ones
    // stay in the box with their reasons under it.
    void addText(const QString &text);
    void revert();
    // Errors the edit service reported for a save ("emails[3]" goes beside row 3).
    void showErrors(const QList<FieldError> &errors);

signals:
    void saveRequested(const QStringList &emails);
    void dirtyChanged(bool dirty);

private:
    void rebuildRows(const QStringList &emails);
    InvoiceEmailRow *appendRow(const QString &address);
    void removeRow(InvoiceEmailRow *row);
    static void discardRow(InvoiceEmailRow *row);
    void revalidate();
    void updateControls();
    void addFromBox();

    qint64 m_customerId = 0;
    QStringList m_saved;
    QList<BillingContact> m_contacts;
    QList<InvoiceEmailRow *> m_rows;
    bool m_editable = true;
    bool m_valid = true;
    bool m_lastDirty = false;
    QString m_serviceError; // what the edit service refused on the last save

    QLabel *m_counter;
    QLabel *m_emptyHint;
    QVBoxLayout *m_rowsLayout;
    QPlainTextEdit *m_addEdit;
    QPushButton *m_addButton;
    QLabel *m_refusals;
    QLabel *m_note;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace pac
