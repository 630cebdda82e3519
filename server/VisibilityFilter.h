#pragma once

#include "models/Permissions.h"

#include <QString>

class QSqlQuery;

namespace pac::server {

class SqliteStatement;

// The SQL side of visibility for listings: a WHERE condition over `customers c JOIN users a
// ON a.id = c.agent_id` that keeps the rows in whose ownership the viewer appears (for
// support, every row), so an index narrows the scan. It is only a pre-filter: every row it
// keeps still goes through Permissions::canSee, the rule itself.
namespace visibility {

QString candidateCondition(); // uses the placeholders :vis_all and :vis_viewer
// Binds them on a statement of either API.
void bindCandidates(QSqlQuery &query, const Viewer &viewer);
void bindCandidates(SqliteStatement &statement, const Viewer &viewer);

} // namespace visibility
} // namespace pac::server
