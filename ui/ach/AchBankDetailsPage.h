#pragma once

#include "models/AchBankDetails.h"
#include "models/Customer.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pac {

struct AchMethodResult;

// "Add ACH bank account" (billing rule 4): routing number (9 digits passing the ABA
// checksum), account number (4–17 digits), holder name and account type, each checked as
// the user types with the rule's message beside the field. The account goes to the portal
// online only and is never stored: the dialog asks (submitRequested), shows progress, and
// shows the outcome (setResult); it keeps nothing once closed.
class AddAchAccountDialog : public QDialog
{
    Q_OBJECT

public:
    AddAchAccountDialog(const Customer &customer, QWidget *parent = nullptr);
    ~AddAchAccountDialog() override;

    qint64 customerId() const { return m_customerId; }
    AchBankDetails details() const;

    // While the portal is asked: fields and buttons are disabled and a sentence says so.
    void setBusy(bool busy);
    // The outcome: on success the dialog accepts and closes; otherwise errors go beside
    // their fields and the rest under the form.
    void setResult(const AchMethodResult &result);

signals:
    void submitRequested(qint64 customerId, const pac::AchBankDetails &details);

private:
    QLabel *errorLabel(const QString &name);
    void fieldEdited(const QString &field);
    void revalidate();
    void showFieldError(const QString &field, const QString &message);

    qint64 m_customerId;
    QLineEdit *m_routing;
    QLineEdit *m_account;
    QLineEdit *m_holder;
    QComboBox *m_type;
    QHash<QString, QLabel *> m_errors; // by JSON field name
    QHash<QString, bool> m_touched;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace pac
