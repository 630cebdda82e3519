#include "server/ServerOptions.h"

#include "server/FaultInjector.h"

#include <QCommandLineParser>

namespace pac::server {

namespace {

constexpr int kMaxDemoCustomers = 5'000'000;

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

void addServerOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {opt("port"), opt("TCP port on 127.0.0.1 (0: any free port)."), opt("N"), opt("0")},
        {opt("db"), opt("SQLite file of the store (default: in memory)."), opt("FILE")},
        {opt("demo"), opt("Seed an empty store with the demo dataset.")},
        {opt("customers"), opt("Number of demo customers (default 500)."), opt("N"), opt("500")},
        {opt("seed"), opt("Seed of the demo dataset (default 1)."), opt("S"), opt("1")},
        {opt("today"), opt("The date the billing rules see (default: today, UTC)."),
         opt("YYYY-MM-DD")},
        {opt("faults"),
         opt("Inject faults, e.g. error=0.2,drop=0.1,delay=300ms,seed=7 (see docs/server.md)."),
         opt("SPEC")},
        {opt("rate-limit"),
         opt("Requests per second per client, bursts of twice that (default 1000; 0: off)."),
         opt("N"), opt("1000")},
        {opt("session-ttl"), opt("Lifetime of a sign-in token in seconds (default 28800)."),
         opt("SECONDS"), opt("28800")},
        {opt("password-iterations"),
         opt("PBKDF2 iterations of new password hashes (default 600000; fewer for tests)."),
         opt("N"), QString::number(PasswordHasher::kDefaultIterations)},
    });
}

std::optional<PortalServerOptions> serverOptionsFrom(const QCommandLineParser &parser,
                                                     QString *error)
{
    PortalServerOptions options;
    bool ok = false;
    const uint port = parser.value(opt("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        *error = QStringLiteral("--port must be 0 to 65535");
        return std::nullopt;
    }
    options.port = quint16(port);
    options.dbPath = parser.value(opt("db"));
    options.demo = parser.isSet(opt("demo"));
    options.customers = parser.value(opt("customers")).toInt(&ok);
    if (!ok || options.customers < 0 || options.customers > kMaxDemoCustomers) {
        *error = QStringLiteral("--customers must be 0 to %1").arg(kMaxDemoCustomers);
        return std::nullopt;
    }
    options.seed = parser.value(opt("seed")).toUInt(&ok);
    if (!ok) {
        *error = QStringLiteral("--seed must be a whole number from 0 to 4294967295");
        return std::nullopt;
    }
    if (parser.isSet(opt("today"))) {
        const QDate today = QDate::fromString(parser.value(opt("today")), Qt::ISODate);
        if (!today.isValid()) {
            *error = QStringLiteral("--today must be a date YYYY-MM-DD");
            return std::nullopt;
        }
        options.today = today;
    }
    options.faults = parser.value(opt("faults"));
    QString faultError;
    if (!FaultSpec::parse(options.faults, &faultError)) {
        *error = QStringLiteral("--faults: ") + faultError;
        return std::nullopt;
    }
    options.rateLimit = parser.value(opt("rate-limit")).toDouble(&ok);
    if (!ok || options.rateLimit < 0) {
        *error = QStringLiteral("--rate-limit must be 0 or more");
        return std::nullopt;
    }
    options.sessionTtlSeconds = parser.value(opt("session-ttl")).toInt(&ok);
    if (!ok || options.sessionTtlSeconds < 1) {
        *error = QStringLiteral("--session-ttl must be 1 or more seconds");
        return std::nullopt;
    }
    options.passwordIterations = parser.value(opt("password-iterations")).toInt(&ok);
    if (!ok || options.passwordIterations < 1) {
        *error = QStringLiteral("--password-iterations must be 1 or more");
        return std::nullopt;
    }
    return options;
}

} // namespace pac::server
