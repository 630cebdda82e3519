// The command list of agentctl. A command is a small class; adding one is one entry here (or,
// for the credit-application commands, in registerCreditAppCommands()).
#include "cli/AchCommand.h"
#include "cli/BulkCommand.h"
#include "cli/CommandRegistry.h"
#include "cli/CustomerCommands.h"
#include "cli/EditCommands.h"
#include "cli/HistoryCommand.h"
#include "cli/InvoiceCommand.h"
#include "cli/InvoiceCommands.h"
#include "cli/OutboxCommands.h"
#include "cli/SessionCommands.h"
#include "cli/SyncCommands.h"

#include <memory>

namespace pac::cli {

namespace {

template<typename T>
CommandInfo info(QString name)
{
    return CommandInfo {
        std::move(name), T::synopsis(),
        T::summary(),    [] { return std::unique_ptr<Command>(std::make_unique<T>()); },
        false,           false};
}

} // namespace

void registerBuiltinCommands(CommandRegistry &registry)
{
    registry.add(info<LoginCommand>(QStringLiteral("login")));
    registry.add(info<LogoutCommand>(QStringLiteral("logout")));
    registry.add(info<SyncCommand>(QStringLiteral("sync")));
    registry.add(info<CustomersCommand>(QStringLiteral("customers")));
    registry.add(info<ShowCommand>(QStringLiteral("show")));
    registry.add(info<InvoiceEmailsCommand>(QStringLiteral("invoice-emails")));
    registry.add(info<TermsCommand>(QStringLiteral("terms")));
    CommandInfo ach = info<AchCommand>(QStringLiteral("ach"));
    ach.portalDrawsPdf = true; // ach authorization METHOD --out FILE
    registry.add(ach);
    registry.add(info<OutboxCommand>(QStringLiteral("outbox")));
    registry.add(info<PushCommand>(QStringLiteral("push")));
    registry.add(info<ResolveCommand>(QStringLiteral("resolve")));
    registry.add(info<DiscardCommand>(QStringLiteral("discard")));
    registry.add(info<HistoryCommand>(QStringLiteral("history")));
    registry.add(info<InvoicesCommand>(QStringLiteral("invoices")));
    CommandInfo invoice = info<InvoiceCommand>(QStringLiteral("invoice"));
    invoice.portalDrawsPdf = true; // invoice pdf INV --out FILE
    registry.add(invoice);
    registry.add(info<PaymentsCommand>(QStringLiteral("payments")));
    registry.add(info<BulkCommand>(QStringLiteral("bulk")));
    registerCreditAppCommands(registry);
}

} // namespace pac::cli
