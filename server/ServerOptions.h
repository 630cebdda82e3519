#pragma once

#include "server/PasswordHasher.h"
#include "server/ServerClock.h"

#include <QDate>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace pac::server {

// What one connection may send and how long it may take (PortalServer, HttpRequestParser):
// the bounds that keep a client who has not signed in from holding memory, sockets or time.
// Tests shorten the intervals; the defaults suit people and their consoles.
struct ConnectionLimits
{
    qint64 maxBodyBytes = 1024 * 1024; // Content-Length or chunked total; past it 413
    int maxHeaderBytes = 32 * 1024; // request line and header lines together; past it 431
    int maxHeaderCount = 64; // header lines; past it 431
    int requestTimeoutMs = 10'000; // from a request's first byte to its last; then 408
    int idleTimeoutMs = 30'000; // no request begun: after accepting or after an answer
    int lingerMs = 2'000; // after a refusal: unread bytes are discarded this long at most
    int maxConnectionsPerAddress = 32; // more from one client address: 429, closed
    int maxConnections = 512; // in all: the open files the portal may spend on clients
};

// How to run the reference portal: the options of `portal-server` (docs/portal-api.yaml), also
// filled in by code that runs the portal in-process (EmbeddedPortal).
struct PortalServerOptions
{
    quint16 port = 0; // on 127.0.0.1; 0: any free port
    QString dbPath; // SQLite file; empty: in memory
    bool demo = false; // seed the demo dataset into an empty store
    int customers = 500; // demo customers
    // Monthly invoices of a demo customer of long standing (DemoSeeder::setMonthsOfInvoices;
    // no option of its own: benchmarks compare stores of other sizes).
    int demoMonthsOfInvoices = 12;
    quint32 seed = 1; // demo dataset
    std::optional<QDate> today; // the date the rules see; nullopt: the real UTC date
    QString faults; // --faults SPEC (FaultInjector.h); empty: none
    double rateLimit = 1000; // requests/second per client, burst twice that; 0: off
    int sessionTtlSeconds = 8 * 3600; // lifetime of a sign-in token
    ConnectionLimits connections;
    // PBKDF2 iterations of new and upgraded password hashes (demo users included); tests
    // pass a few so that a sign-in costs microseconds.
    int passwordIterations = PasswordHasher::kDefaultIterations;
    // Intervals (sign-in backoff) on this clock instead of the real one: tests move it.
    ServerClock::MonotonicSource monotonicClock;
    // Time passing for the stored timestamps (session expiry) without waiting: tests move it.
    ServerClock::OffsetSource wallClockOffset;
};

// Declares the options on a parser (with --help/--version added by the caller) and reads
// them back, checking every value; on a bad value returns nullopt and sets *error.
void addServerOptions(QCommandLineParser &parser);
std::optional<PortalServerOptions> serverOptionsFrom(const QCommandLineParser &parser,
                                                     QString *error);

} // namespace pac::server
