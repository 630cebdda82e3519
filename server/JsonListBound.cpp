#include "server/JsonListBound.h"

#include <QList>

namespace pac::server {

namespace {

constexpr qsizetype kMaxKeyInPath = 64;

struct Frame
{
    bool array = false;
    qsizetype items = 0; // arrays: values begun so far
    bool inValue = false; // arrays: the current item has begun
    bool expectKey = true; // objects: the next string is a key
    QByteArray key; // objects: the last key read
};

QString pathOf(const QList<Frame> &frames)
{
    QString path;
    // The innermost frame is the overlong array itself: its own index is not part of it.
    for (qsizetype i = 0; i + 1 < frames.size(); ++i) {
        const Frame &frame = frames.at(i);
        if (frame.array) {
            path += QStringLiteral("[%1]").arg(frame.items - 1);
        } else {
            if (!path.isEmpty())
                path += u'.';
            path += QString::fromUtf8(frame.key);
        }
    }
    return path;
}

} // namespace

std::optional<OverlongList> firstOverlongList(QByteArrayView json, qsizetype maxItems)
{
    QList<Frame> frames;
    const auto beginValue = [&]() -> bool {
        if (frames.isEmpty() || !frames.last().array || frames.last().inValue)
            return false;
        Frame &frame = frames.last();
        frame.inValue = true;
        return ++frame.items > maxItems;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        case '"': {
            if (beginValue())
                return OverlongList {pathOf(frames)};
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            if (!frames.isEmpty() && !frames.last().array && frames.last().expectKey) {
                const qsizetype length = std::min(i, json.size()) - start;
                frames.last().key
                    = json.sliced(start, std::min(length, kMaxKeyInPath)).toByteArray();
                frames.last().expectKey = false;
            }
            break;
        }
        case '[':
        case '{':
            if (beginValue())
                return OverlongList {pathOf(frames)};
            frames.append(Frame {c == '[', 0, false, true, {}});
            break;
        case ']':
        case '}':
            if (!frames.isEmpty())
                frames.removeLast();
            break;
        case ',':
            if (!frames.isEmpty()) {
                frames.last().inValue = false;
                frames.last().expectKey = true;
            }
            break;
        case ':':
            break;
        default:
            // A number, true, false or null: one value, however many characters it has.
            if (beginValue())
                return OverlongList {pathOf(frames)};
            break;
        }
    }
    return std::nullopt;
}

} // namespace pac::server
