#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace pac::cli {

// agentctl's options before the command (README "agentctl", docs/sync.md). What is not
// given on the command line comes from the profile's settings (saved by `login`).
struct GlobalOptions
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::GlobalOptions)

public:
    QUrl portal; // --portal URL
    bool demo = false; // --demo: the built-in reference portal, its store in the profile
    QString user; // --user NAME
    QString profileDirectory; // --profile DIR (empty: the default profile)
    bool passwordFromStdin = false; // --password-stdin
    QString caFile; // --ca-file PEM: extra certificate authorities
    int timeoutSeconds = 0; // --timeout S: transfer timeout (0: the client's default, 30 s)
    QString tokenStore = QStringLiteral("auto"); // --token-store auto|keychain|file
    int demoCustomers = 500; // --demo-customers N: size of a new demo store
    bool verbose = false; // --verbose: one line per edit sent

    // The demo portal's users all have this password (server/ docs).
    static constexpr QLatin1String DemoPassword {"demo"};
    static constexpr QLatin1String DemoDefaultUser {"agent1"};

    // The options, for the parser and for `agentctl --help`.
    static QList<QCommandLineOption> declarations();
    // Declares the options on `parser` (help and version are the caller's).
    static void addTo(QCommandLineParser &parser);
    // Reads them back; nullopt with *error naming the option on a bad value.
    static std::optional<GlobalOptions> from(const QCommandLineParser &parser, QString *error);
};

} // namespace pac::cli
