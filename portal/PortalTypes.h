#pragma once

#include "models/AchAuthorization.h"
#include "models/AchVerification.h"
#include "models/CreditApplication.h"
#include "models/Customer.h"
#include "models/Invoice.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace pac {

// Value types of the portal API's responses and request options (docs/portal-api.yaml) that
// are not domain types of models/.

// GET /health
struct ServerHealth
{
    QString status;
    QString version;
};

// POST /session → the bearer token and who signed in. The token is a secret: it is never
// logged and has no debug output.
struct SessionUser
{
    qint64 id = 0;
    QString name;
    Role role = Role::Agent;
    bool operator==(const SessionUser &) const = default;
};

struct PortalSession
{
    QByteArray token;
    QDateTime expiresAt;
    SessionUser user;
};

// GET /customers options. A default value lists the first page at the server's default
// page size.
struct CustomerListQuery
{
    int limit = 0; // 0: the server's default (100); at most 1000
    QString cursor; // next_cursor of the previous page
    QDateTime updatedSince; // invalid: all customers; else the delta since then (inclusive)
    QString search; // "q": name, account number or email substring
};

struct CustomerPage
{
    QList<Customer> items;
    QString nextCursor; // empty on the last page
    QDateTime serverTime; // pass as updatedSince of the next delta sync
};

// GET /customers/{id} with an optional If-None-Match: either the current customer, or
// "not modified" (the cached copy whose ETag was sent is still current).
struct CustomerFetch
{
    bool notModified = false;
    Customer customer; // only when !notModified
    QByteArray etag; // the ETag the server sent (the current one in both cases)
};

// What every change carries: the ETag it is based on (If-Match) and the key that makes
// repeating it harmless (Idempotency-Key). The key is made when the edit is made and kept
// across retries and restarts (the outbox stores it); without one a change is sent once
// and never retried.
struct ChangeGuard
{
    QByteArray ifMatch;
    QUuid idempotencyKey;
};

// Who revoked a payment method's authorization, when and why (API.md "ACH authorization and
// verification"). `by` is the display name of the portal user who revoked it.
struct PaymentMethodRevocation
{
    QDateTime at;
    QString by;
    QString reason;
    bool operator==(const PaymentMethodRevocation &) const = default;
};

// A payment method on file; only the last 4 digits of an account ever leave the portal.
// ACH methods (billing rule 8) carry how they were authorized and where their micro-deposit
// verification stands; `authorization` is nullopt only for methods stored before the portal
// kept authorizations, `revoked` is set once the authorization is revoked (kept for the
// record: a revoked method is never usable again).
struct PaymentMethod
{
    qint64 id = 0;
    QString type; // "ach", "card", ...
    QString last4;
    QString accountType; // "checking" | "savings" for ACH
    QString holderName;
    std::optional<QString> bankName; // null: the portal does not know it
    AchVerificationState verification = AchVerificationState::Verified;
    int triesLeft = 0; // micro-deposit tries left (AchVerification::MaxTries at first)
    bool isDefault = false; // the customer's default payment method
    QDateTime createdAt;
    std::optional<AchAuthorization> authorization;
    std::optional<PaymentMethodRevocation> revoked;

    // Whether invoices may be debited from it: verified and not revoked.
    bool isUsable() const { return verification == AchVerificationState::Verified && !revoked; }
    bool operator==(const PaymentMethod &) const = default;
};

// GET /ach/authorization-text: the text a payer accepts for an entry class (for TEL the script
// read aloud), and its version, which the new method's authorization names.
struct AchAuthorizationTextResult
{
    QString version;
    AchSecCode secCode = AchSecCode::CCD;
    QString text;
    bool operator==(const AchAuthorizationTextResult &) const = default;
};

// One audit entry of GET /customers/{id}/history. before/after are the field's JSON values
// (a string, a number, a list of emails, ...), null when there was none.
struct HistoryEntry
{
    QDateTime at;
    PersonRef actor;
    Role actorRole = Role::Agent;
    QString action;
    QString field;
    QJsonValue before;
    QJsonValue after;
    bool operator==(const HistoryEntry &) const = default;
};

struct HistoryPage
{
    QList<HistoryEntry> items; // newest first
    QString nextCursor;
};

// GET /customers/{id}/invoices options (and /payments, which takes limit and cursor only).
struct InvoiceQuery
{
    std::optional<InvoiceStatus> status;
    int limit = 0; // 0: the portal's default
    QString cursor;
};

struct InvoicePage
{
    QList<Invoice> items; // newest first
    QString nextCursor;
};

struct PaymentPage
{
    QList<Payment> items; // newest first
    QString nextCursor;
};

// GET /credit-applications options.
struct CreditApplicationQuery
{
    std::optional<CreditApplicationStatus> status; // nullopt: every status
    int limit = 0; // 0: the server's default page size
    QString cursor;
};

struct CreditApplicationPage
{
    QList<CreditApplication> items;
    QString nextCursor;
};

} // namespace pac
