#include "server/DemoBilling.h"

#include "models/InvoiceRules.h"

#include <QTimeZone>

#include <algorithm>
#include <array>

namespace pac::server {

namespace {

constexpr qint64 kDomesticMinuteCents = 1;
constexpr qint64 kInternationalMinuteCents = 6;

struct Tax
{
    QString country;
    QString label;
    int perMille;
};
const std::array kTaxes {
    Tax {QStringLiteral("US"), QStringLiteral("Federal USF and regulatory fees"), 34},
    Tax {QStringLiteral("US"), QStringLiteral("State and local taxes"), 65},
    Tax {QStringLiteral("CA"), QStringLiteral("GST/HST 13%"), 130},
    Tax {QStringLiteral("MX"), QStringLiteral("IVA 16%"), 160},
    Tax {QStringLiteral("GB"), QStringLiteral("VAT 20%"), 200},
    Tax {QStringLiteral("DE"), QStringLiteral("USt. 19%"), 190},
};
constexpr std::array kCardFailures {"card declined", "insufficient funds", "expired card"};
constexpr std::array kAchFailures {"insufficient funds (R01)", "account closed (R02)"};

int bounded(QRandomGenerator &random, int lowest, int highest)
{
    return lowest + int(random.bounded(quint32(highest - lowest + 1)));
}

QDateTime atMinute(const QDate &day, int minuteOfDay)
{
    return QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60), QTimeZone::utc());
}

qint64 perMilleOf(qint64 cents, int perMille)
{
    return (cents * perMille + 500) / 1000;
}

qint64 total(const QList<InvoiceLine> &lines)
{
    qint64 sum = 0;
    for (const InvoiceLine &line : lines)
        sum += line.amountCents;
    return sum;
}

// The descriptions are shared (QStringLiteral): a million invoices copy them, not their text.
InvoiceLine line(const QString &description, qint64 quantity, qint64 unitCents)
{
    return {description, quantity, unitCents, quantity * unitCents};
}

const QString kChannels = QStringLiteral("SIP trunk channels");
const QString kDids = QStringLiteral("DIDs (phone numbers)");
const QString kDomestic = QStringLiteral("Usage: domestic minutes");
const QString kInternational = QStringLiteral("Usage: international minutes");

} // namespace

struct DemoBillingGenerator::Plan
{
    int channels = 0;
    qint64 channelCents = 0;
    int dids = 0;
    qint64 didCents = 0;
    int minutes = 0; // a typical month's domestic minutes
    int internationalMinutes = 0; // 0: none
};

DemoBillingGenerator::DemoBillingGenerator(quint32 seed, const QDate &today, int months)
    : m_seed(seed)
    , m_today(today)
    , m_months(std::max(1, months))
{ }

QString DemoBillingGenerator::nextNumber(const QDate &issuedOn)
{
    const int number = ++m_numbersInYear[issuedOn.year()];
    return QStringLiteral("INV-%1-%2").arg(issuedOn.year()).arg(number, 4, 10, QLatin1Char('0'));
}

QList<InvoiceLine> DemoBillingGenerator::linesFor(const DemoCustomer &c, const Plan &plan,
                                                  bool usage, QRandomGenerator &random) const
{
    QList<InvoiceLine> lines {line(kChannels, plan.channels, plan.channelCents),
                              line(kDids, plan.dids, plan.didCents)};
    // Drawn whether used or not, so a suspension does not shift the months after it.
    const int minutes = plan.minutes * bounded(random, 80, 120) / 100;
    const int international = plan.internationalMinutes * bounded(random, 60, 140) / 100;
    if (usage) {
        lines.append(line(kDomestic, minutes, kDomesticMinuteCents));
        if (international > 0) {
            lines.append(line(kInternational, international, kInternationalMinuteCents));
        }
    }
    const qint64 subtotal = total(lines);
    for (const Tax &tax : kTaxes) {
        if (c.country == tax.country) {
            const qint64 amount = perMilleOf(subtotal, tax.perMille);
            lines.append({tax.label, 1, amount, amount});
        }
    }
    return lines;
}

void DemoBillingGenerator::pay(BillingRecords &records, const Invoice &invoice, const QDateTime &at,
                               PaymentMethodKind method, std::optional<QString> failure)
{
    Payment p;
    p.id = m_nextPaymentId++;
    p.invoiceId = invoice.id;
    p.at = at;
    p.method = method;
    p.amountCents = invoice.amountCents;
    p.outcome = failure ? PaymentOutcome::Failed : PaymentOutcome::Succeeded;
    p.failureReason = std::move(failure);
    records.payments.append(std::move(p));
}

bool DemoBillingGenerator::issueIsFailedPayment(const DemoCustomer &customer)
{
    return (customer.id - 1) / DemoGenerator::kAchCases % 2 == 0;
}

BillingRecords DemoBillingGenerator::billingFor(const DemoCustomer &c)
{
    const quint32 seedWords[] = {m_seed, quint32(c.id), quint32(quint64(c.id) >> 32), 0xb111u};
    QRandomGenerator random(seedWords);
    Plan plan;
    plan.channels = bounded(random, 2, 30);
    plan.channelCents = 1500 + 250 * bounded(random, 0, 4);
    plan.dids = bounded(random, 1, 4 * plan.channels);
    plan.didCents = random.bounded(2) ? 150 : 100;
    plan.minutes = plan.channels * bounded(random, 300, 1500);
    if (random.generateDouble() < 0.25)
        plan.internationalMinutes = plan.minutes * bounded(random, 2, 10) / 100;
    const bool voidsOne = random.generateDouble() < 0.04;
    const bool creditNote = random.generateDouble() < 0.03;
    const int net15MonthsAgo = bounded(random, 1, 8);
    const bool movedToNet15 = random.generateDouble() < 0.5;

    const std::optional<QDate> issueOn = c.paymentIssueOn;
    const bool failedPayment = issueIsFailedPayment(c);
    // Billed on the issue's day of the month where there is one, so the failed payment is
    // the autopay of the day's invoice.
    const int cycleDay = issueOn ? std::min(issueOn->day(), 28) : bounded(random, 1, 28);
    QDate latest(m_today.year(), m_today.month(), cycleDay);
    if (latest >= m_today)
        latest = latest.addMonths(-1);
    QDate first = latest.addMonths(1 - m_months);
    int months = m_months;
    while (issueOn && first > issueOn->addMonths(-1)) {
        first = first.addMonths(-1);
        ++months;
    }
    // Invoices begin after joining — but an issue the demo dates before joining (which rule
    // 4b then ignores) or in its first weeks needs an invoice from before, and gets them.
    const bool beforeJoining = issueOn && *issueOn < c.customerSince.addMonths(2);
    QDate net15Since; // invalid: on Net 15 (if at all) for every invoice
    if (c.terms == PaymentTermsKind::Net15 && movedToNet15)
        net15Since = latest.addMonths(-net15MonthsAgo);

    BillingRecords records;
    for (int m = 0; m < months; ++m) {
        const QDate issued = first.addMonths(m);
        if (!beforeJoining && issued <= c.customerSince)
            continue;
        Invoice inv;
        inv.customerId = c.id;
        inv.periodStart = issued.addMonths(-1);
        if (!beforeJoining && inv.periodStart < c.customerSince)
            inv.periodStart = c.customerSince;
        inv.periodEnd = issued.addDays(-1);
        inv.issuedOn = issued;
        const bool net15
            = c.terms == PaymentTermsKind::Net15 && (!net15Since.isValid() || issued >= net15Since);
        inv.dueOn = InvoiceRules::dueOn(
            issued, net15 ? PaymentTermsKind::Net15 : PaymentTermsKind::DueOnReceipt);
        const bool usage = !(c.status == CustomerStatus::Suspended && m >= months - 2);
        inv.lines = linesFor(c, plan, usage, random);
        inv.amountCents = total(inv.lines);
        if (voidsOne && m == months - 3) {
            // Billed 10 channels too many, voided and issued again corrected the same day.
            Invoice voided = inv;
            voided.id = m_nextInvoiceId++;
            voided.number = nextNumber(issued);
            voided.lines.first() = line(kChannels, plan.channels + 10, plan.channelCents);
            voided.amountCents = total(voided.lines);
            voided.status = InvoiceStatus::Void;
            records.invoices.append(std::move(voided));
        }
        inv.id = m_nextInvoiceId++;
        inv.number = nextNumber(issued);
        records.invoices.append(inv);
        if (creditNote && m == months - 5 && issued.addDays(10) < m_today) {
            Invoice credit;
            credit.id = m_nextInvoiceId++;
            credit.number = nextNumber(issued.addDays(10));
            credit.customerId = c.id;
            credit.periodStart = credit.periodEnd = issued.addDays(9);
            credit.issuedOn = issued.addDays(10);
            credit.dueOn = credit.issuedOn;
            const qint64 cents = 500 * bounded(random, 1, 10);
            credit.lines = {{QStringLiteral("Service credit: outage of %1")
                                 .arg(credit.periodStart.toString(Qt::ISODate)),
                             1, -cents, -cents}};
            credit.amountCents = -cents; // paid at once (rule 7b): nothing to collect
            records.invoices.append(std::move(credit));
        }
    }

    // The invoice the payment issue is about: for a failed payment, the one open on that
    // day (the latest issued by then); for a late one, the latest already due before it.
    const PaymentMethodKind method = c.achMethod ? PaymentMethodKind::Ach : PaymentMethodKind::Card;
    qsizetype issueInvoice = -1;
    for (qsizetype i = 0; issueOn && i < records.invoices.size(); ++i) {
        const Invoice &inv = records.invoices.at(i);
        if (inv.status == InvoiceStatus::Void || inv.amountCents <= 0)
            continue;
        if (failedPayment ? inv.issuedOn <= *issueOn : inv.dueOn < *issueOn)
            issueInvoice = i;
    }
    qint64 owedRoom = c.balanceCents; // what the open invoices may still hold
    bool newest = true; // the newest invoice to collect comes first below
    for (qsizetype i = records.invoices.size() - 1; i >= 0; --i) {
        Invoice &inv = records.invoices[i];
        if (inv.status == InvoiceStatus::Void || inv.amountCents <= 0)
            continue;
        const int minute = bounded(random, 0, 179);
        // Suspended for not paying: its newest invoice, once due, stays unpaid when the
        // balance holds it — the demo's "past due now" (rule 7c: an issue until paid). Only
        // in the ACH cases whose point is not a date (recent or old issue, abroad, card
        // only): the boundary cases keep their literal dates.
        const int achCase = int((c.id - 1) % DemoGenerator::kAchCases);
        const bool suspendedUnpaid = newest && c.status == CustomerStatus::Suspended
            && (achCase == 1 || achCase == 7 || achCase == 10 || achCase == 11) && i != issueInvoice
            && inv.dueOn < m_today && inv.amountCents <= owedRoom;
        newest = false;
        if (suspendedUnpaid) {
            owedRoom -= inv.amountCents;
            continue;
        }
        if (i == issueInvoice) {
            if (failedPayment) {
                const auto reason = method == PaymentMethodKind::Ach
                    ? kAchFailures.at(random.bounded(quint32(kAchFailures.size())))
                    : kCardFailures.at(random.bounded(quint32(kCardFailures.size())));
                pay(records, inv, atMinute(*issueOn, 7 * 60 + minute), method,
                    QString::fromLatin1(reason));
                pay(records, inv, atMinute(*issueOn, 15 * 60 + minute), method);
            } else {
                pay(records, inv, atMinute(*issueOn, 11 * 60 + minute), method);
            }
            inv.paidCents = inv.amountCents;
            continue;
        }
        if (inv.dueOn == inv.issuedOn) { // due on receipt: the autopay of the issue day
            pay(records, inv, atMinute(inv.issuedOn, 6 * 60 + minute), method);
            inv.paidCents = inv.amountCents;
            continue;
        }
        // Net 15: not yet due and within the balance, it is still owed; else paid in time.
        if (inv.dueOn >= m_today && inv.amountCents <= owedRoom) {
            owedRoom -= inv.amountCents;
            continue;
        }
        const QDate paidOn = std::min(
            inv.issuedOn.addDays(bounded(random, 0, InvoiceRules::Net15Days)), m_today.addDays(-1));
        pay(records, inv, atMinute(paidOn, 9 * 60 + 3 * minute), method);
        inv.paidCents = inv.amountCents;
    }
    // Payments in the order they happened, ids too: a list reads like the account's history.
    std::stable_sort(records.payments.begin(), records.payments.end(),
                     [](const Payment &a, const Payment &b) { return a.at < b.at; });
    qint64 id = m_nextPaymentId - records.payments.size();
    for (Payment &p : records.payments)
        p.id = id++;
    return records;
}

} // namespace pac::server
