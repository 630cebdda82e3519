#include "server/HttpRequestParser.h"

#include <QUrl>

namespace pac::server {

namespace {

// A chunk-size line ("1a2b;ext=1") or a trailer line: longer ones are not requests.
constexpr qsizetype kMaxLineBytes = 1024;
// Enough digits for any Content-Length the limit could allow, and no overflow.
constexpr qsizetype kMaxLengthDigits = 18;

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

QByteArray withoutCr(QByteArrayView line)
{
    return (line.endsWith('\r') ? line.chopped(1) : line).toByteArray();
}

// The comma-separated tokens of a header such as Connection, lower case.
bool hasToken(const QByteArray &value, QByteArrayView token)
{
    for (const QByteArray &part : value.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpRequestParser::HttpRequestParser(const ConnectionLimits &limits)
    : m_limits(limits)
{ }

void HttpRequestParser::reset()
{
    m_state = State::Idle;
    m_head.clear();
    m_request = HttpRequest();
    m_bodyMode = BodyMode::None;
    m_remaining = 0;
    m_chunkState = ChunkState::Size;
    m_line.clear();
    m_trailerBytes = 0;
    m_wantsContinue = false;
}

void HttpRequestParser::fail(HttpStatus status, const QString &detail)
{
    m_state = State::Failed;
    m_failure = status;
    m_failureDetail = detail;
    m_head.clear();
    m_request.body.clear();
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    reset();
    return request;
}

qsizetype HttpRequestParser::feed(QByteArrayView data)
{
    qsizetype taken = 0;
    while (taken < data.size() && m_state != State::Complete && m_state != State::Failed) {
        const QByteArrayView rest = data.sliced(taken);
        taken += m_state == State::Body ? feedBody(rest) : feedHead(rest);
    }
    return taken;
}

qsizetype HttpRequestParser::feedHead(QByteArrayView data)
{
    qsizetype i = 0;
    if (m_state == State::Idle) {
        // Empty lines before a request line are to be ignored (RFC 9112 2.2).
        while (i < data.size() && (data.at(i) == '\r' || data.at(i) == '\n'))
            ++i;
        if (i == data.size())
            return i;
        m_state = State::Head;
    }
    // Never more than the limit (and the terminator) is held, however much was sent.
    const qsizetype room = m_limits.maxHeaderBytes + 4 - m_head.size();
    const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
    const qsizetype before = m_head.size();
    m_head.append(data.sliced(i, std::min(room, data.size() - i)));
    qsizetype end = -1;
    for (qsizetype p = searchFrom; p < m_head.size(); ++p) {
        if (m_head.at(p) != '\n')
            continue;
        if (p + 1 < m_head.size() && m_head.at(p + 1) == '\n') {
            end = p + 2;
            break;
        }
        if (p + 2 < m_head.size() && m_head.at(p + 1) == '\r' && m_head.at(p + 2) == '\n') {
            end = p + 3;
            break;
        }
    }
    if (end < 0) {
        if (m_head.size() > m_limits.maxHeaderBytes) {
            fail(HttpStatus::RequestHeaderFieldsTooLarge,
                 QStringLiteral("The request line and headers may have at most %1 bytes.")
                     .arg(m_limits.maxHeaderBytes));
        }
        return data.size() - i < room ? data.size() : i + room;
    }
    const qsizetype usedHere = end - before;
    m_head.truncate(end);
    if (end > m_limits.maxHeaderBytes + 4) {
        fail(HttpStatus::RequestHeaderFieldsTooLarge,
             QStringLiteral("The request line and headers may have at most %1 bytes.")
                 .arg(m_limits.maxHeaderBytes));
        return i + usedHere;
    }
    if (parseHead()) {
        m_state = (m_bodyMode == BodyMode::None) ? State::Complete : State::Body;
    }
    m_head.clear();
    return i + usedHere;
}

bool HttpRequestParser::parseHead()
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    const QByteArrayView head(m_head);
    while (start < head.size()) {
        const qsizetype nl = head.indexOf('\n', start);
        const qsizetype stop = nl < 0 ? head.size() : nl;
        QByteArrayView line = head.sliced(start, stop - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        lines.append(line);
        start = stop + 1;
    }
    if (lines.isEmpty()) {
        fail(HttpStatus::BadRequest, QStringLiteral("No request line."));
        return false;
    }
    if (lines.size() - 1 > m_limits.maxHeaderCount) {
        fail(HttpStatus::RequestHeaderFieldsTooLarge,
             QStringLiteral("A request may have at most %1 header lines.")
                 .arg(m_limits.maxHeaderCount));
        return false;
    }

    // The request line: METHOD SP target SP HTTP/1.x
    const QByteArrayView requestLine = lines.first();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace) {
        fail(HttpStatus::BadRequest, QStringLiteral("The request line is malformed."));
        return false;
    }
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(method) || target.isEmpty() || target.contains(' ')) {
        fail(HttpStatus::BadRequest, QStringLiteral("The request line is malformed."));
        return false;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(version.startsWith("HTTP/") ? HttpStatus::HttpVersionNotSupported
                                         : HttpStatus::BadRequest,
             QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are spoken here."));
        return false;
    }
    m_request.method = method.toByteArray();
    QByteArray origin = target.toByteArray();
    if (!origin.startsWith('/')) {
        // The absolute form (http://host/path?query) names the same resource.
        const QUrl url = QUrl::fromEncoded(origin, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http")) {
            fail(HttpStatus::BadRequest, QStringLiteral("The request target is malformed."));
            return false;
        }
        origin = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        if (!origin.startsWith('/'))
            origin.prepend('/');
    }
    const qsizetype question = origin.indexOf('?');
    m_request.path = QUrl::fromPercentEncoding(question < 0 ? origin : origin.left(question));
    if (question >= 0)
        m_request.query = QUrlQuery(QString::fromUtf8(origin.mid(question + 1)));

    // Header lines: name ":" OWS value OWS; no folding, no space before the colon.
    QByteArray contentLength;
    bool hasContentLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            fail(HttpStatus::BadRequest, QStringLiteral("A header line is malformed."));
            return false;
        }
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name == "content-length") {
            if (hasContentLength && value != contentLength) {
                fail(HttpStatus::BadRequest, QStringLiteral("Content-Length is given twice."));
                return false;
            }
            hasContentLength = true;
            contentLength = value;
        }
        m_request.headers.append({name, value});
    }

    const QByteArray connection = m_request.header("connection");
    m_request.keepAlive = version == "HTTP/1.1" ? !hasToken(connection, "close")
                                                : hasToken(connection, "keep-alive");

    if (m_request.hasHeader("transfer-encoding")) {
        if (hasContentLength) {
            fail(HttpStatus::BadRequest,
                 QStringLiteral("Content-Length and Transfer-Encoding cannot both be given."));
            return false;
        }
        if (m_request.header("transfer-encoding").toLower() != "chunked") {
            fail(HttpStatus::NotImplemented,
                 QStringLiteral("The only transfer coding understood is chunked."));
            return false;
        }
        m_bodyMode = BodyMode::Chunked;
    } else if (hasContentLength) {
        const bool digits = !contentLength.isEmpty() && contentLength.size() <= kMaxLengthDigits
            && std::all_of(contentLength.begin(), contentLength.end(),
                           [](char c) { return c >= '0' && c <= '9'; });
        if (!digits && contentLength.size() <= kMaxLengthDigits) {
            fail(HttpStatus::BadRequest, QStringLiteral("Content-Length is not a number."));
            return false;
        }
        const qint64 length = digits ? contentLength.toLongLong() : m_limits.maxBodyBytes + 1;
        if (length > m_limits.maxBodyBytes) {
            // Refused at once: no byte of such a body is waited for or read.
            fail(HttpStatus::PayloadTooLarge,
                 QStringLiteral("A request body may have at most %1 bytes.")
                     .arg(m_limits.maxBodyBytes));
            return false;
        }
        m_remaining = length;
        m_bodyMode = length > 0 ? BodyMode::Length : BodyMode::None;
        if (length > 0)
            m_request.body.reserve(length);
    }
    m_wantsContinue = m_bodyMode != BodyMode::None
        && m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    return true;
}

qsizetype HttpRequestParser::feedBody(QByteArrayView data)
{
    m_wantsContinue = false; // the client sent the body without waiting
    if (m_bodyMode == BodyMode::Chunked)
        return feedChunked(data);
    const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size()));
    m_request.body.append(data.first(take));
    m_remaining -= take;
    if (m_remaining == 0)
        m_state = State::Complete;
    return take;
}

qsizetype HttpRequestParser::feedChunked(QByteArrayView data)
{
    qsizetype i = 0;
    while (i < data.size() && m_state == State::Body) {
        if (m_chunkState == ChunkState::Data) {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size() - i));
            m_request.body.append(data.sliced(i, take));
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                m_chunkState = ChunkState::DataEnd;
            continue;
        }
        // A line: the chunk size, the CRLF after a chunk's data, or a trailer line.
        const qsizetype nl = data.indexOf('\n', i);
        const qsizetype stop = nl < 0 ? data.size() : nl;
        m_line.append(data.sliced(i, std::min<qsizetype>(stop - i, kMaxLineBytes + 1)));
        i = nl < 0 ? data.size() : nl + 1;
        if (m_line.size() > kMaxLineBytes) {
            fail(HttpStatus::BadRequest, QStringLiteral("A chunk line is too long."));
            return i;
        }
        if (nl < 0)
            return i; // the rest of the line comes later
        const QByteArray line = withoutCr(m_line);
        m_line.clear();
        switch (m_chunkState) {
        case ChunkState::Size: {
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray hex = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            bool ok = hex.size() <= 15 && !hex.isEmpty();
            const qint64 size = ok ? hex.toLongLong(&ok, 16) : 0;
            if (!ok || size < 0) {
                fail(HttpStatus::BadRequest, QStringLiteral("A chunk size is malformed."));
                return i;
            }
            if (size > m_limits.maxBodyBytes - m_request.body.size()) {
                // Cut off here: the chunks already read are dropped, the rest never read.
                fail(HttpStatus::PayloadTooLarge,
                     QStringLiteral("A request body may have at most %1 bytes.")
                         .arg(m_limits.maxBodyBytes));
                return i;
            }
            m_remaining = size;
            m_chunkState = size == 0 ? ChunkState::Trailer : ChunkState::Data;
            break;
        }
        case ChunkState::DataEnd:
            if (!line.isEmpty()) {
                fail(HttpStatus::BadRequest, QStringLiteral("A chunk is longer than announced."));
                return i;
            }
            m_chunkState = ChunkState::Size;
            break;
        case ChunkState::Trailer:
            m_trailerBytes += line.size() + 2;
            if (m_trailerBytes > m_limits.maxHeaderBytes) {
                fail(HttpStatus::RequestHeaderFieldsTooLarge,
                     QStringLiteral("The trailer fields are too large."));
                return i;
            }
            if (line.isEmpty())
                m_state = State::Complete; // trailer fields are read past, not kept
            break;
        case ChunkState::Data:
            break;
        }
    }
    return i;
}

} // namespace pac::server
