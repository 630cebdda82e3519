#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace pac::server {

// Every list of every request body has an upper bound: this finds the first JSON array of
// a body with more than `maxItems` items, by a raw scan of the text (strings and escapes
// honoured), before the body is parsed. Linear, no allocation per item, so a body of a
// million tiny items costs about what reading it costs. Malformed JSON is scanned as far as
// it goes; the parser reports what is wrong with it afterwards.
struct OverlongList
{
    QString path; // "emails", "trade_references", "a.b[2].c"; "" for a top-level array
};
std::optional<OverlongList> firstOverlongList(QByteArrayView json, qsizetype maxItems);

} // namespace pac::server
