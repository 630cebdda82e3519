#pragma once

#include "server/HttpMessage.h"
#include "server/ServerOptions.h"

namespace pac::server {

// Reads HTTP/1.1 requests from a connection's bytes as they arrive, one at a time, and holds
// no more than the limits allow: the head up to maxHeaderBytes (431 past it, or past
// maxHeaderCount lines), a body announced longer than maxBodyBytes is refused (413) before
// any of it is read, and a chunked body is cut off the moment its chunks pass the limit.
// Bodies come with Content-Length or "Transfer-Encoding: chunked"; another coding → 501,
// both at once (a request smuggling trick) → 400.
class HttpRequestParser
{
public:
    explicit HttpRequestParser(const ConnectionLimits &limits);

    enum class State { Idle, Head, Body, Complete, Failed };
    State state() const { return m_state; }
    // Whether any byte of the current request has arrived (its timeout runs from then).
    bool hasStarted() const { return m_state != State::Idle; }

    // Takes bytes of `data` until the current request is complete or refused; returns how
    // many it took (the rest belong to the next request, or are not worth reading).
    qsizetype feed(QByteArrayView data);

    // When Complete: the request (path, query, headers in lower case, body); the parser
    // starts on the next one.
    HttpRequest takeRequest();
    // When Failed: the status to answer (400, 413, 431, 501, 505) and why.
    HttpStatus failure() const { return m_failure; }
    QString failureDetail() const { return m_failureDetail; }
    // The head is in, asks "Expect: 100-continue", and its body is wanted.
    bool wantsContinue() const { return m_wantsContinue; }
    void continueSent() { m_wantsContinue = false; }

private:
    enum class BodyMode { None, Length, Chunked };
    enum class ChunkState { Size, Data, DataEnd, Trailer };

    qsizetype feedHead(QByteArrayView data);
    qsizetype feedBody(QByteArrayView data);
    qsizetype feedChunked(QByteArrayView data);
    bool parseHead();
    void fail(HttpStatus status, const QString &detail);
    void reset();

    ConnectionLimits m_limits;
    State m_state = State::Idle;
    HttpStatus m_failure = HttpStatus::BadRequest;
    QString m_failureDetail;
    QByteArray m_head;
    HttpRequest m_request;
    BodyMode m_bodyMode = BodyMode::None;
    qint64 m_remaining = 0; // Length: body bytes still to come; Chunked: of this chunk
    ChunkState m_chunkState = ChunkState::Size;
    QByteArray m_line; // the chunk-size or trailer line being read
    int m_trailerBytes = 0;
    bool m_wantsContinue = false;
};

} // namespace pac::server
