#pragma once

#include "models/Customer.h"
#include "models/Permissions.h"

#include <QJsonObject>

namespace pac::server {

// The signed-in user a request acts for.
struct Actor
{
    qint64 id = 0;
    QString name;
    Role role = Role::Agent;

    Viewer viewer() const { return {id, role}; }
    PersonRef person() const { return {id, name}; }
    // {id, name, role}: the `user` of a session and the `actor` of an audit entry.
    QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("name"), name},
                {QStringLiteral("role"), toWire(role)}};
    }
};

} // namespace pac::server
