#pragma once

#include "portal/PortalError.h"

#include <utility>
#include <variant>

namespace pac {

// The outcome of one portal call: a value of T, or the PortalError saying why there is none.
template<typename T>
class PortalResult
{
public:
    PortalResult(T value)
        : m_outcome(std::in_place_index<0>, std::move(value))
    { }
    PortalResult(PortalError error)
        : m_outcome(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_outcome.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const { return std::get<0>(m_outcome); }
    T &value() { return std::get<0>(m_outcome); }
    const T *operator->() const { return &value(); }

    // Only when !ok().
    const PortalError &error() const { return std::get<1>(m_outcome); }

private:
    std::variant<T, PortalError> m_outcome;
};

} // namespace pac
