#pragma once

#include <QStringView>

#include <string_view>
#include <vector>

namespace pac::indextext {

// The index's text buffers. A vector, not std::string: its reserve() allocates what is asked
// (libstdc++ strings at least double), so one changed row does not double a large buffer.
using TextBuffer = std::vector<char>;

inline std::string_view viewOf(const TextBuffer &buffer)
{
    return std::string_view(buffer.data(), buffer.size());
}

// Separates the fields of a row's search text; never part of a needle, so a match cannot
// span two fields.
inline constexpr char kFieldSeparator = '\x1f';

// Appends text in the form the filter compares: control characters dropped, whitespace runs
// collapsed to one space and trimmed, NFC, case-folded, UTF-8. ASCII (nearly every name,
// account number and email) takes a fast path with the same result.
void appendSearchForm(TextBuffer &out, QStringView text);

// Appends text as UTF-8 (ASCII copied byte by byte, the rest through QString::toUtf8).
void appendUtf8(TextBuffer &out, QStringView text);

// Whether text contains needle as a byte substring (an empty needle is in every text). Uses
// SSE2 where available: 16 positions at a time are tested on the needle's first and last
// byte, and only those candidates are compared in full; about twice as fast as
// std::string_view::find on the customers' search text.
bool containsBytes(std::string_view text, std::string_view needle);

// The longest prefix of utf8 of at most maxBytes bytes that does not cut a character.
std::string_view clampUtf8(std::string_view utf8, std::size_t maxBytes);

} // namespace pac::indextext
