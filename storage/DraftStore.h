#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pac {

class CacheConnection;

// A credit application being filled in (billing rule 3: "draft (local, resumable)"). The
// content is the form as JSON, complete or not; it is validated only when submitted.
struct CreditApplicationDraft
{
    QString id; // a UUID made when the draft is created
    qint64 customerId = 0;
    QJsonObject content;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

// Credit application drafts. Every save commits synchronously with synchronous=FULL, so an
// autosave survives a crash or a power cut once the call returns.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::DraftStore)

public:
    explicit DraftStore(CacheConnection &connection);

    StorageResult<CreditApplicationDraft> create(qint64 customerId, const QJsonObject &content);
    // Replaces the content of an existing draft (autosave) and bumps updatedAt.
    StorageResult<CreditApplicationDraft> save(const QString &id, const QJsonObject &content);
    StorageResult<std::optional<CreditApplicationDraft>> find(const QString &id) const;
    // Most recently updated first.
    StorageResult<QList<CreditApplicationDraft>> listFor(qint64 customerId) const;
    StorageResult<QList<CreditApplicationDraft>> list() const;
    StorageStatus remove(const QString &id);

private:
    CacheConnection &m_connection;
};

} // namespace pac
