#pragma once

#include "portal/PortalTypes.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace pac {

// How an audit entry reads in the History tab: what happened ("Invoice emails changed") and
// the field's value before and after, formatted by kind (money, terms, email lists, who
// enabled ACH, a bank account's last 4 digits).
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(pac::HistoryText)

public:
    static QString what(const HistoryEntry &entry);
    static QString value(const QString &field, const QJsonValue &value);
    static QString actor(const HistoryEntry &entry);
};

} // namespace pac
