#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace pac::wire {

// The names an enum has on the wire (API.md), one table per enum: toWire/fromWire of the
// model types are lookups in these.
template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char16_t *>, N>;

template<typename Enum, std::size_t N>
QString nameOf(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Table<Enum, N> &table, QStringView text)
{
    for (const auto &[e, name] : table) {
        if (text == QStringView(name))
            return e;
    }
    return std::nullopt;
}

} // namespace pac::wire
