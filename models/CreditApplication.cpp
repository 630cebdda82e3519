#include "models/CreditApplication.h"

#include "models/Money.h"
#include "models/WireTable.h"

namespace pac {

namespace {

constexpr wire::Table<CreditApplicationStatus, 4> kStatuses {{
    {CreditApplicationStatus::Draft, u"draft"},
    {CreditApplicationStatus::Submitted, u"submitted"},
    {CreditApplicationStatus::Approved, u"approved"},
    {CreditApplicationStatus::Declined, u"declined"},
}};
constexpr wire::Table<EntityType, 6> kEntityTypes {{
    {EntityType::SoleProprietorship, u"sole_proprietorship"},
    {EntityType::Partnership, u"partnership"},
    {EntityType::Llc, u"llc"},
    {EntityType::Corporation, u"corporation"},
    {EntityType::Nonprofit, u"nonprofit"},
    {EntityType::Other, u"other"},
}};

} // namespace

QString toWire(CreditApplicationStatus status)
{
    return wire::nameOf(kStatuses, status);
}

QString toWire(EntityType type)
{
    return wire::nameOf(kEntityTypes, type);
}

std::optional<CreditApplicationStatus> creditApplicationStatusFromWire(QStringView text)
{
    return wire::valueOf(kStatuses, text);
}

std::optional<EntityType> entityTypeFromWire(QStringView text)
{
    return wire::valueOf(kEntityTypes, text);
}

QByteArray CreditApplication::etag() const
{
    return '"' + QByteArray::number(version) + '"';
}

bool CreditApplication::canTransition(CreditApplicationStatus from, CreditApplicationStatus to)
{
    using S = CreditApplicationStatus;
    return (from == S::Draft && to == S::Submitted)
        || (from == S::Submitted && (to == S::Approved || to == S::Declined));
}

QList<FieldError> CreditApplication::submit(qint64 currentLimit, const PersonRef &by,
                                            const QDateTime &at)
{
    if (!canTransition(status, CreditApplicationStatus::Submitted))
        return {invalidTransition(CreditApplicationStatus::Submitted)};
    if (const QList<FieldError> errors = validateForSubmit(currentLimit); !errors.isEmpty())
        return errors;
    status = CreditApplicationStatus::Submitted;
    currentLimitCents = currentLimit;
    submittedBy = by;
    submittedAt = at;
    return {};
}

QList<FieldError> CreditApplication::approve(qint64 approvedLimitCents, const QString &note,
                                             const PersonRef &by, const QDateTime &at)
{
    if (!canTransition(status, CreditApplicationStatus::Approved))
        return {invalidTransition(CreditApplicationStatus::Approved)};
    const QString field = QStringLiteral("approved_limit_cents");
    if (approvedLimitCents <= 0 || approvedLimitCents <= currentLimitCents) {
        return {{field, QString(errorcode::TooLow),
                 tr("An approved limit of %1 is not above the current limit of %2; decline "
                    "the application instead.")
                     .arg(Money::fromCents(approvedLimitCents).format(),
                          Money::fromCents(currentLimitCents).format())}};
    }
    if (approvedLimitCents > requestedLimitCents) {
        return {{field, QString(errorcode::TooHigh),
                 tr("An approved limit of %1 is above the %2 the customer asked for.")
                     .arg(Money::fromCents(approvedLimitCents).format(),
                          Money::fromCents(requestedLimitCents).format())}};
    }
    status = CreditApplicationStatus::Approved;
    decision = CreditDecision {true, approvedLimitCents, note.trimmed(), by, at};
    return {};
}

QList<FieldError> CreditApplication::decline(const QString &reason, const PersonRef &by,
                                             const QDateTime &at)
{
    if (!canTransition(status, CreditApplicationStatus::Declined))
        return {invalidTransition(CreditApplicationStatus::Declined)};
    if (reason.trimmed().isEmpty()) {
        return {{QStringLiteral("note"), QString(errorcode::Required),
                 tr("Say why the application is declined.")}};
    }
    status = CreditApplicationStatus::Declined;
    decision = CreditDecision {false, 0, reason.trimmed(), by, at};
    return {};
}

FieldError CreditApplication::invalidTransition(CreditApplicationStatus to) const
{
    QString message;
    switch (to) {
    case CreditApplicationStatus::Submitted:
        message = tr("Only a draft can be submitted; this application is “%1”.");
        break;
    case CreditApplicationStatus::Approved:
        message = tr("Only a submitted application can be approved; this one is “%1”.");
        break;
    case CreditApplicationStatus::Declined:
        message = tr("Only a submitted application can be declined; this one is “%1”.");
        break;
    case CreditApplicationStatus::Draft:
        message = tr("An application cannot go back to draft; this one is “%1”.");
        break;
    }
    return {QStringLiteral("status"), QString(errorcode::InvalidTransition),
            message.arg(displayName(status))};
}

QString CreditApplication::displayName(CreditApplicationStatus status)
{
    switch (status) {
    case CreditApplicationStatus::Draft:
        return tr("Draft");
    case CreditApplicationStatus::Submitted:
        return tr("Submitted");
    case CreditApplicationStatus::Approved:
        return tr("Approved");
    case CreditApplicationStatus::Declined:
        return tr("Declined");
    }
    return {};
}

QString CreditApplication::displayName(EntityType type)
{
    switch (type) {
    case EntityType::SoleProprietorship:
        return tr("Sole proprietorship");
    case EntityType::Partnership:
        return tr("Partnership");
    case EntityType::Llc:
        return tr("LLC");
    case EntityType::Corporation:
        return tr("Corporation");
    case EntityType::Nonprofit:
        return tr("Nonprofit");
    case EntityType::Other:
        return tr("Other");
    }
    return {};
}

} // namespace pac
