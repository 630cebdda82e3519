#pragma once

#include "portal/PortalTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pac {

struct AchMethodResult;

// "Verify deposits…" (billing rule 8c): the two small amounts the customer reads from the
// bank statement, in dollars ("0.32"). The portal compares them (the console never knows the
// right ones); a wrong pair uses one of the tries left, which the dialog shows; the third
// wrong pair fails the account. The dialog asks (verifyRequested) and shows the outcome.
class VerifyDepositsDialog : public QDialog
{
    Q_OBJECT

public:
    VerifyDepositsDialog(qint64 customerId, const PaymentMethod &method, QWidget *parent = nullptr);

    // Cents, or empty while the two fields do not hold two amounts of 1–99 cents.
    QList<qint64> amountsCents() const;
    void setBusy(bool busy);
    // Closes on success; otherwise says what happened (wrong amounts with the tries left,
    // failed, or the portal's message).
    void setResult(const AchMethodResult &result);

signals:
    void verifyRequested(qint64 customerId, qint64 methodId, const QList<qint64> &amountsCents);

private:
    void revalidate();
    void showError(const QString &message);

    qint64 m_customerId;
    qint64 m_methodId;
    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_triesLeft;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    bool m_done = false; // failed: nothing more to try
};

} // namespace pac
