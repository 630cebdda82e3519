#pragma once

#include "models/Customer.h"

#include <QRandomGenerator>

namespace pac::server {

// The demo dataset's people: ids 1.. in this order, password "demo" for all.
//   support1 (support), master1 (master agent), agent1 and agent2 (agents under master1),
//   agent3 (an agent with no master agent), master2 (a master agent with no agents, who is
//   the customer-level master agent of some of agent3's customers).
struct DemoUser
{
    qint64 id;
    const char *username;
    const char *name;
    Role role;
    std::optional<qint64> masterAgentId;
};
QList<DemoUser> demoUsers();
inline constexpr qint64 kDemoSupportId = 1;
inline constexpr qint64 kDemoMaster1Id = 2;
inline constexpr qint64 kDemoAgent1Id = 3;
inline constexpr qint64 kDemoAgent2Id = 4;
inline constexpr qint64 kDemoAgent3Id = 5;
inline constexpr qint64 kDemoMaster2Id = 6;

struct DemoContact
{
    QString name;
    QString email;
    QString type; // billing | technical
};

enum class DemoCredit { None, Submitted, Approved, Declined };

// One generated customer with the facts the rules read.
struct DemoCustomer
{
    qint64 id = 0;
    QString accountNumber;
    QString name;
    QString country;
    CustomerStatus status = CustomerStatus::Active;
    qint64 agentId = 0;
    std::optional<qint64> masterAgentId;
    QDate customerSince;
    PaymentTermsKind terms = PaymentTermsKind::DueOnReceipt;
    qint64 creditLimitCents = 0;
    qint64 balanceCents = 0;
    QStringList invoiceEmails;
    QList<DemoContact> contacts;
    std::optional<QDate> paymentIssueOn;
    bool achMethod = false;
    bool cardMethod = false;
    bool manualAchEnable = false;
    DemoCredit credit = DemoCredit::None;
};

// Generates customers 1, 2, … deterministically from a seed and "today". The ACH cases
// cycle with the id, so every few consecutive customers cover them all: good standing, a
// payment issue in the last 90 days, younger than 90 days, exactly 90 and 91 days since
// joining or since the last issue, outside the US (CA, MX, GB, DE), an ACH method on file,
// manually enabled, an old issue, a card only. The rest (agent and master agent, status,
// terms and limits, balances near 80 % of the limit, 0–10 invoice emails, 1–3 billing
// contacts some of whose emails are repeated as invoice emails, credit applications) is
// drawn from the seeded sequence.
class DemoGenerator
{
public:
    static constexpr int kAchCases = 12;

    DemoGenerator(quint32 seed, const QDate &today);
    DemoCustomer next();

private:
    int bounded(int lowest, int highest); // inclusive
    bool chance(double share);
    void drawOwnership(DemoCustomer &c);
    void drawAchCase(DemoCustomer &c, int achCase);
    void drawMoney(DemoCustomer &c);
    void drawPeople(DemoCustomer &c);

    QRandomGenerator m_random;
    QDate m_today;
    qint64 m_nextId = 1;
};

} // namespace pac::server
