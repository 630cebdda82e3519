#pragma once

#include "cli/Command.h"
#include "storage/InvoiceStore.h"

#include <memory>

namespace pac {
class InvoiceLoader;
}

namespace pac::cli {

// `agentctl invoices ID [--status S] [--format table|json|csv]` and
// `agentctl payments ID [--format table|json|csv]`: a customer's invoices (newest first) or
// payments, fetched from the portal (every page) and kept in the cache, the same
// InvoiceLoader the console's Invoices tab uses; with the portal out of reach, the copy last
// fetched (said on stderr).
class InvoiceListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::InvoiceListCommand)

public:
    enum class List { Invoices, Payments };

    ~InvoiceListCommand() override;
    void run(CommandContext &context, const QStringList &arguments) override;

protected:
    InvoiceListCommand(List list, QString synopsis, QString summary);

private:
    void load(CommandContext &context);
    void print(CommandContext &context, const CachedBilling &billing);
    void printInvoices(CommandContext &context, const QList<Invoice> &invoices);
    void printPayments(CommandContext &context, const QList<Payment> &payments);

    List m_list;
    CommandArguments m_arguments;
    qint64 m_customerId = 0;
    std::optional<InvoiceStatus> m_status;
    std::unique_ptr<InvoiceLoader> m_loader;
    bool m_haveCached = false;
    bool m_retried = false;
    CachedBilling m_cached;
};

class InvoicesCommand : public InvoiceListCommand
{
public:
    InvoicesCommand();
    static QString synopsis();
    static QString summary();
};

class PaymentsCommand : public InvoiceListCommand
{
public:
    PaymentsCommand();
    static QString synopsis();
    static QString summary();
};

} // namespace pac::cli
