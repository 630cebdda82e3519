#pragma once

#include "models/AchEligibility.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace pac {

// Support enables ACH by hand for a US customer that does not qualify by itself (billing
// rule 4c): the reason is required (at most 500 characters) and kept with who and when.
// The rule's message shows under the box; OK is enabled only when the rule passes.
class ManualAchDialog : public QDialog
{
    Q_OBJECT

public:
    ManualAchDialog(const Customer &customer, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    QString reason() const;

    // An error the edit service reported after OK (the dialog stays open to correct it).
    void showError(const QString &message);

signals:
    // OK with a reason the rule accepts; the caller saves and then closes the dialog.
    void enableRequested(qint64 customerId, const QString &reason);

private:
    void revalidate();

    qint64 m_customerId;
    AchFacts m_facts;
    QPlainTextEdit *m_reason;
    QLabel *m_counter;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_touched = false;
};

} // namespace pac
