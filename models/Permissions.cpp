#include "models/Permissions.h"

namespace pac {

bool Permissions::allows(Role role, Action action)
{
    if (role == Role::Support)
        return true;
    switch (action) {
    case Action::ViewCustomer:
    case Action::EditInvoiceEmails:
    case Action::ChangePaymentTerms:
    case Action::AddAchMethod:
    case Action::SubmitCreditApplication:
    case Action::ViewHistory:
    case Action::ViewCreditApplications:
        return true;
    case Action::EnableAchManually:
    case Action::DecideCreditApplication:
        return false;
    }
    return false;
}

bool Permissions::canSee(const Viewer &viewer, const CustomerOwnership &customer)
{
    switch (viewer.role) {
    case Role::Support:
        return true;
    case Role::Agent:
        return customer.agentId == viewer.userId;
    case Role::MasterAgent:
        return customer.agentMasterId == viewer.userId
            || customer.customerMasterAgentId == viewer.userId;
    }
    return false;
}

bool Permissions::mayAct(const Viewer &viewer, const CustomerOwnership &customer, Action action)
{
    return allows(viewer.role, action) && canSee(viewer, customer);
}

std::optional<FieldError> Permissions::refusal(Role role, Action action)
{
    if (allows(role, action))
        return std::nullopt;
    return FieldError {QString(), QString(errorcode::Forbidden), whoMay(action)};
}

QString Permissions::whoMay(Action action)
{
    switch (action) {
    case Action::ViewCustomer:
        return tr("Agents, master agents and support staff can view the customers they see.");
    case Action::EditInvoiceEmails:
        return tr("Agents, master agents and support staff can edit the invoice emails of the "
                  "customers they see.");
    case Action::ChangePaymentTerms:
        return tr("Agents, master agents and support staff can change the payment terms of the "
                  "customers they see.");
    case Action::AddAchMethod:
        return tr("Agents, master agents and support staff can add ACH payment methods for the "
                  "customers they see.");
    case Action::EnableAchManually:
        return tr("Only support staff can enable ACH manually.");
    case Action::SubmitCreditApplication:
        return tr("Agents, master agents and support staff can submit credit applications for "
                  "the customers they see.");
    case Action::DecideCreditApplication:
        return tr("Only support staff can decide credit applications.");
    case Action::ViewHistory:
        return tr("Agents, master agents and support staff can view the history of the "
                  "customers they see.");
    case Action::ViewCreditApplications:
        return tr("Agents, master agents and support staff can view the credit applications of "
                  "the customers they see.");
    }
    return {};
}

CustomerOwnership Permissions::ownershipOf(const Customer &customer,
                                           std::optional<qint64> agentMasterId)
{
    CustomerOwnership ownership;
    ownership.agentId = customer.agent.id;
    ownership.agentMasterId = agentMasterId;
    if (customer.masterAgent)
        ownership.customerMasterAgentId = customer.masterAgent->id;
    return ownership;
}

} // namespace pac
