#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerIndex.h"
#include "customerindex/CustomerIndexBuilder.h"
#include "customerindex/CustomerIndexText.h"
#include "customerindex/CustomerQueryHistory.h"
#include "itemmodels/CustomerRowSamples.h"

#include <QTest>

#include <algorithm>

using namespace pac;
using namespace pac::test;

namespace {

CustomerIndex indexOf(const QList<CustomerRow> &rows)
{
    CustomerIndexBuilder builder;
    builder.reserve(rows.size());
    for (const CustomerRow &row : rows)
        builder.add(row);
    return builder.build();
}

QList<qint64> idsOf(const CustomerIndex &index, const QList<quint32> &slotList)
{
    QList<qint64> ids;
    for (quint32 slot : slotList)
        ids.append(index.facts(slot).id);
    return ids;
}

QList<qint64> sortedIds(const CustomerIndex &index, CustomerColumn column, Qt::SortOrder order)
{
    const auto sorted = index.sortedSlots(column, order);
    return idsOf(index, QList<quint32>(sorted->begin(), sorted->end()));
}

// The order a column must have, computed the slow, obvious way from the raw values: values
// first (ascending or descending), equal values by slot, rows without a value last. Text
// compares case-folded with whitespace runs collapsed, as the filter sees it.
QList<qint64> referenceOrder(const CustomerIndex &index, CustomerColumn column, Qt::SortOrder order)
{
    QList<quint32> live;
    for (quint32 s = 0; s < index.slotCount(); ++s) {
        if (index.isLive(s))
            live.append(s);
    }
    auto key = [&](quint32 s) { return CustomerColumns::raw(index, s, column); };
    std::stable_sort(live.begin(), live.end(), [&](quint32 a, quint32 b) {
        const QVariant ka = key(a), kb = key(b);
        if (ka.isNull() || kb.isNull())
            return !ka.isNull() && kb.isNull();
        QPartialOrdering c = QPartialOrdering::Equivalent;
        if (ka.typeId() == QMetaType::QString)
            c = QVariant::compare(ka.toString().simplified().toCaseFolded(),
                                  kb.toString().simplified().toCaseFolded());
        else
            c = QVariant::compare(ka, kb);
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                           : c == QPartialOrdering::Greater;
    });
    return idsOf(index, live);
}

} // namespace

class TestCustomerIndex : public QObject
{
    Q_OBJECT

private:
    static QList<CustomerRow> handRows()
    {
        return {
            makeRow(1, QStringLiteral("Acme VoIP LLC"), QStringLiteral("100000042"),
                    {QStringLiteral("ap@acme.example"), QStringLiteral("CFO@Acme.example")}),
            makeRow(2, QStringLiteral("Ñandú Telecom"), QStringLiteral("200000001"),
                    {QStringLiteral("pagos@nandu.example")}),
            makeRow(3, QStringLiteral("Beta   Cloud\tCorp"), QStringLiteral("AB-77"), {}),
            makeRow(4, QStringLiteral("Gamma SIP"), QStringLiteral("300000003"),
                    {QStringLiteral("billing@gamma.example"), QStringLiteral("ops@beta.example")}),
        };
    }

private slots:
    void rowFromCustomer()
    {
        Customer c;
        c.id = 42;
        c.accountNumber = QStringLiteral("100000042");
        c.name = QStringLiteral("Acme");
        c.agent = {7, QStringLiteral("Agent One")};
        c.masterAgent = PersonRef {3, QStringLiteral("Master One")};
        c.paymentTerms = PaymentTermsKind::Net15;
        c.creditLimitCents = 50'000;
        c.balanceCents = 41'234;
        c.invoiceEmails = {QStringLiteral("ap@acme.example"), QStringLiteral("cfo@acme.example")};
        c.billingContacts = {{9, QStringLiteral("Ann"), QStringLiteral("ann@acme.example")}};
        c.ach.status = AchStatus::Eligible;
        c.ach.reason = AchReason::GoodStanding;
        c.lastPaymentIssueOn = QDate(2026, 1, 2);
        c.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(11, 39, 59, 123), Qt::UTC);

        const CustomerRow row = CustomerRow::fromCustomer(c);
        QCOMPARE(row.facts.id, 42);
        QCOMPARE(row.accountNumber, c.accountNumber);
        QCOMPARE(row.agentName, QStringLiteral("Agent One"));
        QCOMPARE(row.masterAgentName, QStringLiteral("Master One"));
        QCOMPARE(row.facts.terms, PaymentTermsKind::Net15);
        QCOMPARE(row.facts.creditLimitCents, 50'000);
        QCOMPARE(row.facts.balanceCents, 41'234);
        QCOMPARE(row.facts.invoiceEmailCount, quint8(2));
        QCOMPARE(
            row.emails,
            (QStringList {QStringLiteral("ap@acme.example"), QStringLiteral("cfo@acme.example"),
                          QStringLiteral("ann@acme.example")}));
        QCOMPARE(row.facts.achStatus, AchStatus::Eligible);
        QCOMPARE(row.facts.achReason, AchReason::GoodStanding);
        QCOMPARE(row.facts.lastPaymentIssueOn, QDate(2026, 1, 2));
        QCOMPARE(row.facts.updatedAt(), c.updatedAt);
        QCOMPARE(row.facts.flags, CustomerRowFlags());

        c.masterAgent.reset();
        c.lastPaymentIssueOn.reset();
        c.updatedAt = QDateTime();
        const CustomerRow bare = CustomerRow::fromCustomer(c);
        QVERIFY(bare.masterAgentName.isEmpty());
        QVERIFY(bare.facts.lastPaymentIssueOn.isNull());
        QCOMPARE(bare.facts.updatedAtMsecs, CustomerFacts::kUnknownTime);
        QVERIFY(!bare.facts.updatedAt().isValid());
    }

    // The vectorised substring test against std::string_view::find: crafted edges (16-byte
    // block boundaries, the scalar tail, first and last bytes matching with a different
    // middle) and many random texts over a small alphabet.
    void containsBytesAgreesWithFind()
    {
        using indextext::containsBytes;
        const std::string text = "abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklmnopqrs";
        for (std::size_t start = 0; start < text.size(); ++start) {
            for (std::size_t length = 0; start + length <= text.size() && length < 40; ++length) {
                const std::string_view needle = std::string_view(text).substr(start, length);
                QVERIFY2(containsBytes(text, needle), needle.data());
            }
        }
        QVERIFY(!containsBytes("nova cloud", "nova clouds"));
        QVERIFY(!containsBytes("axxxxxxxxxxxxxxxxxxxxxb axxxb", "axxb"));
        QVERIFY(containsBytes("axxxxxxxxxxxxxxxxxxxxxb axxb", "axxb"));
        QVERIFY(!containsBytes("", "a"));
        QVERIFY(containsBytes("", ""));

        quint32 state = 7;
        auto next = [&state]() {
            state = state * 1664525u + 1013904223u;
            return state >> 16;
        };
        for (int round = 0; round < 20000; ++round) {
            std::string hay(next() % 70, ' ');
            for (char &c : hay)
                c = char('a' + next() % 3);
            std::string needle(1 + next() % 6, ' ');
            for (char &c : needle)
                c = char('a' + next() % 3);
            QCOMPARE(containsBytes(hay, needle), hay.find(needle) != std::string::npos);
        }
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("ids");
        using Ids = QList<qint64>;
        QTest::newRow("empty filter: every row") << QString() << Ids {1, 2, 3, 4};
        QTest::newRow("blanks only: every row") << QStringLiteral("   ") << Ids {1, 2, 3, 4};
        QTest::newRow("name, lower case") << QStringLiteral("acme") << Ids {1};
        QTest::newRow("name, upper case") << QStringLiteral("ACME VOIP") << Ids {1};
        QTest::newRow("name, middle") << QStringLiteral("oip ll") << Ids {1};
        QTest::newRow("account number part") << QStringLiteral("00042") << Ids {1};
        QTest::newRow("account letters any case") << QStringLiteral("ab-7") << Ids {3};
        QTest::newRow("invoice email") << QStringLiteral("cfo@acme") << Ids {1};
        QTest::newRow("billing contact email") << QStringLiteral("ops@beta") << Ids {4};
        QTest::newRow("name or email") << QStringLiteral("beta") << Ids {3, 4};
        QTest::newRow("Unicode name as written") << QStringLiteral("Ñandú") << Ids {2};
        QTest::newRow("Unicode name other case") << QStringLiteral("ÑANDÚ tel") << Ids {2};
        QTest::newRow("Unicode decomposed (NFD) input")
            << QStringLiteral("N\u0303andu\u0301") << Ids {2};
        QTest::newRow("accents matter") << QStringLiteral("nandu t") << Ids {};
        QTest::newRow("whitespace collapsed in the name")
            << QStringLiteral("beta cloud corp") << Ids {3};
        QTest::newRow("whitespace collapsed in the text")
            << QStringLiteral("  gamma    sip ") << Ids {4};
        QTest::newRow("no match") << QStringLiteral("zzz") << Ids {};
        QTest::newRow("no match across name and account") << QStringLiteral("llc100") << Ids {};
        // The field separator is a control character, dropped from the text like the others.
        QTest::newRow("separator cannot join two emails")
            << QStringLiteral("example\u001fcfo") << Ids {};
        QTest::newRow("control character dropped") << QStringLiteral("ac\u0001me") << Ids {1};
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, ids);
        const CustomerIndex index = indexOf(handRows());
        QCOMPARE(idsOf(index, index.filter(text, CustomerView::All, QDate(2026, 6, 1))), ids);
    }

    void filterWithView()
    {
        QList<CustomerRow> rows = handRows();
        rows[0].facts.terms = PaymentTermsKind::Net15;
        rows[3].facts.terms = PaymentTermsKind::Net15;
        const CustomerIndex index = indexOf(rows);
        const QDate today(2026, 6, 1);
        QCOMPARE(idsOf(index, index.filter(u"", CustomerView::Net15, today)),
                 (QList<qint64> {1, 4}));
        QCOMPARE(idsOf(index, index.filter(u"beta", CustomerView::Net15, today)),
                 (QList<qint64> {4}));
        QCOMPARE(index.viewCounts(today).count(CustomerView::Net15), 2);
        QCOMPARE(index.viewCounts(today).count(CustomerView::All), 4);
    }

    // Typing a word char by char refines the previous result; each step must equal a fresh
    // query, for every view and in sorted and unsorted order.
    void refinementEqualsFreshQuery_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<int>("sortColumn");
        QTest::newRow("all, index order") << int(CustomerView::All) << -1;
        QTest::newRow("all, by name") << int(CustomerView::All) << int(CustomerColumn::Name);
        QTest::newRow("net 15, by balance")
            << int(CustomerView::Net15) << int(CustomerColumn::Balance);
        QTest::newRow("payment issue, by master agent")
            << int(CustomerView::PaymentIssueLast90Days) << int(CustomerColumn::MasterAgent);
    }

    void refinementEqualsFreshQuery()
    {
        QFETCH(int, view);
        QFETCH(int, sortColumn);
        const CustomerIndex index = indexOf(generatedRows(3000));
        CustomerQuerySpec spec;
        spec.view = CustomerView(view);
        spec.today = QDate(2026, 8, 1);
        spec.sortColumn = sortColumn;
        std::optional<CustomerQueryResult> previous = index.query(spec);
        const QStringList typing {QStringLiteral("n"),          QStringLiteral("ñ"),
                                  QStringLiteral("ña"),         QStringLiteral("ñan"),
                                  QStringLiteral("ñandú"),      QStringLiteral("ñandú "),
                                  QStringLiteral("ñandú c"),    QStringLiteral("ñandú cl"),
                                  QStringLiteral("andú cl"), // not an extension: fresh
                                  QStringLiteral("andú cloud"), QStringLiteral("")};
        for (const QString &text : typing) {
            spec.text = text;
            const std::optional<CustomerQueryResult> refined = index.query(spec, &*previous);
            const std::optional<CustomerQueryResult> fresh = index.query(spec);
            QVERIFY(refined && fresh);
            QCOMPARE(refined->matches, fresh->matches);
            previous = refined;
        }
        // A different sort on the same text reuses the rows and orders them anew.
        spec.text = QStringLiteral("cloud");
        previous = index.query(spec);
        spec.sortColumn = int(CustomerColumn::UpdatedAt);
        spec.sortOrder = Qt::DescendingOrder;
        QCOMPARE(index.query(spec, &*previous)->matches, index.query(spec)->matches);
    }

    void refinementIgnoresAResultOfOtherRows()
    {
        CustomerIndex index = indexOf(handRows());
        CustomerQuerySpec spec;
        spec.text = QStringLiteral("a");
        const std::optional<CustomerQueryResult> before = index.query(spec);
        index.apply({makeRow(9, QStringLiteral("Acme Two"))});
        spec.text = QStringLiteral("acme");
        // The previous result predates row 9: it must not be refined.
        QCOMPARE(idsOf(index, index.query(spec, &*before)->matches), (QList<qint64> {1, 9}));
        // Nor one of another view.
        CustomerQuerySpec net15 = spec;
        net15.view = CustomerView::Net15;
        const std::optional<CustomerQueryResult> none = index.query(net15);
        QVERIFY(none->matches.isEmpty());
        QCOMPARE(idsOf(index, index.query(spec, &*none)->matches), (QList<qint64> {1, 9}));
    }

    void historyOffersTheSmallestResultToRefine()
    {
        const CustomerIndex index = indexOf(generatedRows(3000));
        CustomerQueryHistory history;
        CustomerQuerySpec spec;
        spec.today = QDate(2026, 8, 1);
        for (const QString &text :
             {QString(), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("nova")}) {
            spec.text = text;
            history.add(*index.query(spec));
        }
        auto baseText = [&](const QString &text) {
            spec.text = text;
            const CustomerQueryResult *base = history.baseFor(spec, index.version());
            return base ? base->spec.text : QStringLiteral("(none)");
        };
        QCOMPARE(baseText(QStringLiteral("nova c")), QStringLiteral("nova"));
        QCOMPARE(baseText(QStringLiteral("nov")), QStringLiteral("no")); // a backspace
        QCOMPARE(baseText(QStringLiteral("an")), QStringLiteral("n"));
        QCOMPARE(baseText(QStringLiteral("x")), QString());
        QCOMPARE(baseText(QStringLiteral("NOVA ")), QStringLiteral("nova")); // same needle
        spec.view = CustomerView::Net15;
        QCOMPARE(baseText(QStringLiteral("nova")), QStringLiteral("(none)"));
        spec.view = CustomerView::All;
        QVERIFY(!history.baseFor(spec, index.version() + 1)); // rows changed since

        // A refined query from the history equals a fresh one.
        spec.text = QStringLiteral("nov");
        QCOMPARE(index.query(spec, history.baseFor(spec, index.version()))->matches,
                 index.query(spec)->matches);
    }

    void historyIsBounded()
    {
        const CustomerIndex index = indexOf(generatedRows(30000));
        CustomerQueryHistory history(4);
        CustomerQuerySpec spec;
        for (int i = 0; i < 10; ++i) {
            spec.text = QStringLiteral("billing%1@").arg(20000 + i); // one row each
            history.add(*index.query(spec));
        }
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.baseFor(spec, index.version())->matches.size(), 1);

        // Rows held stay within three times the largest result: every generated row has an
        // "...@word.example" email, so each of these matches all 30,000 rows.
        CustomerQueryHistory byRows(50);
        for (const char *text : {"a", "e", "l", "m", "p", "x", "."}) {
            spec.text = QString::fromLatin1(text);
            byRows.add(*index.query(spec));
            QCOMPARE(byRows.baseFor(spec, index.version())->matches.size(), 30000);
        }
        QCOMPARE(byRows.size(), 3);
        // The same text and rows again (here in another order) replaces the older entry.
        spec.sortColumn = int(CustomerColumn::Balance);
        byRows.add(*index.query(spec));
        QCOMPARE(byRows.size(), 3);
        QCOMPARE(byRows.baseFor(spec, index.version())->spec.sortColumn,
                 int(CustomerColumn::Balance));
    }

    void cancelledQueryReturnsNothing()
    {
        const CustomerIndex index = indexOf(generatedRows(40000));
        std::atomic_bool cancel {true};
        CustomerQuerySpec spec;
        spec.text = QStringLiteral("a");
        QVERIFY(!index.query(spec, nullptr, &cancel).has_value());
        cancel = false;
        QVERIFY(index.query(spec, nullptr, &cancel).has_value());
    }

    void sortMatchesReferenceOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int c = 0; c < CustomerColumnCount; ++c) {
            QTest::addRow("column %d ascending", c) << c << false;
            QTest::addRow("column %d descending", c) << c << true;
        }
    }

    void sortMatchesReferenceOrder()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QList<CustomerRow> rows = generatedRows(2500);
        rows += handRows(); // ids 1..4, Unicode and odd whitespace
        CustomerIndex index = indexOf(rows);
        const auto order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        QCOMPARE(sortedIds(index, CustomerColumn(column), order),
                 referenceOrder(index, CustomerColumn(column), order));
        // Still right after rows changed (the cached order is dropped, not patched wrongly).
        CustomerRow changed = rows.at(10);
        changed.name = QStringLiteral("AAA first");
        changed.facts.balanceCents = -999'999;
        changed.masterAgentName.clear();
        index.apply({changed, makeRow(5, QStringLiteral("zzz new"))}, {rows.at(20).facts.id});
        QCOMPARE(sortedIds(index, CustomerColumn(column), order),
                 referenceOrder(index, CustomerColumn(column), order));
    }

    void sortIsStableAndPutsNullsLast()
    {
        QList<CustomerRow> rows {
            makeRow(10, QStringLiteral("same")), makeRow(11, QStringLiteral("Same")),
            makeRow(12, QStringLiteral("SAME")), makeRow(13, QStringLiteral("alpha")),
            makeRow(14, QStringLiteral("Zulu")),
        };
        rows[0].masterAgentName = QStringLiteral("M2");
        rows[2].masterAgentName = QStringLiteral("m1");
        rows[4].masterAgentName = QStringLiteral("M2");
        rows[0].facts.creditLimitCents = 1000;
        rows[0].facts.balanceCents = 900; // 90 %
        rows[3].facts.creditLimitCents = 1000;
        rows[3].facts.balanceCents = 100; // 10 %
        rows[1].facts.updatedAtMsecs = CustomerFacts::kUnknownTime;
        const CustomerIndex index = indexOf(rows);
        using Ids = QList<qint64>;
        QCOMPARE(sortedIds(index, CustomerColumn::Name, Qt::AscendingOrder),
                 (Ids {13, 10, 11, 12, 14}));
        QCOMPARE(sortedIds(index, CustomerColumn::Name, Qt::DescendingOrder),
                 (Ids {14, 10, 11, 12, 13}));
        QCOMPARE(sortedIds(index, CustomerColumn::MasterAgent, Qt::AscendingOrder),
                 (Ids {12, 10, 14, 11, 13}));
        QCOMPARE(sortedIds(index, CustomerColumn::MasterAgent, Qt::DescendingOrder),
                 (Ids {10, 14, 12, 11, 13}));
        QCOMPARE(sortedIds(index, CustomerColumn::LimitUsed, Qt::AscendingOrder),
                 (Ids {13, 10, 11, 12, 14}));
        QCOMPARE(sortedIds(index, CustomerColumn::LimitUsed, Qt::DescendingOrder),
                 (Ids {10, 13, 11, 12, 14}));
        QCOMPARE(sortedIds(index, CustomerColumn::UpdatedAt, Qt::DescendingOrder),
                 (Ids {14, 13, 12, 10, 11}));
    }

    void numbersSortNumerically()
    {
        QList<CustomerRow> rows {makeRow(1, QStringLiteral("a")), makeRow(2, QStringLiteral("b")),
                                 makeRow(3, QStringLiteral("c")), makeRow(4, QStringLiteral("d"))};
        rows[0].facts.balanceCents = 10;
        rows[1].facts.balanceCents = -5;
        rows[2].facts.balanceCents = 9;
        rows[3].facts.balanceCents = 100'000'000'000;
        const CustomerIndex index = indexOf(rows);
        QCOMPARE(sortedIds(index, CustomerColumn::Balance, Qt::AscendingOrder),
                 (QList<qint64> {2, 3, 1, 4}));
    }

    void upsertAndRemoveById()
    {
        CustomerIndex index = indexOf(handRows());
        const quint64 version = index.version();
        const quint32 acmeSlot = *index.slotOf(1);

        CustomerRow renamed = handRows().at(0);
        renamed.name = QStringLiteral("Zeta Networks");
        const CustomerIndexChanges changes
            = index.apply({renamed, makeRow(7, QStringLiteral("New Acme"))}, {3, 999});
        QCOMPARE(changes.updated, (QList<quint32> {acmeSlot}));
        QCOMPARE(changes.inserted.size(), 1);
        QCOMPARE(changes.removed, (QList<quint32> {2}));
        QVERIFY(index.version() > version);
        QCOMPARE(index.size(), 4);
        QCOMPARE(*index.slotOf(1), acmeSlot); // a replaced row keeps its slot
        QVERIFY(!index.slotOf(3));
        QCOMPARE(index.name(acmeSlot), QStringLiteral("Zeta Networks"));
        const QDate today(2026, 1, 1);
        QCOMPARE(idsOf(index, index.filter(u"acme", CustomerView::All, today)),
                 (QList<qint64> {1, 7})); // 1 still has its acme emails
        QCOMPARE(idsOf(index, index.filter(u"zeta", CustomerView::All, today)),
                 (QList<qint64> {1}));
        QCOMPARE(idsOf(index, index.filter(u"beta cloud", CustomerView::All, today)),
                 QList<qint64> {});
        QCOMPARE(sortedIds(index, CustomerColumn::Name, Qt::AscendingOrder),
                 (QList<qint64> {4, 7, 1, 2}));
    }

    void upsertThenRemoveInOneBatch()
    {
        CustomerIndex index = indexOf(handRows());
        const CustomerIndexChanges changes
            = index.apply({makeRow(8, QStringLiteral("Temp")), makeRow(8, QStringLiteral("Temp 2")),
                           handRows().at(1)},
                          {8, 2});
        QVERIFY(changes.inserted.isEmpty());
        QVERIFY(changes.updated.isEmpty());
        QCOMPARE(changes.removed.size(), 1);
        QCOMPARE(index.size(), 3);
        QVERIFY(!index.slotOf(8));
        QVERIFY(!index.slotOf(2));
    }

    void builderKeepsTheLastOfARepeatedId()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("repeated")));
        const CustomerIndex index
            = indexOf({makeRow(5, QStringLiteral("first")), makeRow(6, QStringLiteral("other")),
                       makeRow(5, QStringLiteral("second"))});
        QCOMPARE(index.size(), 2);
        QCOMPARE(index.name(*index.slotOf(5)), QStringLiteral("second"));
        QCOMPARE(idsOf(index, index.filter(u"first", CustomerView::All, {})), QList<qint64> {});
    }

    void manyUpdatesCompactTheTextAndKeepItRight()
    {
        QList<CustomerRow> rows = generatedRows(2000);
        CustomerIndex index = indexOf(rows);
        const qsizetype before = index.memoryUsage();
        const QString padding(200, u'x');
        for (int round = 0; round < 20; ++round) {
            for (CustomerRow &row : rows)
                row.name = QStringLiteral("round %1 %2 ").arg(round).arg(row.facts.id) + padding;
            index.apply(rows);
        }
        // Without compaction 20 rounds of ~220-byte names would hold ~17 MB of dead text.
        QVERIFY2(index.memoryUsage() < before + 4 * 1024 * 1024,
                 qPrintable(QString::number(index.memoryUsage())));
        QCOMPARE(index.name(*index.slotOf(1500)), QStringLiteral("round 19 1500 ") + padding);
        QCOMPARE(index.filter(u"round 19 1500 ", CustomerView::All, {}).size(), 1);
        QVERIFY(index.filter(u"round 18", CustomerView::All, {}).isEmpty());
    }

    void veryLongTextIsCutAtACharacter()
    {
        const QString longName = QString(70000, u'é');
        const CustomerIndex index = indexOf({makeRow(1, longName)});
        const QString shown = index.name(0);
        QVERIFY(shown.size() > 30000);
        QVERIFY(longName.startsWith(shown)); // no broken character at the end
        QCOMPARE(index.filter(u"ÉÉÉ", CustomerView::All, {}).size(), 1);
    }

    void viewCountsEqualFilterSizes()
    {
        const CustomerIndex index = indexOf(generatedRows(3000));
        const QDate today(2026, 6, 15);
        const CustomerViewCounts counts = index.viewCounts(today);
        for (int v = 0; v < CustomerViewCount; ++v) {
            QCOMPARE(counts.count(CustomerView(v)),
                     index.filter(u"", CustomerView(v), today).size());
        }
        QVERIFY(counts.count(CustomerView::NearCreditLimit) > 0);
        QVERIFY(counts.count(CustomerView::PaymentIssueLast90Days) > 0);
        // What the "Past due now" rows owe, in all.
        QVERIFY(counts.count(CustomerView::PastDueNow) > 0);
        qint64 owed = 0;
        for (const CustomerRow &row : generatedRows(3000))
            owed += row.facts.pastDueCents;
        QCOMPARE(counts.pastDueCents, owed);
    }

    void movedIndexKeepsItsRowsAndVersionsStayApart()
    {
        CustomerIndex index = indexOf(handRows());
        const quint64 version = index.version();
        CustomerIndex moved = std::move(index);
        QCOMPARE(moved.size(), 4);
        QVERIFY(moved.version() != version);
        QCOMPARE(index.size(), 0); // NOLINT(bugprone-use-after-move): the moved-from is empty
        QVERIFY(index.filter(u"", CustomerView::All, {}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCustomerIndex)
#include "tst_customerindex.moc"
