#pragma once

#include <QByteArrayView>

#include <optional>

namespace pac {

// Every number of the portal's API is an integer (cents, ids, versions, counts), but a JSON
// parser reads 1e7 and 10000000.0 as the same value as 10000000, so the literal itself must
// be checked: a client that writes cents as 1e7 is sending floating point, and a mistake
// like 12.5 cents would be rounded away silently. This looks at the raw text.
struct JsonNumberLiterals
{
    struct Literal
    {
        qsizetype offset = 0; // byte offset of the literal in the text
        QByteArrayView text; // the literal as written, e.g. "1e7"
    };

    // The first number literal outside strings that has a fraction or an exponent, if any.
    // Works on any text (malformed JSON too): the JSON parser reports syntax errors.
    static std::optional<Literal> firstNonInteger(QByteArrayView json);
};

} // namespace pac
