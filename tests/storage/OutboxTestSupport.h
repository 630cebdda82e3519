#pragma once

#include "StorageTestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// Shared by the outbox tests: a cache holding customers 1-3 (version 1), and helpers that
// make edits and read entries back.
namespace pac::test {

class OutboxFixture
{
protected:
    // A fresh cache for each test function.
    void openFresh()
    {
        m_cache.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
        m_cache = openCache(m_dir);
        QVERIFY(m_cache);
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies(sampleCustomers(1, 3)));
    }

    // Whatever a test did, the file stays sound.
    void checkAndClose()
    {
        if (m_cache)
            QCOMPARE(m_cache->integrityCheck().value(), QStringLiteral("ok"));
        m_cache.reset();
    }

    static QJsonObject emails(const QStringList &list)
    {
        return {{QStringLiteral("emails"), QJsonArray::fromStringList(list)}};
    }

    static NewEdit emailEdit(qint64 customerId, const QStringList &list,
                             const QByteArray &base = "\"1\"")
    {
        NewEdit edit;
        edit.customerId = customerId;
        edit.kind = EditKind::InvoiceEmails;
        edit.payload = emails(list);
        edit.baseEtag = base;
        return edit;
    }

    static NewEdit termsEdit(qint64 customerId, const QString &terms,
                             const QByteArray &base = "\"1\"")
    {
        NewEdit edit;
        edit.customerId = customerId;
        edit.kind = EditKind::PaymentTerms;
        edit.payload = {{QStringLiteral("terms"), terms}};
        edit.baseEtag = base;
        return edit;
    }

    OutboxEntry enqueue(const NewEdit &edit)
    {
        auto entry = m_cache->outbox().enqueue(edit);
        if (!entry) {
            qWarning("enqueue failed: %s %s", qPrintable(entry.error().message),
                     qPrintable(entry.error().detail));
            return {};
        }
        return entry.value();
    }

    CachedCustomer customer(qint64 id)
    {
        const auto found = m_cache->customers().find(id);
        if (!found || !found.value())
            return {};
        return *found.value();
    }

    OutboxEntry entry(qint64 id)
    {
        const auto found = m_cache->outbox().find(id);
        return found && found.value() ? *found.value() : OutboxEntry {};
    }

    QList<qint64> readyIds(const QDateTime &now = QDateTime::currentDateTimeUtc().addSecs(1))
    {
        QList<qint64> ids;
        const auto ready = m_cache->outbox().readyToSend(now);
        if (ready) {
            for (const OutboxEntry &e : ready.value())
                ids.append(e.id);
        }
        return ids;
    }

    // The portal's answer to an accepted invoice emails edit.
    static Customer accepted(Customer base, const QStringList &list)
    {
        base.invoiceEmails = list;
        ++base.version;
        return base;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
};

} // namespace pac::test
