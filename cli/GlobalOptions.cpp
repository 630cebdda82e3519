#include "cli/GlobalOptions.h"

namespace pac::cli {

void GlobalOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions(declarations());
}

QList<QCommandLineOption> GlobalOptions::declarations()
{
    return {
        {QStringLiteral("portal"), tr("The portal's address, e.g. https://portal.example.com."),
         QStringLiteral("URL")},
        {QStringLiteral("demo"),
         tr("Use the built-in demo portal (its data is kept in the profile; password “demo”).")},
        {QStringLiteral("user"), tr("User name to sign in with."), QStringLiteral("NAME")},
        {QStringLiteral("profile"), tr("Profile folder: cache, outbox and settings."),
         QStringLiteral("DIR")},
        {QStringLiteral("password-stdin"),
         tr("Read the password from the first line of standard input (else "
            "AGENT_CONSOLE_PASSWORD).")},
        {QStringLiteral("ca-file"), tr("Also trust the certificate authorities of this PEM file."),
         QStringLiteral("FILE")},
        {QStringLiteral("timeout"), tr("Give up a request after this many seconds without data."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("token-store"),
         tr("Where the session token is kept: auto (system keychain, else a file only you can "
            "read), keychain or file."),
         QStringLiteral("auto|keychain|file"), QStringLiteral("auto")},
        {QStringLiteral("demo-customers"), tr("Customers of a new demo portal store."),
         QStringLiteral("N"), QStringLiteral("500")},
        {{QStringLiteral("v"), QStringLiteral("verbose")}, tr("Print one line per edit sent.")},
    };
}

std::optional<GlobalOptions> GlobalOptions::from(const QCommandLineParser &parser, QString *error)
{
    GlobalOptions options;
    if (parser.isSet(QStringLiteral("portal"))) {
        options.portal = QUrl::fromUserInput(parser.value(QStringLiteral("portal")));
        if (!options.portal.isValid() || options.portal.host().isEmpty()) {
            *error = tr("--portal: “%1” is not a web address.")
                         .arg(parser.value(QStringLiteral("portal")));
            return std::nullopt;
        }
    }
    options.demo = parser.isSet(QStringLiteral("demo"));
    if (options.demo && parser.isSet(QStringLiteral("portal"))) {
        *error = tr("--portal and --demo cannot be used together.");
        return std::nullopt;
    }
    options.user = parser.value(QStringLiteral("user")).trimmed();
    options.profileDirectory = parser.value(QStringLiteral("profile"));
    options.passwordFromStdin = parser.isSet(QStringLiteral("password-stdin"));
    options.caFile = parser.value(QStringLiteral("ca-file"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        options.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || options.timeoutSeconds <= 0) {
            *error = tr("--timeout: “%1” is not a positive number of seconds.")
                         .arg(parser.value(QStringLiteral("timeout")));
            return std::nullopt;
        }
    }
    options.tokenStore = parser.value(QStringLiteral("token-store"));
    if (options.tokenStore != QLatin1String("auto")
        && options.tokenStore != QLatin1String("keychain")
        && options.tokenStore != QLatin1String("file")) {
        *error
            = tr("--token-store: “%1” is not one of auto, keychain, file.").arg(options.tokenStore);
        return std::nullopt;
    }
    bool ok = false;
    options.demoCustomers = parser.value(QStringLiteral("demo-customers")).toInt(&ok);
    if (!ok || options.demoCustomers < 1 || options.demoCustomers > 1'000'000) {
        *error = tr("--demo-customers: “%1” is not a number from 1 to 1000000.")
                     .arg(parser.value(QStringLiteral("demo-customers")));
        return std::nullopt;
    }
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    return options;
}

} // namespace pac::cli
