#pragma once

#include "models/CreditApplication.h"

#include <QJsonObject>

namespace pac {

// JSON codec of a credit application, used on the wire (POST /customers/{id}/
// credit-applications, GET /credit-applications…) and for local drafts. Names are snake_case,
// money is integer `*_cents`, dates YYYY-MM-DD, times RFC 3339 UTC:
// {id, customer_id, version, status, legal_name, dba, ein, entity_type|null,
//  years_in_business|null, billing_address:{line1,line2,city,state,zip},
//  ap_contact:{name,email,phone}, bank_reference:{bank_name,contact_name,phone},
//  trade_references:[{company,contact_name,phone,email}], current_limit_cents,
//  requested_limit_cents, expected_monthly_spend_cents,
//  guarantor:{name,home_address:{…},phone,email}|null, signer_name, signer_title,
//  typed_signature, signed_on|null, consent, submitted_at|null, submitted_by:{id,name}|null,
//  decision:{decision:"approve"|"decline", approved_limit_cents, note, decided_by:{id,name},
//  decided_at}|null}
QJsonObject toJson(const CreditApplication &application);

// Decodes an application. A draft may be incomplete, so a missing member or null takes its
// default (empty text, 0, unset) and validation reports it later; a member of the wrong type
// or an unknown enum value fails: returns nullopt and, if given, sets *badField to the JSON
// name of the first offending member ("billing_address.zip", "trade_references[1]").
std::optional<CreditApplication> creditApplicationFromJson(const QJsonObject &object,
                                                           QString *badField = nullptr);

// The body of `POST /credit-applications/{id}/decision`:
// {decision:"approve"|"decline", approved_limit_cents, note}.
struct CreditDecisionRequest
{
    bool approve = false;
    qint64 approvedLimitCents = 0;
    QString note;
    bool operator==(const CreditDecisionRequest &) const = default;
};
QJsonObject toJson(const CreditDecisionRequest &request);
std::optional<CreditDecisionRequest> creditDecisionRequestFromJson(const QJsonObject &object,
                                                                   QString *badField = nullptr);

} // namespace pac
