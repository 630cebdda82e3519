// docs/portal-api.yaml and the server agree on the operations: every path and method of the
// contract is served, and the server serves nothing the contract leaves out. (The document
// itself is checked by the openapi_lint test.)
#include "server/PortalApi.h"
#include "server/ServerClock.h"
#include "server/Store.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace pac::server;

class TestServerContract : public QObject
{
    Q_OBJECT

private slots:
    void everyOperationIsServedAndDocumented();
};

void TestServerContract::everyOperationIsServedAndDocumented()
{
    QFile file(QStringLiteral(PAC_SOURCE_DIR "/docs/portal-api.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    // Paths are the keys two spaces in under `paths:`, methods four spaces in under a path.
    const QRegularExpression pathLine(QStringLiteral("^  (/[^:]*):\\s*$"));
    const QRegularExpression methodLine(QStringLiteral("^    (get|put|post|delete|patch):\\s*$"));
    QStringList documented;
    QString path;
    bool inPaths = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty())
            inPaths = line == QLatin1String("paths:");
        if (!inPaths)
            continue;
        if (const auto m = pathLine.match(line); m.hasMatch())
            path = m.captured(1);
        else if (const auto m2 = methodLine.match(line); m2.hasMatch())
            documented.append(m2.captured(1).toUpper() + QLatin1Char(' ') + path);
    }
    QVERIFY(documented.size() > 10);

    Store store;
    QString error;
    QVERIFY(store.open(QString(), &error));
    ServerClock clock;
    PortalApi api(store, clock, PortalApiOptions());
    QStringList served = api.routes();
    served.sort();
    documented.sort();
    QCOMPARE(served, documented);
}

QTEST_GUILESS_MAIN(TestServerContract)
#include "tst_server_contract.moc"
