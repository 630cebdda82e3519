#include "server/CustomerEndpoints.h"

#include "models/CustomerJson.h"
#include "models/CustomerJsonWriter.h"
#include "server/ApiSupport.h"
#include "server/Cursor.h"
#include "server/PortalServices.h"
#include "server/Problem.h"

namespace pac::server {

namespace {

constexpr int kMaxSearchLength = 200;
constexpr qsizetype kEncodedCustomerBytes = 1200; // a typical customer's JSON, to reserve once

HttpResponse badCursor()
{
    return problem::badRequest(QStringLiteral("The cursor is not one of this listing."),
                               {{QStringLiteral("cursor"), errorcode::InvalidFormat,
                                 QStringLiteral("Start again without a cursor.")}});
}

QJsonValue cursorOrNull(const std::optional<CursorPosition> &position, const QString &scope)
{
    return position ? QJsonValue(cursor::encode(*position, scope)) : QJsonValue(QJsonValue::Null);
}

} // namespace

CustomerEndpoints::CustomerEndpoints(PortalServices &services)
    : m_services(services)
{ }

void CustomerEndpoints::addRoutes(Router &router)
{
    const auto signedIn = Router::Access::SignedIn;
    router.add("GET", QStringLiteral("/customers"), signedIn,
               [this](const RequestContext &c) { return list(c); });
    router.add("GET", QStringLiteral("/customers/{id}"), signedIn,
               [this](const RequestContext &c) { return get(c); });
    router.add("GET", QStringLiteral("/customers/{id}/history"), signedIn,
               [this](const RequestContext &c) { return history(c); });
}

HttpResponse CustomerEndpoints::list(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    if (auto error
        = api::rejectUnknownParameters(request,
                                       {QLatin1String("limit"), QLatin1String("cursor"),
                                        QLatin1String("updated_since"), QLatin1String("q")})) {
        return *error;
    }
    HttpResponse error;
    CustomerRepository::ListQuery query;
    query.viewer = context.actor.viewer();
    const auto limit = api::limitParameter(request, &error);
    if (!limit)
        return error;
    query.limit = *limit;

    const QString since = request.queryValue(QStringLiteral("updated_since"));
    if (request.hasQueryItem(QStringLiteral("updated_since"))) {
        const QDateTime time = fromRfc3339(since);
        if (!time.isValid()) {
            return problem::badRequest(
                QStringLiteral("updated_since must be an RFC 3339 time."),
                {{QStringLiteral("updated_since"), errorcode::InvalidFormat,
                  QStringLiteral("“%1” is not an RFC 3339 time.").arg(since)}});
        }
        query.updatedSince = time;
    }
    query.search = request.queryValue(QStringLiteral("q")).trimmed();
    if (query.search.size() > kMaxSearchLength) {
        return problem::badRequest(
            QStringLiteral("q may have at most %1 characters.").arg(kMaxSearchLength),
            {{QStringLiteral("q"), errorcode::TooLong,
              QStringLiteral("The search text is too long.")}});
    }

    // A cursor belongs to one user's listing with these filters.
    const QString scope
        = QStringLiteral("customers|%1|%2|%3")
              .arg(context.actor.id)
              .arg(query.updatedSince ? toRfc3339(*query.updatedSince) : QString(), query.search);
    if (request.hasQueryItem(QStringLiteral("cursor"))) {
        query.after = cursor::decode(request.queryValue(QStringLiteral("cursor")), scope);
        if (!query.after || (query.updatedSince && query.after->updatedAt.isEmpty()))
            return badCursor();
    }

    // Taken before the query: every change after this instant has a later updated_at, so a
    // delta from server_time misses nothing (and may repeat what this page already has).
    const QDateTime serverTime = m_services.clock().now();
    const auto page = m_services.customers().list(query);
    // {items, next_cursor, server_time}, written into one buffer (models/CustomerJsonWriter.h).
    QByteArray body;
    body.reserve(128 + page.items.size() * kEncodedCustomerBytes);
    body += "{\"items\":[";
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        if (i > 0)
            body += ',';
        appendCustomerJson(body, page.items.at(i));
    }
    body += "],\"next_cursor\":";
    if (page.next)
        appendJsonString(body, cursor::encode(*page.next, scope));
    else
        body += "null";
    body += ",\"server_time\":";
    appendJsonString(body, toRfc3339(serverTime));
    body += '}';
    HttpResponse response;
    response.body = std::move(body);
    return response;
}

HttpResponse CustomerEndpoints::get(const RequestContext &context)
{
    HttpResponse error;
    const auto record
        = m_services.customerFor(context.actor, context.ids.at(0), Action::ViewCustomer, &error);
    if (!record)
        return error;
    const QByteArray etag = record->customer.etag();
    if (api::ifNoneMatchHits(context.request, etag))
        return api::notModified(etag);
    return api::resource(HttpStatus::Ok, customerJsonBytes(record->customer), etag);
}

HttpResponse CustomerEndpoints::history(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    if (auto error = api::rejectUnknownParameters(
            request, {QLatin1String("limit"), QLatin1String("cursor")})) {
        return *error;
    }
    HttpResponse error;
    const qint64 id = context.ids.at(0);
    if (!m_services.customerFor(context.actor, id, Action::ViewHistory, &error))
        return error;
    const auto limit = api::limitParameter(request, &error);
    if (!limit)
        return error;
    const QString scope = QStringLiteral("history|%1").arg(id);
    std::optional<qint64> before;
    if (request.hasQueryItem(QStringLiteral("cursor"))) {
        const auto position = cursor::decode(request.queryValue(QStringLiteral("cursor")), scope);
        if (!position)
            return badCursor();
        before = position->id;
    }
    const auto page = m_services.audit().list(id, before, *limit);
    std::optional<CursorPosition> next;
    if (page.lastId)
        next = CursorPosition {*page.lastId, {}};
    return HttpResponse::json(HttpStatus::Ok,
                              {{QStringLiteral("items"), page.items},
                               {QStringLiteral("next_cursor"), cursorOrNull(next, scope)}});
}

} // namespace pac::server
