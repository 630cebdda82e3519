#pragma once

#include "models/Customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace pac {

// Locale-aware formats the widgets share, so an amount or a date reads the same everywhere in
// the console. The billing vocabulary (roles, statuses, terms, ACH, % of limit) is
// models/BillingText, shared with agentctl.
class UiText
{
    Q_DECLARE_TR_FUNCTIONS(pac::UiText)

public:
    // "$1,234.56" in the default locale (QLocale(), set from --lang or the system).
    static QString money(qint64 cents);
    static QString date(const QDate &date);
    // Date and time in local time, short format.
    static QString dateTime(const QDateTime &time);
    // "12:04" today, else the short date and time.
    static QString asOf(const QDateTime &time);

    // "Ann Lee <ann@example.com>", or the bare address when there is no name.
    static QString mailbox(const QString &name, const QString &email);
};

} // namespace pac
