#include "models/JsonNumberLiterals.h"

namespace pac {

namespace {

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

} // namespace

std::optional<JsonNumberLiterals::Literal> JsonNumberLiterals::firstNonInteger(QByteArrayView json)
{
    const qsizetype size = json.size();
    qsizetype i = 0;
    while (i < size) {
        const char c = json[i];
        if (c == '"') {
            // Skip the string, escapes included ("\"" does not end it).
            for (++i; i < size && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
            }
            ++i;
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            const qsizetype start = i;
            bool integral = true;
            while (i < size && isNumberChar(json[i])) {
                integral = integral && json[i] != '.' && json[i] != 'e' && json[i] != 'E';
                ++i;
            }
            if (!integral)
                return Literal {start, json.sliced(start, i - start)};
            continue;
        }
        ++i;
    }
    return std::nullopt;
}

} // namespace pac
