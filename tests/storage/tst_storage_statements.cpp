#include "StorageTestSupport.h"
#include "storage/CacheConnection.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace pac;
using namespace pac::test;

// The prepared statements a CacheConnection keeps (PreparedStatements), and the checkpoint
// rule of its connections: no commit checkpoints by itself.
class TestStorageStatements : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<CacheConnection> open(const QTemporaryDir &dir)
    {
        auto connection = CacheConnection::open(dir.filePath(QStringLiteral("cache.sqlite")));
        if (!connection)
            return nullptr;
        return std::move(connection).value();
    }

    static StorageStatus insertMeta(CacheConnection &connection, const QString &key,
                                    const QString &value)
    {
        PreparedQuery insert
            = connection.prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        insert->addBindValue(key);
        insert->addBindValue(value);
        if (!insert->exec())
            return StorageError::make(StorageError::Kind::Sql, QStringLiteral("insert"),
                                      insert->lastError().text());
        return {};
    }

    static QStringList metaKeys(CacheConnection &connection, const QString &prefix)
    {
        PreparedQuery select = connection.prepared(
            QStringLiteral("SELECT key FROM meta WHERE key LIKE ? ORDER BY key"));
        select->addBindValue(QString(prefix + u'%'));
        QStringList keys;
        if (!select->exec())
            return {QStringLiteral("error: ") + select->lastError().text()};
        while (select->next())
            keys.append(select->value(0).toString());
        return keys;
    }

private slots:
    void aStatementIsPreparedOnceAndRunWithNewValues()
    {
        QTemporaryDir dir;
        auto connection = open(dir);
        QVERIFY(connection);
        PAC_VERIFY_OK(insertMeta(*connection, QStringLiteral("t.a"), QStringLiteral("1")));
        PAC_VERIFY_OK(insertMeta(*connection, QStringLiteral("t.b"), QStringLiteral("2")));
        PAC_VERIFY_OK(insertMeta(*connection, QStringLiteral("t.c"), QStringLiteral("3")));
        // The same text, run three times with other values: each run used its own values.
        QCOMPARE(
            metaKeys(*connection, QStringLiteral("t.")),
            (QStringList {QStringLiteral("t.a"), QStringLiteral("t.b"), QStringLiteral("t.c")}));
        QCOMPARE(metaKeys(*connection, QStringLiteral("t.b")), QStringList {QStringLiteral("t.b")});
    }

    void aHalfReadStatementKeepsNoOldSnapshot()
    {
        QTemporaryDir dir;
        auto reader = open(dir);
        auto writer = open(dir);
        QVERIFY(reader && writer);
        for (int i = 0; i < 5; ++i) {
            PAC_VERIFY_OK(insertMeta(*writer, QStringLiteral("s.%1").arg(i), QString::number(i)));
        }
        const QString sql
            = QStringLiteral("SELECT key FROM meta WHERE key LIKE 's.%' ORDER BY key");
        {
            PreparedQuery first = reader->prepared(sql);
            QVERIFY(first->exec());
            QVERIFY(first->next()); // one row of five read, then the handle goes
        }
        // Another connection commits; the reader's next run must see it (a statement left
        // stepping would hold the reader's snapshot from before).
        PAC_VERIFY_OK(insertMeta(*writer, QStringLiteral("s.9"), QStringLiteral("9")));
        PreparedQuery again = reader->prepared(sql);
        QVERIFY(again->exec());
        int rows = 0;
        while (again->next())
            ++rows;
        QCOMPARE(rows, 6);
    }

    void theSameTextInUseGetsAStatementOfItsOwn()
    {
        QTemporaryDir dir;
        auto connection = open(dir);
        QVERIFY(connection);
        PAC_VERIFY_OK(insertMeta(*connection, QStringLiteral("n.1"), QStringLiteral("1")));
        PAC_VERIFY_OK(insertMeta(*connection, QStringLiteral("n.2"), QStringLiteral("2")));
        const QString sql = QStringLiteral("SELECT value FROM meta WHERE key = ?");
        PreparedQuery outer = connection->prepared(sql);
        outer->addBindValue(QStringLiteral("n.1"));
        QVERIFY(outer->exec());
        QVERIFY(outer->next());
        {
            // Re-entrant use while `outer` still reads: a second statement, outer untouched.
            PreparedQuery inner = connection->prepared(sql);
            inner->addBindValue(QStringLiteral("n.2"));
            QVERIFY(inner->exec());
            QVERIFY(inner->next());
            QCOMPARE(inner->value(0).toString(), QStringLiteral("2"));
        }
        QCOMPARE(outer->value(0).toString(), QStringLiteral("1"));
    }

    void aRefusedStatementSaysWhyAndIsNotKept()
    {
        QTemporaryDir dir;
        auto connection = open(dir);
        QVERIFY(connection);
        const QString sql = QStringLiteral("SELECT a_column FROM no_such_table");
        // Asked twice: refused twice (a refused statement is not kept as if it were good).
        for (int i = 0; i < 2; ++i) {
            PreparedQuery query = connection->prepared(sql);
            QVERIFY(!query.isPrepared());
            QVERIFY2(query->lastError().text().contains(QStringLiteral("no_such_table")),
                     qPrintable(query->lastError().text()));
            QVERIFY(!query->exec());
        }
    }

    void dynamicTextsDoNotGrowTheCacheWithoutBound()
    {
        PreparedStatements statements;
        QTemporaryDir dir;
        auto connection = open(dir);
        QVERIFY(connection);
        for (int i = 0; i < PreparedStatements::MaxStatements + 50; ++i) {
            PreparedQuery query
                = statements.take(connection->database(), QStringLiteral("SELECT %1").arg(i));
            QVERIFY(query.isPrepared());
            QVERIFY(query->exec() && query->next());
            QCOMPARE(query->value(0).toInt(), i); // beyond the bound: still a working statement
        }
        QCOMPARE(statements.size(), PreparedStatements::MaxStatements);
        statements.clear();
        QCOMPARE(statements.size(), 0);
    }

    void closingWithKeptStatementsLeavesNoConnectionInUse()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        QTemporaryDir dir;
        auto connection = open(dir);
        QVERIFY(connection);
        PAC_VERIFY_OK(insertMeta(*connection, QStringLiteral("c.1"), QStringLiteral("1")));
        QCOMPARE(metaKeys(*connection, QStringLiteral("c.")), QStringList {QStringLiteral("c.1")});
        connection.reset(); // removes the QSqlDatabase; a kept statement would warn
    }

    void everyTransactionCommitsWithItsOwnDurability()
    {
        QTemporaryDir dir;
        auto connection = open(dir);
        QVERIFY(connection);
        QList<int> levels;
        connection->setCommitObserver([&levels](const CacheConnection::CommitInfo &info) {
            levels.append(info.synchronous);
        });
        const QList<Durability> sequence {Durability::Full, Durability::Normal, Durability::Full,
                                          Durability::Full, Durability::Normal, Durability::Full};
        int n = 0;
        for (Durability durability : sequence) {
            SqlTransaction transaction(*connection, QStringLiteral("test"), durability);
            PAC_VERIFY_OK(transaction.begun());
            PAC_VERIFY_OK(
                insertMeta(*connection, QStringLiteral("d.%1").arg(++n), QStringLiteral("v")));
            PAC_VERIFY_OK(transaction.commit());
        }
        // 2 = FULL, 1 = NORMAL, each time (BEGIN and COMMIT come from kept statements).
        QCOMPARE(levels, (QList<int> {2, 1, 2, 2, 1, 2}));
    }

    void commitsDoNotCheckpoint()
    {
        QTemporaryDir dir;
        auto connection = open(dir);
        QVERIFY(connection);
        const QString path = connection->path();
        const qint64 emptySize = QFileInfo(path).size();
        // Far more than SQLite's default of 1,000 pages, in small transactions.
        const QString text(4000, u'x');
        for (int t = 0; t < 40; ++t) {
            SqlTransaction transaction(*connection, QStringLiteral("test"));
            PAC_VERIFY_OK(transaction.begun());
            for (int i = 0; i < 40; ++i) {
                PAC_VERIFY_OK(
                    insertMeta(*connection, QStringLiteral("w.%1.%2").arg(t).arg(i), text));
            }
            PAC_VERIFY_OK(transaction.commit());
        }
        // Every page is still in the WAL: the database file did not grow.
        QCOMPARE(QFileInfo(path).size(), emptySize);
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 1600 * 4000);

        const auto copied = connection->checkpoint();
        PAC_VERIFY_OK(copied);
        QVERIFY(copied.value() > 1000);
        QVERIFY(QFileInfo(path).size() > 1600 * 4000);
    }
};

QTEST_GUILESS_MAIN(TestStorageStatements)
#include "tst_storage_statements.moc"
