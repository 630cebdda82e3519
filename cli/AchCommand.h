#pragma once

#include "cli/ActionCommand.h"
#include "portal/EditResult.h"

#include <functional>
#include <memory>
#include <optional>

namespace pac {
class CustomerEditService;
class PortalClient;
struct AchAuthorization;
struct AchBankDetails;
} // namespace pac

namespace pac::cli {

class EditDelivery;
class SyncRunner;

// `agentctl ach …` (API.md; billing rules 4 and 8). The first argument is a customer ID
// (AchCustomerCommand: explain, --enable, --add-method) or a bank-account action on a payment
// method (verify, default, authorization, remove: AchMethodAction).
class AchCommand : public ActionCommand
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::AchCommand)

public:
    AchCommand();
    static QString synopsis();
    static QString summary();
};

// `ach ID` explains a customer's ACH eligibility (billing rule 4) and, when the portal can be
// reached, lists its bank accounts; `ach ID --enable --reason TEXT` enables ACH manually
// (support); `ach ID --add-method …` adds a bank account with the payer's authorization
// (billing rule 8) — online only: the account number is never saved, and only its last 4
// digits are printed. Without --accept-authorization VERSION (or with one that is not the
// portal's current text) the authorization text is printed and nothing is sent (exit 2).
class AchCustomerCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::AchCustomerCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void explain(CommandContext &context);
    void listBankAccounts(CommandContext &context);
    void printBankAccounts(CommandContext &context, const QList<PaymentMethod> &methods);
    void enable(CommandContext &context);
    // AchAddMethod.cpp
    void addMethod(CommandContext &context);
    void fetchAuthorizationText(CommandContext &context, const AchBankDetails &details,
                                const AchAuthorization &authorization, bool mayRetry);
    void sendMethod(CommandContext &context, const AchBankDetails &details,
                    const AchAuthorization &authorization);
    void printAuthorizationText(CommandContext &context, const QString &version,
                                const QString &text);

    CommandArguments m_arguments {synopsis(), summary()};
    qint64 m_customerId = 0;
    SyncRunner *m_runner = nullptr;
    EditDelivery *m_delivery = nullptr;
};

// What the actions on a payment method share (`ach verify|default|authorization|remove
// METHOD`): METHOD is the payment method's id (the portal addresses methods by id alone, as
// `ach ID` lists them). A change (verify, default, remove) goes through the edit service when
// `--customer ID` names the method's customer (checked against the cache, which is refreshed
// from the portal afterwards); without it the change goes to the portal directly and a sync
// brings the customer's new state afterwards. Online only, never queued: a change that could
// not reach the portal exits 75 and must be run again.
class AchMethodAction : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::AchMethodAction)

protected:
    AchMethodAction(QString action, QString synopsis, QString summary);

    // Adds --customer (for changes), parses METHOD; false when the command is finished.
    bool parseMethod(CommandContext &context, const QStringList &arguments, bool isChange);
    QString subject() const;

    // A change of the method (verify, default, remove): what the action sets up before
    // change(). Through the edit service with --customer, else through the client and a sync.
    using ResultCallback = std::function<void(const AchMethodResult &)>;
    using ServiceCall = std::function<void(CustomerEditService &edits, qint64 customerId,
                                           QObject *context, ResultCallback done)>;
    using ClientCall
        = std::function<void(PortalClient &client, QObject *context,
                             std::function<void(const PortalResult<PaymentMethod> &)> answered)>;
    void change(CommandContext &context, AchMethodResult::Status success, ServiceCall viaService,
                ClientCall viaClient);
    // Ends the command with what became of the change: 0 done (its message on stdout), 2
    // refused (wrong amounts with the tries left, not verified, revoked, invalid input), 3
    // blocked by the customer's unsent edits, 4 not allowed or not visible, 75 the portal out
    // of reach (nothing was changed; run it again).
    void report(CommandContext &context, const AchMethodResult &result);

private:
    void sendThroughService(CommandContext &context);
    void sendThroughClient(CommandContext &context);
    void refreshBySync(CommandContext &context, const AchMethodResult &result);

protected:
    CommandArguments m_arguments;
    QString m_action;
    qint64 m_methodId = 0;
    std::optional<qint64> m_customerId;
    SyncRunner *m_runner = nullptr;
    bool m_signedInAgain = false;

private:
    AchMethodResult::Status m_success = AchMethodResult::Status::Verified;
    ServiceCall m_viaService;
    ClientCall m_viaClient;
};

// `ach verify METHOD --amounts 0.32,0.45 [--customer ID]`: the two micro-deposits in dollars
// as the statement shows them (amounts_cents on the wire). A wrong pair says how many tries
// are left; the third makes the method failed.
class AchVerifyCommand : public AchMethodAction
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::AchVerifyCommand)

public:
    AchVerifyCommand();
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;
};

// `ach default METHOD [--customer ID]`: a verified method becomes the default payment method.
class AchDefaultCommand : public AchMethodAction
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::AchDefaultCommand)

public:
    AchDefaultCommand();
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;
};

// `ach remove METHOD --reason TEXT [--customer ID]`: revokes the method's authorization (who,
// when, why are kept; its PDF stays available).
class AchRemoveCommand : public AchMethodAction
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::AchRemoveCommand)

public:
    AchRemoveCommand();
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;
};

// `ach authorization METHOD --out FILE.pdf`: the authorization as accepted, a PDF drawn by the
// portal (last 4 digits only), written whole or not at all and readable by the user only
// (0600); an existing FILE is replaced.
class AchAuthorizationCommand : public AchMethodAction
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::AchAuthorizationCommand)

public:
    AchAuthorizationCommand();
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void fetch(CommandContext &context);
    void write(CommandContext &context, const QByteArray &pdf);

    QString m_out;
};

} // namespace pac::cli
