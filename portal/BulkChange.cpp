#include "portal/BulkChange.h"

#include "models/BillingText.h"

namespace pac {

BulkChange BulkChange::addEmail(QString address)
{
    BulkChange change;
    change.action = Action::AddEmail;
    change.address = std::move(address).trimmed();
    return change;
}

BulkChange BulkChange::removeEmail(QString address)
{
    BulkChange change;
    change.action = Action::RemoveEmail;
    change.address = std::move(address).trimmed();
    return change;
}

BulkChange BulkChange::replaceEmail(QString old, QString replacement)
{
    BulkChange change;
    change.action = Action::ReplaceEmail;
    change.address = std::move(old).trimmed();
    change.replacement = std::move(replacement).trimmed();
    return change;
}

BulkChange BulkChange::setTerms(PaymentTermsKind terms)
{
    BulkChange change;
    change.action = Action::SetTerms;
    change.terms = terms;
    return change;
}

BulkChange BulkChange::enableAch(QString reason)
{
    BulkChange change;
    change.action = Action::EnableAch;
    change.reason = std::move(reason).trimmed();
    return change;
}

QString BulkChange::wireAction() const
{
    switch (action) {
    case Action::AddEmail:
        return QStringLiteral("add_email");
    case Action::RemoveEmail:
        return QStringLiteral("remove_email");
    case Action::ReplaceEmail:
        return QStringLiteral("replace_email");
    case Action::SetTerms:
        return QStringLiteral("terms");
    case Action::EnableAch:
        return QStringLiteral("ach_enable");
    case Action::Restore:
        return QStringLiteral("restore");
    }
    return {};
}

QString BulkChange::wireValue() const
{
    switch (action) {
    case Action::AddEmail:
    case Action::RemoveEmail:
        return address;
    case Action::ReplaceEmail:
        return address + u'>' + replacement;
    case Action::SetTerms:
        return toWire(terms);
    case Action::EnableAch:
        return reason;
    case Action::Restore:
        return {};
    }
    return {};
}

QString BulkChange::describe() const
{
    switch (action) {
    case Action::AddEmail:
        return tr("add invoice email %1").arg(address);
    case Action::RemoveEmail:
        return tr("remove invoice email %1").arg(address);
    case Action::ReplaceEmail:
        return tr("replace invoice email %1 by %2").arg(address, replacement);
    case Action::SetTerms:
        return tr("move to %1").arg(BillingText::termsName(terms));
    case Action::EnableAch:
        return tr("enable ACH manually (%1)").arg(reason);
    case Action::Restore:
        return tr("restore the value before the batch");
    }
    return {};
}

} // namespace pac
