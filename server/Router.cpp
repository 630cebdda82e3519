#include "server/Router.h"

namespace pac::server {

namespace {

const QLatin1String kParameter("{id}");

bool matchSegments(const QStringList &pattern, const QStringList &path, QList<qint64> *ids)
{
    if (pattern.size() != path.size())
        return false;
    ids->clear();
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == kParameter) {
            bool ok = false;
            const qint64 id = path.at(i).toLongLong(&ok);
            // Digits only: "+7", " 7" and "07" are not the id 7.
            if (!ok || id <= 0 || path.at(i) != QString::number(id))
                return false;
            ids->append(id);
        } else if (pattern.at(i) != path.at(i)) {
            return false;
        }
    }
    return true;
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Access access, Handler handler,
                 AsyncHandler asyncHandler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), access,
                     std::move(handler), std::move(asyncHandler)});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    QList<qint64> ids;
    for (const Route &route : m_routes) {
        if (!matchSegments(route.segments, segments, &ids))
            continue;
        if (route.method == method) {
            result.route = &route;
            result.ids = ids;
            return result;
        }
        result.allowed += (result.allowed.isEmpty() ? "" : ", ") + route.method;
    }
    return result;
}

} // namespace pac::server
