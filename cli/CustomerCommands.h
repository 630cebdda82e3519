#pragma once

#include "cli/Command.h"

namespace pac::cli {

class SyncRunner;

// `agentctl customers [--filter TEXT] [--view NAME] [--format table|json|csv]`: the
// customers of the cache (synced first if it never was), filtered and sorted by the same
// index as the console's table.
class CustomersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::CustomersCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void list(CommandContext &context);

    CommandArguments m_arguments {synopsis(), summary()};
    SyncRunner *m_runner = nullptr;
};

// `agentctl show ID [--format text|json]`: one customer, as the console's detail panel has it.
class ShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::ShowCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void show(CommandContext &context, qint64 customerId);

    CommandArguments m_arguments {synopsis(), summary()};
    SyncRunner *m_runner = nullptr;
};

} // namespace pac::cli
