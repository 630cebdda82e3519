#include "models/AchAuthorization.h"

#include "models/CustomerJson.h"
#include "models/WireTable.h"

namespace pac {

namespace {

constexpr wire::Table<AchSecCode, 4> secCodeNames {{
    {AchSecCode::CCD, u"CCD"},
    {AchSecCode::PPD, u"PPD"},
    {AchSecCode::TEL, u"TEL"},
    {AchSecCode::WEB, u"WEB"},
}};

constexpr wire::Table<AchAuthorizationMethod, 3> methodNames {{
    {AchAuthorizationMethod::Written, u"written"},
    {AchAuthorizationMethod::RecordedCall, u"recorded_call"},
    {AchAuthorizationMethod::Online, u"online"},
}};

FieldError error(const char *field, QLatin1String code, const QString &message)
{
    return {QStringLiteral("authorization.") + QLatin1String(field), QString(code), message};
}

} // namespace

QString toWire(AchSecCode code)
{
    return wire::nameOf(secCodeNames, code);
}

std::optional<AchSecCode> achSecCodeFromWire(QStringView text)
{
    return wire::valueOf(secCodeNames, text);
}

QString toWire(AchAuthorizationMethod method)
{
    return wire::nameOf(methodNames, method);
}

std::optional<AchAuthorizationMethod> achAuthorizationMethodFromWire(QStringView text)
{
    return wire::valueOf(methodNames, text);
}

QList<AchAuthorizationMethod> AchAuthorization::methodsFor(AchSecCode code)
{
    switch (code) {
    case AchSecCode::CCD:
        return {AchAuthorizationMethod::Written, AchAuthorizationMethod::RecordedCall,
                AchAuthorizationMethod::Online};
    case AchSecCode::PPD:
        return {AchAuthorizationMethod::Written};
    case AchSecCode::TEL:
        return {AchAuthorizationMethod::RecordedCall};
    case AchSecCode::WEB:
        return {AchAuthorizationMethod::Online};
    }
    return {};
}

AchAuthorizationMethod AchAuthorization::defaultMethodFor(AchSecCode code)
{
    return methodsFor(code).constFirst();
}

QList<FieldError> AchAuthorization::validate() const
{
    QList<FieldError> errors;
    if (!secCode) {
        errors.append(error("sec_code", errorcode::Required,
                            tr("Choose the entry class of the authorization (CCD, PPD, TEL or "
                               "WEB).")));
    }
    const QString name = authorizedByName.trimmed();
    if (name.isEmpty()) {
        errors.append(error("authorized_by_name", errorcode::Required,
                            tr("Enter the name of the person who authorized the debits.")));
    } else if (name.size() > MaxNameLength) {
        errors.append(error("authorized_by_name", errorcode::TooLong,
                            tr("The name has %1 characters; at most %2 are allowed.")
                                .arg(name.size())
                                .arg(MaxNameLength)));
    }
    const QString title = authorizedByTitle.trimmed();
    if (title.isEmpty()) {
        errors.append(error("authorized_by_title", errorcode::Required,
                            tr("Enter the title of the person who authorized the debits.")));
    } else if (title.size() > MaxTitleLength) {
        errors.append(error("authorized_by_title", errorcode::TooLong,
                            tr("The title has %1 characters; at most %2 are allowed.")
                                .arg(title.size())
                                .arg(MaxTitleLength)));
    }
    if (!method) {
        errors.append(
            error("method", errorcode::Required, tr("Choose how the debits were authorized.")));
    } else if (secCode && !methodsFor(*secCode).contains(*method)) {
        errors.append(error(
            "method", errorcode::InvalidTransition,
            tr("A %1 entry cannot be authorized as “%2”.").arg(toWire(*secCode), toWire(*method))));
    }
    if (textVersion.trimmed().isEmpty()) {
        errors.append(error("text_version", errorcode::Required,
                            tr("The authorization text was not shown: its version is missing.")));
    }
    if (!acceptedAt.isValid()) {
        errors.append(error("accepted_at", errorcode::Required,
                            tr("The time the authorization was accepted is missing.")));
    }
    return errors;
}

std::optional<FieldError> AchAuthorization::validateRevocationReason(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) {
        return FieldError {QStringLiteral("reason"), QString(errorcode::Required),
                           tr("Say why the bank account is removed.")};
    }
    if (trimmed.size() > MaxRevocationReasonLength) {
        return FieldError {QStringLiteral("reason"), QString(errorcode::TooLong),
                           tr("The reason has %1 characters; at most %2 are allowed.")
                               .arg(trimmed.size())
                               .arg(MaxRevocationReasonLength)};
    }
    return std::nullopt;
}

QJsonObject AchAuthorization::toJson() const
{
    QJsonObject object {
        {QStringLiteral("sec_code"), secCode ? toWire(*secCode) : QString()},
        {QStringLiteral("authorized_by_name"), authorizedByName.trimmed()},
        {QStringLiteral("authorized_by_title"), authorizedByTitle.trimmed()},
        {QStringLiteral("method"), method ? toWire(*method) : QString()},
        {QStringLiteral("text_version"), textVersion},
        {QStringLiteral("accepted_at"), acceptedAt.isValid() ? toRfc3339(acceptedAt) : QString()},
    };
    if (!text.isEmpty())
        object.insert(QStringLiteral("text"), text);
    if (!recordedBy.isEmpty())
        object.insert(QStringLiteral("recorded_by"), recordedBy);
    return object;
}

AchAuthorization AchAuthorization::fromJson(const QJsonObject &object, QList<FieldError> *errors)
{
    AchAuthorization authorization;
    const QString secCode = object.value(QStringLiteral("sec_code")).toString();
    if (!secCode.isEmpty()) {
        authorization.secCode = achSecCodeFromWire(secCode);
        if (!authorization.secCode && errors) {
            errors->append(
                error("sec_code", errorcode::InvalidFormat,
                      tr("“%1” is not an entry class: use CCD, PPD, TEL or WEB.").arg(secCode)));
        }
    }
    const QString method = object.value(QStringLiteral("method")).toString();
    if (!method.isEmpty()) {
        authorization.method = achAuthorizationMethodFromWire(method);
        if (!authorization.method && errors) {
            errors->append(error("method", errorcode::InvalidFormat,
                                 tr("“%1” is not a way of authorizing: use written, "
                                    "recorded_call or online.")
                                     .arg(method)));
        }
    }
    authorization.authorizedByName = object.value(QStringLiteral("authorized_by_name")).toString();
    authorization.authorizedByTitle
        = object.value(QStringLiteral("authorized_by_title")).toString();
    authorization.textVersion = object.value(QStringLiteral("text_version")).toString();
    const QString acceptedAt = object.value(QStringLiteral("accepted_at")).toString();
    if (!acceptedAt.isEmpty()) {
        authorization.acceptedAt = fromRfc3339(acceptedAt);
        if (!authorization.acceptedAt.isValid() && errors) {
            errors->append(error("accepted_at", errorcode::InvalidFormat,
                                 tr("“%1” is not a date and time (RFC 3339).").arg(acceptedAt)));
        }
    }
    authorization.text = object.value(QStringLiteral("text")).toString();
    authorization.recordedBy = object.value(QStringLiteral("recorded_by")).toString();
    return authorization;
}

} // namespace pac
