#pragma once

#include <QDate>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace pac::server {

// How to run the reference portal: the options of `portal-server` (../shared/API.md), also
// filled in by code that runs the portal in-process (EmbeddedPortal).
struct PortalServerOptions
{
    quint16 port = 0; // on 127.0.0.1; 0: any free port
    QString dbPath; // SQLite file; empty: in memory
    bool demo = false; // seed the demo dataset into an empty store
    int customers = 500; // demo customers
    quint32 seed = 1; // demo dataset
    std::optional<QDate> today; // the date the rules see; nullopt: the real UTC date
    QString faults; // --faults SPEC (FaultInjector.h); empty: none
    double rateLimit = 1000; // requests/second per client, burst twice that; 0: off
    int sessionTtlSeconds = 8 * 3600; // lifetime of a sign-in token
};

// Declares the options on a parser (with --help/--version added by the caller) and reads
// them back, checking every value; on a bad value returns nullopt and sets *error.
void addServerOptions(QCommandLineParser &parser);
std::optional<PortalServerOptions> serverOptionsFrom(const QCommandLineParser &parser,
                                                     QString *error);

} // namespace pac::server
