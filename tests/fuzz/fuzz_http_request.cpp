// A whole HTTP request through the portal's API in process (no sockets): routing, the
// session check, body decoding and every endpoint, on a small demo store. Input:
//   byte 0      who sends it: none, agent1, master1 or support1 (a valid Bearer token)
//   then        "METHOD /path?query\n", header lines "name: value\n", "\n", the body.
// Invariants: no crash, no 5xx, and a refused (4xx) request leaves the store unchanged.
#include "FuzzSupport.h"
#include "server/DemoSeeder.h"
#include "server/PortalApi.h"
#include "server/ServerClock.h"
#include "server/Store.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace pac;
using namespace pac::server;

namespace {

struct Portal
{
    Store store;
    ServerClock clock {QDate(2026, 11, 2)};
    std::unique_ptr<PortalApi> api;
    QByteArray tokens[4]; // [0] stays empty: not signed in
};
Portal *g_portal = nullptr;
// Sign-ins are fuzzed too: at the real cost (600,000 PBKDF2 iterations) each would take
// a large part of a second, and the fuzzer would explore little else.
constexpr int kIterations = 10;

QByteArray signIn(const char *username)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/session");
    request.headers = {{"content-type", "application/json"}};
    request.body = QByteArray(R"({"username":")") + username + R"(","password":"demo"})";
    request.remoteAddress = QHostAddress::LocalHost;
    const server::HttpResponse response = g_portal->api->handle(request);
    return QJsonDocument::fromJson(response.body).object().value(u"token").toString().toLatin1();
}

// Every row change this connection made since it opened (SQLite's total_changes()).
qint64 changesSoFar()
{
    QSqlQuery query(g_portal->store.database());
    PAC_FUZZ_CHECK(query.exec(QStringLiteral("SELECT total_changes()")) && query.next());
    return query.value(0).toLongLong();
}

HttpRequest requestFrom(const QByteArray &input)
{
    HttpRequest request;
    request.remoteAddress = QHostAddress::LocalHost;
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0);
    const qsizetype space = requestLine.indexOf(' ');
    request.method = requestLine.left(space < 0 ? 0 : space);
    const QByteArray target = space < 0 ? requestLine : requestLine.mid(space + 1);
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append(
            {lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
    }
    return request;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::ensureApplication(argc, argv);
    g_portal = new Portal;
    QString error;
    PAC_FUZZ_CHECK(g_portal->store.open(QString(), &error));
    PAC_FUZZ_CHECK(
        DemoSeeder(g_portal->store, g_portal->clock.now(), kIterations).seed(40, 7, &error));
    PortalApiOptions options;
    options.rateLimit = 0; // one client sends everything, as fast as it can
    options.passwordIterations = kIterations;
    g_portal->api = std::make_unique<PortalApi>(g_portal->store, g_portal->clock, options);
    g_portal->tokens[1] = signIn("agent1");
    g_portal->tokens[2] = signIn("master1");
    g_portal->tokens[3] = signIn("support1");
    for (int i = 1; i < 4; ++i)
        PAC_FUZZ_CHECK(!g_portal->tokens[i].isEmpty());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    HttpRequest request = requestFrom(fuzz::bytes(data + 1, size - 1));
    if (const QByteArray &token = g_portal->tokens[data[0] % 4]; !token.isEmpty())
        request.headers.append({"authorization", "Bearer " + token});

    const qint64 before = changesSoFar();
    const server::HttpResponse response = g_portal->api->handle(request);
    const int status = int(response.status);
    PAC_FUZZ_CHECK(status >= 200 && status < 500);
    if (status >= 400)
        PAC_FUZZ_CHECK(changesSoFar() == before);
    return 0;
}
