#pragma once

#include "cli/ActionCommand.h"
#include "models/CreditApplicationJson.h"

#include <memory>

namespace pac::cli {

class EditDelivery;
class SyncRunner;

// `agentctl credit-app new|list|decide|pdf …` (docs/portal-api.yaml): the credit applications of
// billing rule 3 on the command line. The first argument names the action; each action is a
// command of its own below.
class CreditAppCommand : public ActionCommand
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::CreditAppCommand)

public:
    CreditAppCommand();
    static QString synopsis();
    static QString summary();
};

// `credit-app new ID --from FILE.json`: submits an application for customer ID (validated by
// the billing rule, saved in the outbox, sent at once; 75 keeps it queued when offline).
class CreditAppNewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::CreditAppNewCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void submit(CommandContext &context);
    void printSubmitted(CommandContext &context);

    CommandArguments m_arguments {synopsis(), summary()};
    qint64 m_customerId = 0;
    CreditApplication m_application;
    SyncRunner *m_runner = nullptr;
    EditDelivery *m_delivery = nullptr;
};

// `credit-app decide APP approve --limit DOLLARS [--note TEXT] | decline --reason TEXT`:
// support staff's decision; an approval sets the customer's credit limit.
class CreditAppDecideCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::CreditAppDecideCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    bool isKnown(CommandContext &context) const;
    void decide(CommandContext &context);
    void printDecided(CommandContext &context, qint64 customerId);

    CommandArguments m_arguments {synopsis(), summary()};
    qint64 m_applicationId = 0;
    CreditDecisionRequest m_request;
    SyncRunner *m_runner = nullptr;
    EditDelivery *m_delivery = nullptr;
};

// `credit-app list [--status STATUS] [--format table|json|csv] [--cached]`: the applications
// the user may see (after a sync unless --cached), and submissions still in the outbox.
class CreditAppListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::CreditAppListCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void print(CommandContext &context);

    CommandArguments m_arguments {synopsis(), summary()};
    SyncRunner *m_runner = nullptr;
};

// `credit-app pdf APP --out FILE.pdf`: the application as a PDF (every field, status,
// signature line, generated date), like the console's "Save as PDF…".
class CreditAppPdfCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::CreditAppPdfCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    // Writes the PDF if the cache knows the application; false when it does not.
    bool write(CommandContext &context);

    CommandArguments m_arguments {synopsis(), summary()};
    qint64 m_applicationId = 0;
    QString m_out;
    SyncRunner *m_runner = nullptr;
};

} // namespace pac::cli
