#pragma once

#include <QStringList>
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

// A row's search text is at most this long (its lengths are kept in 16 bits).
inline constexpr std::size_t kMaxSearchBytes = 65535;

// Where the fields of a row's search text end.
struct SearchTextLengths
{
    std::size_t nameBytes = 0;
    std::size_t accountBytes = 0;
    std::size_t totalBytes = 0;
};

// Appends a row's search text, what the customer filter compares a needle with: name
// \x1f account number \x1f email \x1f email ..., each field in search form, at most
// kMaxSearchBytes in all (the name and account number cut at a character, emails that would
// not fit left out whole). The one rule of what a filter text matches: CustomerIndex keeps
// it for every row, the cache's `customer_search` table a copy of it for one-shot queries.
SearchTextLengths appendSearchText(TextBuffer &out, QStringView name, QStringView accountNumber,
                                   const QStringList &emails);

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
