#pragma once

#include "portal/PortalTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace pac {

// "Remove bank account…" (billing rule 8d): revokes the account's authorization. The reason
// is required; who and when are recorded by the portal, and the authorization stays on record
// (and its PDF available). The dialog asks (removeRequested) and shows the outcome.
class RemoveBankAccountDialog : public QDialog
{
    Q_OBJECT

public:
    RemoveBankAccountDialog(qint64 customerId, const PaymentMethod &method,
                            QWidget *parent = nullptr);

    QString reason() const;
    void setBusy(bool busy);
    void showError(const QString &message);

signals:
    void removeRequested(qint64 customerId, qint64 methodId, const QString &reason);

private:
    void revalidate();

    qint64 m_customerId;
    qint64 m_methodId;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_touched = false;
    bool m_busy = false;
};

} // namespace pac
