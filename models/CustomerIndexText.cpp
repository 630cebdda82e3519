#include "models/CustomerIndexText.h"

#include <QString>

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

void appendAscii(std::string &out, QStringView text)
{
    bool wrote = false;
    bool pendingSpace = false;
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isAsciiSpace(c)) {
            pendingSpace = wrote;
            continue;
        }
        if (c < 0x20 || c == 0x7f)
            continue;
        if (pendingSpace) {
            out.push_back(' ');
            pendingSpace = false;
        }
        out.push_back(char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c));
        wrote = true;
    }
}

void appendUnicode(std::string &out, QStringView text)
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
    out.append(utf8.constData(), std::size_t(utf8.size()));
}

} // namespace

void appendSearchForm(std::string &out, QStringView text)
{
    if (isAscii(text))
        appendAscii(out, text);
    else
        appendUnicode(out, text);
}

void appendUtf8(std::string &out, QStringView text)
{
    if (isAscii(text)) {
        for (QChar c : text)
            out.push_back(char(c.unicode()));
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    out.append(utf8.constData(), std::size_t(utf8.size()));
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
