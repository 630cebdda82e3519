#pragma once

#include "models/AchAuthorization.h"
#include "models/AchBankDetails.h"
#include "models/Customer.h"

#include <QDate>
#include <QWizard>

namespace pac {

class AchAuthorizationPage;
class AchBankDetailsPage;
struct AchMethodResult;

// "Add ACH bank account…" (billing rules 4 and 8): a short wizard an agent can finish with
// the customer on the phone. 1. Eligibility: the checklist, as on the Billing tab; the next
// page opens only for an eligible customer. 2. The bank account (AchBankDetailsPage).
// 3. The authorization (AchAuthorizationPage): Finish ("Add account") is enabled only once it
// is complete, so nothing reaches the portal before. The wizard asks (submitRequested,
// textRequested), shows progress, and shows the outcome (setResult); on success it closes and
// forgets the account number.
class AchSetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { EligibilityPage, BankPage, AuthorizationPage };

    AchSetupWizard(const Customer &customer, QDate today, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    AchBankDetailsPage *bankPage() const { return m_bank; }
    AchAuthorizationPage *authorizationPage() const { return m_authorization; }

    void setBusy(bool busy);
    void setResult(const AchMethodResult &result);

    // Finish: sends (submitRequested) instead of closing; the wizard closes on success.
    void accept() override;

signals:
    void submitRequested(qint64 customerId, const pac::AchBankDetails &details,
                         const pac::AchAuthorization &authorization);
    void textRequested(qint64 customerId, pac::AchSecCode code, const QString &last4,
                       const QString &accountType);

protected:
    void initializePage(int id) override;

private:
    qint64 m_customerId;
    AchBankDetailsPage *m_bank;
    AchAuthorizationPage *m_authorization;
    bool m_busy = false;
};

} // namespace pac
