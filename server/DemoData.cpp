#include "server/DemoData.h"

#include <array>

namespace pac::server {

namespace {

constexpr std::array kFirstWords {"Acme",     "Blue Ridge", "Cascade",  "Delta",      "Evergreen",
                                  "Falcon",   "Granite",    "Harbor",   "Ironwood",   "Juniper",
                                  "Keystone", "Lakeside",   "Meridian", "Northstar",  "Oakmont",
                                  "Pinnacle", "Quarry",     "Redwood",  "Summit",     "Tidewater",
                                  "Union",    "Vista",      "Willow",   "Yellowpine", "Zenith"};
constexpr std::array kTrades {"Telecom",   "Networks", "Communications", "Voice",
                              "Logistics", "Dental",   "Legal",          "Realty",
                              "Health",    "Motors",   "Foods",          "Consulting"};
constexpr std::array kSuffixes {"LLC", "Inc.", "Co.", "Group", "Ltd."};
// A few names beyond ASCII, so sorting, search and rendering meet them too.
constexpr std::array kInternationalNames {"Café Ñandú S.A.", "Müller & Söhne GmbH",
                                          "Łódź Telekom Sp. z o.o.", "Société Générale de Voix",
                                          "Œuvre Numérique SARL"};
constexpr std::array kGivenNames {"Ann",  "Ben",  "Carla", "Dev",   "Elena", "Farid", "Grace",
                                  "Hiro", "Ines", "Jon",   "Kemal", "Lucia", "Mona",  "Nate"};
constexpr std::array kFamilyNames {"Lopez", "Smith", "Nguyen", "Okafor", "Schmidt", "Rossi",
                                   "Kim",   "Patel", "Garcia", "Brown",  "Silva",   "Novak"};
constexpr std::array kMailboxes {"billing", "ap",     "finance", "accounts", "invoices",
                                 "cfo",     "office", "admin",   "payables", "controller"};
constexpr std::array kForeignCountries {"CA", "MX", "GB", "DE"};

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("customer") : out;
}

} // namespace

QList<DemoUser> demoUsers()
{
    return {
        {kDemoSupportId, "support1", "Sam Support", Role::Support, std::nullopt},
        {kDemoMaster1Id, "master1", "Morgan Master", Role::MasterAgent, std::nullopt},
        {kDemoAgent1Id, "agent1", "Alex Agent", Role::Agent, kDemoMaster1Id},
        {kDemoAgent2Id, "agent2", "Blair Agent", Role::Agent, kDemoMaster1Id},
        {kDemoAgent3Id, "agent3", "Casey Agent", Role::Agent, std::nullopt},
        {kDemoMaster2Id, "master2", "Jordan Master", Role::MasterAgent, std::nullopt},
    };
}

DemoGenerator::DemoGenerator(quint32 seed, const QDate &today)
    : m_random(seed)
    , m_today(today)
{ }

int DemoGenerator::bounded(int lowest, int highest)
{
    return lowest + int(m_random.bounded(quint32(highest - lowest + 1)));
}

bool DemoGenerator::chance(double share)
{
    return m_random.generateDouble() < share;
}

DemoCustomer DemoGenerator::next()
{
    DemoCustomer c;
    c.id = m_nextId++;
    c.accountNumber = QStringLiteral("AC%1").arg(c.id + 10'000'000);
    if (c.id % 97 == 0) {
        c.name = QString::fromUtf8(kInternationalNames.at(c.id / 97 % kInternationalNames.size()));
    } else {
        // One draw per statement: the order of draws inside one call's arguments is the
        // compiler's (GCC and clang differ), and the dataset must be the same for a seed.
        // Drawn last word first, the order GCC used, so the demo names stay what they were.
        const auto suffix = kSuffixes.at(m_random.bounded(quint32(kSuffixes.size())));
        const auto trade = kTrades.at(m_random.bounded(quint32(kTrades.size())));
        const auto first = kFirstWords.at(m_random.bounded(quint32(kFirstWords.size())));
        c.name = QStringLiteral("%1 %2 %3")
                     .arg(QLatin1String(first), QLatin1String(trade), QLatin1String(suffix));
    }
    drawOwnership(c);
    drawAchCase(c, int((c.id - 1) % kAchCases));
    drawMoney(c);
    drawPeople(c);
    return c;
}

void DemoGenerator::drawOwnership(DemoCustomer &c)
{
    // agent1 30 %, agent2 30 %, agent3 40 %; ids interleave so any prefix has all three.
    const int slot = int(c.id % 10);
    c.agentId = slot < 3 ? kDemoAgent1Id : slot < 6 ? kDemoAgent2Id : kDemoAgent3Id;
    const double draw = m_random.generateDouble();
    if (c.agentId != kDemoAgent3Id) {
        if (draw < 0.4)
            c.masterAgentId = kDemoMaster1Id;
    } else if (draw < 0.2) {
        c.masterAgentId = kDemoMaster1Id; // visible to master1 through the customer only
    } else if (draw < 0.4) {
        c.masterAgentId = kDemoMaster2Id;
    }
    const double status = m_random.generateDouble();
    c.status = status < 0.90 ? CustomerStatus::Active
        : status < 0.96      ? CustomerStatus::Suspended
                             : CustomerStatus::Closed;
}

void DemoGenerator::drawAchCase(DemoCustomer &c, int achCase)
{
    c.country = QStringLiteral("US");
    c.customerSince = m_today.addDays(-bounded(365, 3000));
    switch (achCase) {
    case 0:
        break; // good standing
    case 1:
        c.paymentIssueOn = m_today.addDays(-bounded(5, 85));
        break; // recent issue
    case 2:
        c.customerSince = m_today.addDays(-bounded(1, 85));
        break; // new customer
    case 3:
        c.customerSince = m_today.addDays(-90);
        break; // eligible tomorrow
    case 4:
        c.customerSince = m_today.addDays(-91);
        break; // eligible today
    case 5:
        c.paymentIssueOn = m_today.addDays(-90);
        break; // eligible tomorrow
    case 6:
        c.paymentIssueOn = m_today.addDays(-91);
        break; // eligible today
    case 7:
        c.country = QString::fromLatin1(kForeignCountries.at(c.id % kForeignCountries.size()));
        break;
    case 8:
        c.achMethod = true;
        break; // enrolled
    case 9: // recent issue, enabled by support anyway
        c.paymentIssueOn = m_today.addDays(-bounded(5, 60));
        c.manualAchEnable = true;
        break;
    case 10:
        c.paymentIssueOn = m_today.addDays(-bounded(200, 800));
        break; // old issue
    default:
        c.cardMethod = true;
        break; // card only
    }
    if (achCase != 11 && chance(0.3))
        c.cardMethod = true;
    // A master agent makes ACH possible whatever the history (rule 4a), so a good share of
    // the cases above stays without one: drawOwnership leaves 60 % of customers without.
}

void DemoGenerator::drawMoney(DemoCustomer &c)
{
    if (chance(0.25)) {
        c.terms = PaymentTermsKind::Net15;
        c.creditLimitCents = chance(0.3) ? qint64(bounded(6, 100)) * 12'500 : 50'000;
    } else if (chance(0.1)) {
        c.creditLimitCents = qint64(bounded(2, 20)) * 25'000; // kept from earlier Net 15
    }
    if (c.creditLimitCents > 0) {
        const double draw = m_random.generateDouble();
        const double share = draw < 0.15 ? 0.78 + 0.1 * m_random.generateDouble() // ~80 %
            : draw < 0.2                 ? 1.0 + 0.15 * m_random.generateDouble() // over
                                         : 0.7 * m_random.generateDouble();
        c.balanceCents = qint64(share * double(c.creditLimitCents));
    } else {
        c.balanceCents = bounded(0, 40'000);
    }
    const double credit = m_random.generateDouble();
    if (c.country == QLatin1String("US") && c.status == CustomerStatus::Active && credit < 0.06) {
        c.credit = credit < 0.03 ? DemoCredit::Submitted
            : credit < 0.05      ? DemoCredit::Approved
                                 : DemoCredit::Declined;
    }
}

void DemoGenerator::drawPeople(DemoCustomer &c)
{
    const QString domain = slug(c.name) + QStringLiteral("-%1.example").arg(c.id);
    const int billing = bounded(1, 3);
    for (int i = 0; i < billing; ++i) {
        const QString given
            = QLatin1String(kGivenNames.at(m_random.bounded(quint32(kGivenNames.size()))));
        const QString family
            = QLatin1String(kFamilyNames.at(m_random.bounded(quint32(kFamilyNames.size()))));
        c.contacts.append(
            {given + QLatin1Char(' ') + family,
             QStringLiteral("%1.%2%3@%4").arg(given.toLower(), family.toLower()).arg(i).arg(domain),
             QStringLiteral("billing")});
    }
    if (chance(0.3))
        c.contacts.append(
            {QStringLiteral("NOC"), QStringLiteral("noc@") + domain, QStringLiteral("technical")});

    const double draw = m_random.generateDouble();
    const int count = draw < 0.4 ? 0
        : draw < 0.85            ? bounded(1, 3)
        : draw < 0.95            ? bounded(4, 9)
                                 : 10;
    const int firstMailbox = int(m_random.bounded(quint32(kMailboxes.size())));
    for (int i = 0; i < count; ++i)
        c.invoiceEmails.append(kMailboxes.at((firstMailbox + i) % kMailboxes.size())
                               + QStringLiteral("@") + domain);
    // Some lists repeat a billing contact's address: the console flags it as redundant.
    if (count > 0 && count < 10 && chance(0.2))
        c.invoiceEmails.append(c.contacts.constFirst().email.toUpper());
}

} // namespace pac::server
