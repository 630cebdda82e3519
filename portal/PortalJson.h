#pragma once

#include "portal/PortalTypes.h"

#include <QJsonObject>

#include <optional>

namespace pac {

// Decoders of the portal's response bodies that are not domain types of models/ (Customer
// and CreditApplication have their own codecs there). Each returns nullopt on a missing or
// mistyped member and, if given, sets *badField to its JSON name, like customerFromJson.

std::optional<ServerHealth> serverHealthFromJson(const QJsonObject &object,
                                                 QString *badField = nullptr);
std::optional<PortalSession> portalSessionFromJson(const QJsonObject &object,
                                                   QString *badField = nullptr);
// {items:[Customer], next_cursor: string|null, server_time}
std::optional<CustomerPage> customerPageFromJson(const QJsonObject &object,
                                                 QString *badField = nullptr);
// {id, type, last4, account_type, holder_name, bank_name|null, verification, tries_left,
//  default, created_at, authorization{…, text, recorded_by}|null, revoked{at, by, reason}|null}.
// Members a method stored before ACH authorizations has not got (holder_name, bank_name,
// verification, tries_left, default, created_at, authorization, revoked) may be absent: they
// then keep PaymentMethod's defaults (a card or an old method is usable); present with the
// wrong type, or an unknown verification / sec_code / method, they fail.
std::optional<PaymentMethod> paymentMethodFromJson(const QJsonObject &object,
                                                   QString *badField = nullptr);
// The JSON form above (for tests and fixtures: the console never sends a PaymentMethod).
QJsonObject toJson(const PaymentMethod &method);
// GET /ach/authorization-text: {version, sec_code, text}.
std::optional<AchAuthorizationTextResult> achAuthorizationTextFromJson(const QJsonObject &object,
                                                                       QString *badField = nullptr);
// {items:[PaymentMethod]}
std::optional<QList<PaymentMethod>> paymentMethodListFromJson(const QJsonObject &object,
                                                              QString *badField = nullptr);
std::optional<HistoryEntry> historyEntryFromJson(const QJsonObject &object,
                                                 QString *badField = nullptr);
// {items:[HistoryEntry], next_cursor: string|null}
std::optional<HistoryPage> historyPageFromJson(const QJsonObject &object,
                                               QString *badField = nullptr);
// {items:[Invoice], next_cursor: string|null}
std::optional<InvoicePage> invoicePageFromJson(const QJsonObject &object,
                                               QString *badField = nullptr);
// {items:[Payment], next_cursor: string|null}
std::optional<PaymentPage> paymentPageFromJson(const QJsonObject &object,
                                               QString *badField = nullptr);
// {items:[CreditApplication], next_cursor: string|null}
std::optional<CreditApplicationPage> creditApplicationPageFromJson(const QJsonObject &object,
                                                                   QString *badField = nullptr);

} // namespace pac
