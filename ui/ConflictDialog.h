#pragma once

#include "portal/CustomerEditService.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pac {

// Settles a conflict: the portal refused the user's edit (412) because the customer changed
// there meanwhile. Shows mine (the edit not sent), theirs (the portal's version now) and,
// for invoice emails, a merged list the user may still edit (checked by the rule as typed).
// The user keeps mine (sent again on top of theirs), takes theirs (the edit is dropped) or
// uses the merged list. The dialog asks (resolveRequested); the caller resolves through the
// edit service and closes it, or shows the refusal (showError).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const EditConflict &conflict, const QString &customerName,
                   QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    QStringList mergedEmails() const;
    void showError(const QString &message);

signals:
    void resolveRequested(qint64 customerId, pac::ConflictChoice choice,
                          const QStringList &mergedEmails);

private:
    QWidget *versionBox(const QString &title, const QString &text, const QString &name);
    void revalidateMerge();

    qint64 m_customerId;
    bool m_canMerge;
    QPlainTextEdit *m_merged = nullptr;
    QLabel *m_mergeError = nullptr;
    QPushButton *m_useMerged = nullptr;
    QLabel *m_error;
};

} // namespace pac
