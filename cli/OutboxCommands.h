#pragma once

#include "cli/Command.h"

namespace pac::cli {

class EditDelivery;

// `agentctl outbox [--format table|json]`: the edits not yet accepted by the portal, one a
// line with the customer id: pending, being sent, in conflict, or refused (with why).
class OutboxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::OutboxCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    CommandArguments m_arguments {synopsis(), summary()};
};

// `agentctl resolve ID [--mine | --theirs | --merge [--emails LIST]]`: settles the conflict
// of customer ID. Without a choice it shows both versions (and the merge proposal for
// invoice emails).
class ResolveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::ResolveCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void resolve(CommandContext &context, qint64 customerId);

    CommandArguments m_arguments {synopsis(), summary()};
    EditDelivery *m_delivery = nullptr;
};

// `agentctl discard ENTRY`: drops an edit of the outbox (pending, in conflict or refused).
class DiscardCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::DiscardCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    CommandArguments m_arguments {synopsis(), summary()};
};

} // namespace pac::cli
