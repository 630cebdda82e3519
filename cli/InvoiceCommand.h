#pragma once

#include "cli/ActionCommand.h"
#include "storage/InvoiceStore.h"

#include <memory>
#include <optional>

namespace pac {
class InvoiceLoader;
struct PortalError;
} // namespace pac

namespace pac::cli {

class EditDelivery;
class SyncRunner;

// What INV names on the command line: an invoice id ("142"), or an invoice number
// ("INV-2026-0142"), which only the local cache can turn into an id (the portal looks
// invoices up by id alone).
struct InvoiceReference
{
    std::optional<qint64> id;
    QString number;
    QString text; // as typed, for messages

    // nullopt when the text is neither.
    static std::optional<InvoiceReference> parse(const QString &text);
};

// `agentctl invoice show|pdf|send INV …` (API.md "Invoices and payments"). The first argument
// names the action; each action is a command of its own below.
class InvoiceCommand : public ActionCommand
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::InvoiceCommand)

public:
    InvoiceCommand();
    static QString synopsis();
    static QString summary();
};

// What the invoice actions share: reading INV, finding it in the cache, asking the portal
// again once after a 401.
class InvoiceAction : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::InvoiceAction)

protected:
    InvoiceAction(QString action, QString synopsis, QString summary);

    // Parses the arguments and INV; false when the command is finished (usage, bad INV).
    bool parseReference(CommandContext &context, const QStringList &arguments);
    // The invoice as the cache holds it (the cache must be open); nullopt when it holds none
    // (or failed: then the command is finished).
    std::optional<CachedInvoice> cached(CommandContext &context);
    // Finishes with exit 2 when INV is a number the cache cannot resolve; true then.
    bool failUnresolvedNumber(CommandContext &context);
    // A portal failure: signs in again once after a 401 (then `retry`), else finishes.
    void onPortalFailure(CommandContext &context, const PortalError &error,
                         const std::function<void()> &retry);
    QString subject() const;
    // "a@x.example, b@y.example", or "(nobody)".
    static QString addressList(const QStringList &addresses);

    CommandArguments m_arguments;
    QString m_action;
    InvoiceReference m_reference;
    bool m_signedInAgain = false;
};

// `invoice show INV [--format table|json|csv]`: the invoice with its lines and deliveries from
// the portal (the cached copy when it is out of reach), and the payments made against it when
// the customer's payments are kept on this computer. csv: the invoice's lines.
class InvoiceShowCommand : public InvoiceAction
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::InvoiceShowCommand)

public:
    InvoiceShowCommand();
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void fetch(CommandContext &context, qint64 invoiceId);
    void print(CommandContext &context, const Invoice &invoice);
    void printTable(CommandContext &context, const Invoice &invoice,
                    const std::optional<QList<Payment>> &payments);

    std::optional<CachedInvoice> m_cached;
};

// `invoice pdf INV --out FILE.pdf`: the PDF the portal draws, written whole or not at all,
// readable by the user only (0600); an existing FILE is replaced, as `credit-app pdf` does.
class InvoicePdfCommand : public InvoiceAction
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::InvoicePdfCommand)

public:
    InvoicePdfCommand();
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void fetch(CommandContext &context, qint64 invoiceId);
    void write(CommandContext &context, const QByteArray &pdf);

    QString m_out;
};

// `invoice send INV`: prints To and CC as they are now (the local view), queues the resend in
// the outbox and sends it at once; offline it stays queued (exit 75) for the next push or
// sync. An invoice not in the cache yet is looked up on the portal and its customer's
// invoices are cached first.
class InvoiceSendCommand : public InvoiceAction
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::InvoiceSendCommand)

public:
    InvoiceSendCommand();
    ~InvoiceSendCommand() override;
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void start(CommandContext &context);
    void cacheFromPortal(CommandContext &context, qint64 invoiceId);
    void send(CommandContext &context, qint64 invoiceId);
    void printSent(CommandContext &context, qint64 invoiceId);

    SyncRunner *m_runner = nullptr;
    EditDelivery *m_delivery = nullptr;
    std::unique_ptr<InvoiceLoader> m_loader;
};

} // namespace pac::cli
