#include "presentation/UiText.h"

#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerRow.h"
#include "models/Money.h"

namespace pac {

QString UiText::money(qint64 cents)
{
    return Money::fromCents(cents).format(QLocale());
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
