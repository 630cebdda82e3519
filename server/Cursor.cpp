#include "server/Cursor.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace pac::server::cursor {

namespace {

constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString scopeTag(const QString &scope)
{
    const QByteArray digest = QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(6).toBase64(kBase64));
}

} // namespace

QString encode(const CursorPosition &position, const QString &scope)
{
    QJsonObject object {{QStringLiteral("i"), position.id}, {QStringLiteral("s"), scopeTag(scope)}};
    if (!position.updatedAt.isEmpty())
        object.insert(QStringLiteral("u"), position.updatedAt);
    if (!position.sortKey.isEmpty())
        object.insert(QStringLiteral("k"), position.sortKey);
    return QString::fromLatin1(
        QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64));
}

std::optional<CursorPosition> decode(const QString &text, const QString &scope)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    const QJsonObject object = document.object();
    const QJsonValue id = object.value(QStringLiteral("i"));
    if (!document.isObject() || !id.isDouble() || id.toInteger(-1) < 0
        || object.value(QStringLiteral("s")).toString() != scopeTag(scope)) {
        return std::nullopt;
    }
    CursorPosition position;
    position.id = id.toInteger();
    const QJsonValue updatedAt = object.value(QStringLiteral("u"));
    if (!updatedAt.isUndefined() && !updatedAt.isString())
        return std::nullopt;
    position.updatedAt = updatedAt.toString();
    const QJsonValue sortKey = object.value(QStringLiteral("k"));
    if (!sortKey.isUndefined() && !sortKey.isString())
        return std::nullopt;
    position.sortKey = sortKey.toString();
    return position;
}

} // namespace pac::server::cursor
