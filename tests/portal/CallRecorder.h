#pragma once

#include "portal/PortalClient.h"

#include <vector>

// The name a test compares a call's outcome with: "ok", or the error kind's name.
inline QString kindName(pac::PortalError::Kind kind)
{
    return pac::PortalError::kindName(kind);
}
inline const QString Ok = QStringLiteral("ok");

// Collects what a PortalClient callback receives, so a test can wait for it with QTRY_* and
// check that it ran exactly once.
template<typename T>
class CallRecorder
{
public:
    pac::PortalClient::Callback<T> callback()
    {
        return [this](const pac::PortalResult<T> &result) { m_results.push_back(result); };
    }

    bool done() const { return !m_results.empty(); }
    int count() const { return int(m_results.size()); }
    const pac::PortalResult<T> &result() const { return m_results.front(); }

    // "ok", the error kind's name, or "pending": safe to call in any state, and readable
    // when a QCOMPARE on it fails.
    QString outcome() const
    {
        if (!done())
            return QStringLiteral("pending");
        return result().ok() ? Ok : kindName(result().error().kind);
    }

    // The error, or an empty one when the call succeeded or is pending.
    const pac::PortalError &error() const
    {
        static const pac::PortalError none
            = pac::PortalError::make(pac::PortalError::Kind::Network, QStringLiteral("(no error)"));
        return done() && !result().ok() ? result().error() : none;
    }

    // The value; only after QCOMPARE(outcome(), Ok).
    const T &value() const { return result().value(); }

private:
    std::vector<pac::PortalResult<T>> m_results;
};
