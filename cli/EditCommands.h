#pragma once

#include "cli/Command.h"

namespace pac {
class InvoiceLoader;
}

namespace pac::cli {

class EditDelivery;
class SyncRunner;

// `agentctl invoice-emails ID [--set LIST | --add ADDR | --remove ADDR]`: without an option,
// the invoice recipients (To: billing contacts, CC: the additional emails); with one, the new
// list is validated by the billing rule, saved locally and sent at once.
class InvoiceEmailsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::InvoiceEmailsCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void print(CommandContext &context);
    void change(CommandContext &context);

    CommandArguments m_arguments {synopsis(), summary()};
    qint64 m_customerId = 0;
    SyncRunner *m_runner = nullptr;
    EditDelivery *m_delivery = nullptr;
};

// `agentctl terms ID net15|due_on_receipt`: moves a customer to other payment terms (Net 15
// gives a $500.00 credit limit unless a higher one was approved).
class TermsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::TermsCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    // --dry-run: what Net 15 would mean from the invoices (billing rule 7d); nothing changes.
    void whatIf(CommandContext &context, qint64 customerId, bool mayRetry);

    CommandArguments m_arguments {synopsis(), summary()};
    SyncRunner *m_runner = nullptr;
    EditDelivery *m_delivery = nullptr;
    InvoiceLoader *m_loader = nullptr;
};

} // namespace pac::cli
