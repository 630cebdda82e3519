#include "ui/UiText.h"

#include "models/CustomerColumn.h"
#include "models/CustomerRow.h"
#include "models/Money.h"

namespace pac {

QString UiText::roleName(Role role)
{
    switch (role) {
    case Role::Agent:
        return tr("Agent");
    case Role::MasterAgent:
        return tr("Master agent");
    case Role::Support:
        return tr("Support");
    }
    return {};
}

QString UiText::statusName(CustomerStatus status)
{
    switch (status) {
    case CustomerStatus::Active:
        return tr("Active");
    case CustomerStatus::Suspended:
        return tr("Suspended");
    case CustomerStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString UiText::money(qint64 cents)
{
    return Money::fromCents(cents).format(QLocale());
}

QString UiText::percentUsed(qint64 balanceCents, qint64 limitCents)
{
    CustomerFacts facts;
    facts.balanceCents = balanceCents;
    facts.creditLimitCents = limitCents;
    const std::optional<qint64> basisPoints = CustomerColumns::limitUsedBasisPoints(facts);
    if (!basisPoints)
        return {};
    // Basis points cut to tenths of a percent (8249 bp -> 82.4), in integers only.
    const qint64 tenths = *basisPoints / 10;
    const QLocale locale;
    const QString number = (tenths < 0 ? locale.negativeSign() : QString())
        + locale.toString(qAbs(tenths) / 10) + locale.decimalPoint()
        + QString::number(qAbs(tenths) % 10);
    return tr("%1%", "percent of the credit limit used").arg(number);
}

QString UiText::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString UiText::dateTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString UiText::asOf(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString UiText::mailbox(const QString &name, const QString &email)
{
    if (name.trimmed().isEmpty())
        return email;
    return tr("%1 <%2>").arg(name.trimmed(), email);
}

} // namespace pac
