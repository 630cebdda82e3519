#pragma once

#include "models/CreditApplication.h"
#include "models/Permissions.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace pac::server {

class Store;

// Credit applications, each stored as its JSON (models/CreditApplicationJson.h) beside the
// columns lists filter on; id, customer, status and version come from those columns.
class CreditApplicationStore
{
public:
    explicit CreditApplicationStore(Store &store);

    struct Row
    {
        CreditApplication application;
        CustomerOwnership ownership; // of the customer it belongs to (visibility)
    };
    std::optional<Row> find(qint64 id);

    // Stores a new application with version 1; sets its id and version.
    bool insert(CreditApplication &application, const QDateTime &at);
    // Stores the application's new state with version + 1; sets its version.
    bool update(CreditApplication &application, const QDateTime &at);

    struct ListQuery
    {
        Viewer viewer;
        std::optional<CreditApplicationStatus> status;
        int limit = 100;
        std::optional<qint64> afterId;
    };
    struct ListPage
    {
        QJsonArray items;
        std::optional<qint64> lastId; // set when more rows remain
    };
    ListPage list(const ListQuery &query);

private:
    Store &m_store;
};

} // namespace pac::server
