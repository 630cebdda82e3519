// An edit the portal refuses, end to end through agentctl processes: `agentctl push` reports it
// and exits 2, `agentctl outbox` keeps it as refused with the portal's reason, the customer
// takes no other edit until `agentctl discard`, and after that the next edit goes through.
// The refused edit is written into the profile's outbox directly (as an edit queued by an
// earlier version under other rules would be): agentctl's own validation would never queue it.
#include "CliTestSupport.h"
#include "models/FieldError.h"
#include "storage/LocalCache.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pac;
using namespace pac::test;

class TestCliRefused : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedEditStaysUntilDiscarded();

private:
    CliRun run(const QStringList &command) const
    {
        return runAgentctl(globalArgs(m_server.url(), QStringLiteral("support1"), m_profile)
                           + command);
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_profile;
};

void TestCliRefused::initTestCase()
{
    QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("portal.sqlite")), 20));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    const CliRun sync = run({QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.all()));
}

void TestCliRefused::refusedEditStaysUntilDiscarded()
{
    // An active customer, and an edit of eleven addresses queued against its current version.
    qint64 customerId = 0;
    qint64 entryId = 0;
    QStringList before;
    {
        auto cache = LocalCache::open(QDir(m_profile).filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.ok());
        std::ignore = cache.value()->customers().forEachCustomer([&](const CachedCustomer &c) {
            if (c.server.status != CustomerStatus::Active)
                return true;
            customerId = c.server.id;
            before = c.server.invoiceEmails;
            NewEdit edit;
            edit.customerId = c.server.id;
            edit.kind = EditKind::InvoiceEmails;
            QStringList eleven;
            for (int i = 0; i < 11; ++i)
                eleven.append(QStringLiteral("n%1@example.com").arg(i));
            edit.payload = {{QStringLiteral("emails"), QJsonArray::fromStringList(eleven)}};
            edit.baseEtag = c.server.etag();
            const auto entry = cache.value()->outbox().enqueue(edit);
            if (entry)
                entryId = entry->id;
            return false;
        });
    }
    QVERIFY(customerId > 0);
    QVERIFY(entryId > 0);
    const QString id = QString::number(customerId);
    const QString entry = QString::number(entryId);

    // The portal refuses it: push says so and exits 2; the edit stays, flagged refused.
    const CliRun push = run({QStringLiteral("push")});
    QCOMPARE(push.exitCode, 2);
    QVERIFY2(push.out.contains(QStringLiteral("1 edit sent: 0 applied, 0 conflicts, 1 refused, "
                                              "0 waiting")),
             qPrintable(push.all()));
    QVERIFY2(push.err.contains(QStringLiteral("Outbox: 0 pending, 0 conflicts, 1 refused")),
             qPrintable(push.all()));

    const CliRun outbox
        = run({QStringLiteral("outbox"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outbox.exitCode, 0);
    const QJsonArray entries = outbox.jsonArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject kept = entries.first().toObject();
    QCOMPARE(kept.value(QStringLiteral("id")).toInteger(), entryId);
    QCOMPARE(kept.value(QStringLiteral("customer_id")).toInteger(), customerId);
    QCOMPARE(kept.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QVERIFY2(!kept.value(QStringLiteral("last_error")).toString().isEmpty(),
             qPrintable(QJsonDocument(kept).toJson()));

    // A second push sends nothing and still exits 2 (something needs the user).
    const CliRun again = run({QStringLiteral("push")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.out.contains(QStringLiteral("Nothing to send.")), qPrintable(again.all()));

    // The customer takes no other edit while the refused one is there: exit 3, nothing saved.
    const CliRun blocked = run({QStringLiteral("invoice-emails"), id, QStringLiteral("--add"),
                                QStringLiteral("ok@example.com")});
    QCOMPARE(blocked.exitCode, 3);
    QVERIFY2(blocked.err.contains(QStringLiteral("An earlier edit of customer %1 was refused by "
                                                 "the portal")
                                      .arg(id)),
             qPrintable(blocked.all()));
    QCOMPARE(run({QStringLiteral("outbox"), QStringLiteral("--format"), QStringLiteral("json")})
                 .jsonArray()
                 .size(),
             1);

    // Discarded, the customer is free again and the next edit reaches the portal.
    const CliRun discard = run({QStringLiteral("discard"), entry});
    QVERIFY2(discard.exitCode == 0, qPrintable(discard.all()));
    const CliRun added = run({QStringLiteral("invoice-emails"), id, QStringLiteral("--add"),
                              QStringLiteral("ok@example.com")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.all()));
    const CliRun show
        = run({QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject customer = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QStringList expected = before;
    expected.append(QStringLiteral("ok@example.com"));
    QCOMPARE(customer.value(QStringLiteral("invoice_emails")).toVariant().toStringList(), expected);
    QVERIFY(run({QStringLiteral("outbox"), QStringLiteral("--format"), QStringLiteral("json")})
                .jsonArray()
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRefused)
#include "tst_cli_refused.moc"
