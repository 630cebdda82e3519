#pragma once

#include "models/Customer.h"
#include "models/FieldError.h"

#include <QCoreApplication>

namespace pac {

// What a user may do to a customer (DESIGN.md rule 5; the server answers 403 to a refused
// action and the console shows the control disabled with whoMay() as its tooltip).
enum class Action {
    ViewCustomer,
    EditInvoiceEmails,
    ChangePaymentTerms,
    AddAchMethod,
    EnableAchManually,
    SubmitCreditApplication,
    DecideCreditApplication,
    ViewHistory,
    ViewCreditApplications,
};

// The signed-in user.
struct Viewer
{
    qint64 userId = 0;
    Role role = Role::Agent;
    bool operator==(const Viewer &) const = default;
};

// Who a customer belongs to: its agent, that agent's master agent (if the agent works under
// one) and the customer-level master agent (API.md `master_agent`, if any).
struct CustomerOwnership
{
    qint64 agentId = 0;
    std::optional<qint64> agentMasterId;
    std::optional<qint64> customerMasterAgentId;
    bool operator==(const CustomerOwnership &) const = default;
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(pac::Permissions)

public:
    // The role × action matrix. Support may do everything. Agents and master agents may view
    // customers, their history and credit applications, edit invoice emails, change terms,
    // add ACH methods and submit credit applications; only support enables ACH manually and
    // decides credit applications. (Visibility is separate: see canSee.)
    static bool allows(Role role, Action action);

    // Visibility: an agent sees the customers they own; a master agent sees the customers of
    // the agents under them and those whose customer-level master agent they are; support
    // sees all. A customer one may not see answers 404 (its existence is not revealed).
    static bool canSee(const Viewer &viewer, const CustomerOwnership &customer);

    // allows(viewer.role, action) && canSee(viewer, customer).
    static bool mayAct(const Viewer &viewer, const CustomerOwnership &customer, Action action);

    // The refusal of an action the role may not take: field "" (the request as a whole),
    // code "forbidden", message whoMay(action). nullopt when allowed.
    static std::optional<FieldError> refusal(Role role, Action action);

    // Who may take `action`, as a translated sentence for a disabled control's tooltip,
    // e.g. "Only support staff can enable ACH manually."
    static QString whoMay(Action action);

    // The ownership of `customer`: its agent and customer-level master agent from the
    // resource, plus the owning agent's master (not part of the Customer resource).
    static CustomerOwnership ownershipOf(const Customer &customer,
                                         std::optional<qint64> agentMasterId);
};

} // namespace pac
