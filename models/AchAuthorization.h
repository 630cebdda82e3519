#pragma once

#include "models/FieldError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pac {

// The Nacha Standard Entry Class of a debit (billing rule 4b): how the payer authorized it.
//  CCD  a business account (our customers are businesses: the default);
//  PPD  a consumer account, authorized in writing (a signed form);
//  TEL  a consumer account, authorized on a call that is recorded or confirmed in writing;
//  WEB  a consumer account, authorized online.
// Wire names "CCD", "PPD", "TEL", "WEB".
enum class AchSecCode { CCD, PPD, TEL, WEB };

// How the authorization was given. Wire names "written", "recorded_call", "online".
enum class AchAuthorizationMethod { Written, RecordedCall, Online };

QString toWire(AchSecCode code);
std::optional<AchSecCode> achSecCodeFromWire(QStringView text);
QString toWire(AchAuthorizationMethod method);
std::optional<AchAuthorizationMethod> achAuthorizationMethodFromWire(QStringView text);

// The payer's authorization of ACH debits, captured with the bank account (billing rule 4b).
// The client sends sec_code, authorized_by_name, authorized_by_title, method, text_version
// and accepted_at; the portal answers with the text as accepted (`text`) and who recorded it.
struct AchAuthorization
{
    Q_DECLARE_TR_FUNCTIONS(pac::AchAuthorization)

public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxTitleLength = 100;
    // Nacha: the authorization is kept two years after it ends (revocation).
    static constexpr int RetentionYears = 2;

    std::optional<AchSecCode> secCode; // nullopt: not chosen
    QString authorizedByName;
    QString authorizedByTitle;
    std::optional<AchAuthorizationMethod> method; // nullopt: not chosen
    QString textVersion; // the AchAuthorizationText version shown to the payer
    QDateTime acceptedAt; // UTC
    // Filled by the portal in its answers, ignored in a request:
    QString text; // the authorization text as accepted, in full
    QString recordedBy; // the portal user who captured it

    bool operator==(const AchAuthorization &) const = default;

    // The methods an entry class allows: CCD any of the three (the agreement between two
    // businesses may take any form they agree on); PPD written; TEL recorded_call; WEB online.
    static QList<AchAuthorizationMethod> methodsFor(AchSecCode code);
    // The usual one: CCD and PPD written, TEL recorded_call, WEB online.
    static AchAuthorizationMethod defaultMethodFor(AchSecCode code);

    // Every problem, with field names under "authorization." (authorization.sec_code
    // required; authorization.authorized_by_name required / too_long;
    // authorization.authorized_by_title required / too_long; authorization.method required /
    // invalid_transition when the entry class does not allow it;
    // authorization.text_version required; authorization.accepted_at required).
    QList<FieldError> validate() const;

    // The reason a bank account is removed (its authorization revoked, rule 8d): given
    // (field "reason", code required) and at most MaxRevocationReasonLength characters.
    static constexpr int MaxRevocationReasonLength = 500;
    static std::optional<FieldError> validateRevocationReason(const QString &reason);

    // {sec_code, authorized_by_name, authorized_by_title, method, text_version, accepted_at}
    // and, when set, text and recorded_by.
    QJsonObject toJson() const;
    // Reads that object; missing members stay empty (validate() then names them), unknown
    // sec_code / method values are reported as invalid_format in *errors.
    static AchAuthorization fromJson(const QJsonObject &object,
                                     QList<FieldError> *errors = nullptr);
};

} // namespace pac
