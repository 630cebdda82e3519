#pragma once

#include "models/Customer.h"
#include "portal/BulkChange.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pac {

// The "what to change" part of the bulk dialog: the action (add an address, remove an
// address everywhere, replace one address by another, move to Net 15, move to due on
// receipt, and for support only enable ACH manually with a reason) and the fields its value
// needs, checked as the user types (the message under the fields says what is missing).
class BulkActionForm : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { AddEmail, RemoveEmail, ReplaceEmail, Net15, DueOnReceipt, EnableAch };

    explicit BulkActionForm(Role role, QWidget *parent = nullptr);

    // Selects an action (false when the role does not offer it).
    bool setKind(Kind kind);
    Kind kind() const;
    // The change the fields describe; nullopt while they are not valid.
    std::optional<BulkChange> change() const;
    // Why change() is nullopt, in words; empty when it is valid.
    QString problem() const;

signals:
    // The action or a value changed (a preview shown is out of date).
    void changed();

private:
    void update();

    QComboBox *m_action;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_replacementLabel;
    QLineEdit *m_replacement;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QLabel *m_problem;
};

} // namespace pac
