#pragma once

// Rows for the item model tests: hand-made ones with named boundaries, and a deterministic
// generator for larger sets.

#include "customerindex/CustomerRow.h"

#include <QList>
#include <QString>

namespace pac::test {

inline CustomerRow makeRow(qint64 id, const QString &name, const QString &account = {},
                           const QStringList &emails = {})
{
    CustomerRow row;
    row.facts.id = id;
    row.facts.updatedAtMsecs = 1'700'000'000'000 + id * 1000;
    row.name = name;
    row.accountNumber
        = account.isEmpty() ? QStringLiteral("AC-%1").arg(id, 6, 10, QLatin1Char('0')) : account;
    row.agentName = QStringLiteral("Agent %1").arg(id % 3);
    row.emails = emails;
    row.facts.invoiceEmailCount = quint8(emails.size());
    return row;
}

// n rows with varied names, accounts, emails, agents and facts; the same for the same n.
inline QList<CustomerRow> generatedRows(int n)
{
    static const char *const kWords[] = {"acme",  "voip", "Telecom", "Ñandú", "Global", "data",
                                         "cloud", "SIP",  "trunk",   "Nova",  "beta",   "Río"};
    constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));
    QList<CustomerRow> rows;
    rows.reserve(n);
    quint32 state = 12345;
    auto next = [&state]() {
        state = state * 1103515245u + 12345u;
        return int((state >> 8) & 0xFFFF);
    };
    for (int i = 0; i < n; ++i) {
        const QString name = QString::fromUtf8(kWords[next() % kWordCount]) + u' '
            + QString::fromUtf8(kWords[next() % kWordCount]) + u' ' + QString::number(next() % 97);
        CustomerRow row
            = makeRow(1000 + i, name, QStringLiteral("AC%1").arg(next() * 7 + i),
                      {QStringLiteral("billing%1@%2.example")
                           .arg(i)
                           .arg(QString::fromUtf8(kWords[next() % kWordCount]).toLower())});
        row.agentName = QStringLiteral("Agent %1").arg(next() % 20);
        if (next() % 3 == 0)
            row.masterAgentName = QStringLiteral("Master %1").arg(next() % 5);
        row.facts.creditLimitCents = (next() % 4) * 25'000;
        row.facts.balanceCents = next() % 60'000 - 5'000;
        row.facts.terms = next() % 2 ? PaymentTermsKind::Net15 : PaymentTermsKind::DueOnReceipt;
        row.facts.achStatus = AchStatus(next() % 3);
        row.facts.invoiceEmailCount = quint8(next() % 11);
        if (next() % 4 == 0)
            row.facts.lastPaymentIssueOn = QDate(2026, 1, 1).addDays(next() % 300);
        if (next() % 10 == 0)
            row.facts.updatedAtMsecs = CustomerFacts::kUnknownTime;
        else
            row.facts.updatedAtMsecs = 1'700'000'000'000 + qint64(next() % 500) * 60'000;
        row.facts.flags = CustomerRowFlags::fromInt(next() % 8);
        // Not drawn from the sequence, so the other fields stay what earlier tests expect.
        if (i % 9 == 4)
            row.facts.pastDueCents = (i % 7 + 1) * 1'234;
        rows.append(row);
    }
    return rows;
}

} // namespace pac::test
