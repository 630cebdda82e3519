#include "SyntheticCustomers.h"

#include <QFile>

#include <array>

namespace pac::bench {

namespace {

// SplitMix64: a small, well-mixed generator seeded by the row number.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

constexpr std::array<const char *, 48> kWords {
    "Nova",     "Cloud",    "Telecom", "Voice",   "Data",    "Networks", "Global",    "Pacific",
    "Summit",   "River",    "Harbor",  "Metro",   "Prairie", "Granite",  "Cedar",     "Falcon",
    "Beacon",   "Apex",     "Vertex",  "Pioneer", "Liberty", "Atlas",    "Orion",     "Keystone",
    "Lakeside", "Coastal",  "Bright",  "Signal",  "Wave",    "Link",     "Connect",   "Digital",
    "Systems",  "Partners", "Health",  "Dental",  "Legal",   "Realty",   "Logistics", "Foods",
    "Motors",   "Studio",   "Labs",    "Works",   "Group",   "Holdings", "Services",  "Solutions"};
constexpr std::array<const char *, 8> kUnicodeWords {"Ñandú",  "São",  "Zürich", "Málaga",
                                                     "Kraków", "Łódź", "Ærø",    "Ōsaka"};
constexpr std::array<const char *, 6> kSuffixes {"LLC", "Inc.", "Corp", "Co.", "Ltd", ""};
constexpr std::array<const char *, 6> kMailboxes {"ap",      "billing",  "accounts",
                                                  "finance", "invoices", "cfo"};
constexpr std::array<const char *, 24> kFirstNames {
    "Ann",   "Bob",  "Carla", "Dev",  "Elena", "Frank",  "Grace", "Hugo",
    "Irene", "Jon",  "Kim",   "Luis", "Maya",  "Nate",   "Olga",  "Pedro",
    "Quinn", "Rosa", "Sam",   "Tara", "Uma",   "Victor", "Wendy", "Yusuf"};

QString word(Random &random)
{
    if (random.below(100) < 3)
        return QString::fromUtf8(kUnicodeWords[std::size_t(random.below(kUnicodeWords.size()))]);
    return QString::fromLatin1(kWords[std::size_t(random.below(kWords.size()))]);
}

QString domainOf(const QString &name)
{
    QString domain;
    for (QChar c : name) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            domain.append(c.toLower());
    }
    return domain + QStringLiteral(".example");
}

} // namespace

CustomerRow syntheticCustomer(qint64 i)
{
    Random random(quint64(i) * 7919u + 17u);
    CustomerRow row;
    CustomerFacts &f = row.facts;
    f.id = 1'000'000 + i;

    const int words = 2 + random.below(3);
    for (int w = 0; w < words; ++w) {
        if (w > 0)
            row.name.append(u' ');
        row.name.append(word(random));
    }
    if (const char *suffix = kSuffixes[std::size_t(random.below(kSuffixes.size()))]; *suffix)
        row.name += u' ' + QString::fromLatin1(suffix);
    row.accountNumber = QString::number(100'000'000 + (i * 48'271) % 900'000'000);

    const int agent = random.below(400);
    row.agentName = QString::fromLatin1(kFirstNames[std::size_t(agent % kFirstNames.size())])
        + QStringLiteral(" Agent ") + QString::number(agent);
    if (random.below(3) == 0)
        row.masterAgentName = QStringLiteral("Master ") + QString::number(agent % 20);

    const QString domain = domainOf(row.name);
    const int invoiceEmails = random.below(5);
    for (int e = 0; e < invoiceEmails; ++e) {
        row.emails.append(QString::fromLatin1(kMailboxes[std::size_t(e % kMailboxes.size())]) + u'@'
                          + domain);
    }
    f.invoiceEmailCount = quint8(invoiceEmails);
    const int contacts = 1 + random.below(2);
    for (int c = 0; c < contacts; ++c) {
        row.emails.append(
            QString::fromLatin1(kFirstNames[std::size_t(random.below(kFirstNames.size()))])
                .toLower()
            + u'.' + QString::number(c) + u'@' + domain);
    }

    f.terms = random.below(4) == 0 ? PaymentTermsKind::Net15 : PaymentTermsKind::DueOnReceipt;
    f.creditLimitCents = f.terms == PaymentTermsKind::Net15 ? 50'000 + random.below(20) * 25'000
                                                            : (random.below(3) == 0 ? 0 : 50'000);
    f.balanceCents = qint64(random.below(120'000)) - 5'000;
    f.achStatus = AchStatus(random.below(3));
    f.achReason = AchReason(random.below(6));
    if (random.below(5) == 0)
        f.lastPaymentIssueOn = QDate(2026, 1, 1).addDays(random.below(365));
    f.updatedAtMsecs = 1'760'000'000'000 + qint64(random.below(30'000'000)) * 1000;
    if (random.below(200) == 0)
        f.flags |= CustomerRowFlag::PendingEdit;
    if (random.below(1000) == 0)
        f.flags |= CustomerRowFlag::Conflict;
    if (random.below(300) == 0)
        f.flags |= CustomerRowFlag::CreditApplicationSubmitted;
    return row;
}

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // /proc files report size 0, so read until the end instead of asking atEnd().
    const QByteArray text = status.readAll();
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toLongLong() * 1024 : 0;
        }
    }
    return 0;
}

} // namespace pac::bench
