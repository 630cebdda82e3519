#include "models/CreditApplication.h"

namespace pac {

QString toWire(CreditApplicationStatus status)
{
    Q_UNUSED(status)
    return {};
}

QString toWire(EntityType type)
{
    Q_UNUSED(type)
    return {};
}

std::optional<CreditApplicationStatus> creditApplicationStatusFromWire(QStringView text)
{
    Q_UNUSED(text)
    return std::nullopt;
}

std::optional<EntityType> entityTypeFromWire(QStringView text)
{
    Q_UNUSED(text)
    return std::nullopt;
}

QByteArray CreditApplication::etag() const
{
    return '"' + QByteArray::number(version) + '"';
}

std::optional<FieldError> CreditApplication::validateField(QStringView field, const QString &value,
                                                           const QLocale &locale) const
{
    Q_UNUSED(field)
    Q_UNUSED(value)
    Q_UNUSED(locale)
    return std::nullopt;
}

QList<FieldError> CreditApplication::validateForSubmit(qint64 currentLimitCents) const
{
    Q_UNUSED(currentLimitCents)
    return {};
}

QList<FieldError> CreditApplication::submit(qint64 currentLimitCents, const PersonRef &by,
                                            const QDateTime &at)
{
    Q_UNUSED(currentLimitCents)
    Q_UNUSED(by)
    Q_UNUSED(at)
    return {};
}

QList<FieldError> CreditApplication::approve(qint64 approvedLimitCents, const QString &note,
                                             const PersonRef &by, const QDateTime &at)
{
    Q_UNUSED(approvedLimitCents)
    Q_UNUSED(note)
    Q_UNUSED(by)
    Q_UNUSED(at)
    return {};
}

QList<FieldError> CreditApplication::decline(const QString &reason, const PersonRef &by,
                                             const QDateTime &at)
{
    Q_UNUSED(reason)
    Q_UNUSED(by)
    Q_UNUSED(at)
    return {};
}

bool CreditApplication::canTransition(CreditApplicationStatus from, CreditApplicationStatus to)
{
    Q_UNUSED(from)
    Q_UNUSED(to)
    return false;
}

QString CreditApplication::displayName(CreditApplicationStatus status)
{
    Q_UNUSED(status)
    return {};
}

QString CreditApplication::displayName(EntityType type)
{
    Q_UNUSED(type)
    return {};
}

} // namespace pac
