#include "customerindex/CustomerIndexText.h"

#include <QString>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pac::indextext {

namespace {

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Whitespace as QChar::isSpace() sees it, restricted to ASCII.
bool isAsciiSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// Writes straight into room made at the end of out (no per-byte capacity checks), then
// trims to what was written.
void appendAscii(TextBuffer &out, QStringView text)
{
    const std::size_t start = out.size();
    out.resize(start + std::size_t(text.size()));
    char *to = out.data() + start;
    bool pendingSpace = false;
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isAsciiSpace(c)) {
            pendingSpace = to != out.data() + start;
            continue;
        }
        if (c < 0x20 || c == 0x7f)
            continue;
        if (pendingSpace) {
            *to++ = ' ';
            pendingSpace = false;
        }
        *to++ = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    out.resize(std::size_t(to - out.data()));
}

void appendUnicode(TextBuffer &out, QStringView text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text) {
        // Whitespace controls (tab, newline, NEL) stay for simplified() to collapse.
        if (c.isSpace() || c.category() != QChar::Other_Control)
            clean.append(c);
    }
    const QByteArray utf8
        = clean.simplified().normalized(QString::NormalizationForm_C).toCaseFolded().toUtf8();
    out.insert(out.end(), utf8.cbegin(), utf8.cend());
}

} // namespace

void appendSearchForm(TextBuffer &out, QStringView text)
{
    if (isAscii(text))
        appendAscii(out, text);
    else
        appendUnicode(out, text);
}

SearchTextLengths appendSearchText(TextBuffer &out, QStringView name, QStringView accountNumber,
                                   const QStringList &emails)
{
    const std::size_t start = out.size();
    auto appendField = [&out](QStringView field, std::size_t budget) {
        const std::size_t fieldStart = out.size();
        appendSearchForm(out, field);
        const std::string_view written = viewOf(out).substr(fieldStart);
        out.resize(fieldStart + clampUtf8(written, budget).size());
        return out.size() - fieldStart;
    };
    SearchTextLengths lengths;
    lengths.nameBytes = appendField(name, kMaxSearchBytes - 1);
    out.push_back(kFieldSeparator);
    lengths.accountBytes = appendField(accountNumber, kMaxSearchBytes - 1 - lengths.nameBytes);
    for (const QString &email : emails) {
        const std::size_t before = out.size();
        out.push_back(kFieldSeparator);
        appendSearchForm(out, email);
        if (out.size() - start > kMaxSearchBytes) {
            out.resize(before);
            break;
        }
    }
    lengths.totalBytes = out.size() - start;
    return lengths;
}

void appendUtf8(TextBuffer &out, QStringView text)
{
    if (isAscii(text)) {
        const std::size_t start = out.size();
        out.resize(start + std::size_t(text.size()));
        std::transform(text.begin(), text.end(), out.begin() + qsizetype(start),
                       [](QChar c) { return char(c.unicode()); });
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    out.insert(out.end(), utf8.cbegin(), utf8.cend());
}

bool containsBytes(std::string_view text, std::string_view needle)
{
    const std::size_t n = needle.size();
    if (n == 0)
        return true;
    if (text.size() < n)
        return false;
    if (n == 1)
        return std::memchr(text.data(), needle[0], text.size()) != nullptr;
#if defined(__SSE2__)
    const char *s = text.data();
    const std::size_t starts = text.size() - n + 1; // candidate start positions
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[n - 1]);
    std::size_t i = 0;
    // The loads read s[i .. i+15] and s[i+n-1 .. i+n+14]; i + 16 <= starts keeps both inside.
    for (; i + 16 <= starts; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + n - 1));
        auto mask = unsigned(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
        while (mask != 0) {
            const auto bit = unsigned(__builtin_ctz(mask));
            if (std::memcmp(s + i + bit + 1, needle.data() + 1, n - 2) == 0)
                return true;
            mask &= mask - 1;
        }
    }
    for (; i < starts; ++i) {
        if (s[i] == needle[0] && s[i + n - 1] == needle[n - 1]
            && std::memcmp(s + i + 1, needle.data() + 1, n - 2) == 0)
            return true;
    }
    return false;
#else
    return text.find(needle) != std::string_view::npos;
#endif
}

std::string_view clampUtf8(std::string_view utf8, std::size_t maxBytes)
{
    if (utf8.size() <= maxBytes)
        return utf8;
    std::size_t end = maxBytes;
    // Back off continuation bytes (10xxxxxx) so the cut falls before a lead byte.
    while (end > 0 && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
        --end;
    return utf8.substr(0, end);
}

} // namespace pac::indextext
