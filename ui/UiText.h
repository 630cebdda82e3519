#pragma once

#include "models/Customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace pac {

// Translated names and locale-aware formats the widgets share, so a role, an amount or a
// date reads the same everywhere in the console.
class UiText
{
    Q_DECLARE_TR_FUNCTIONS(pac::UiText)

public:
    static QString roleName(Role role);
    static QString statusName(CustomerStatus status);

    // "$1,234.56" in the default locale (QLocale(), set from --lang or the system).
    static QString money(qint64 cents);
    // "82.4%" cut to one decimal (never rounded up across 80 %); empty for a limit of 0.
    static QString percentUsed(qint64 balanceCents, qint64 limitCents);
    static QString date(const QDate &date);
    // Date and time in local time, short format.
    static QString dateTime(const QDateTime &time);
    // "12:04" today, else the short date and time.
    static QString asOf(const QDateTime &time);

    // "Ann Lee <ann@example.com>", or the bare address when there is no name.
    static QString mailbox(const QString &name, const QString &email);
};

} // namespace pac
