#include "server/VisibilityFilter.h"

#include "server/SqliteStatement.h"

#include <QSqlQuery>

namespace pac::server::visibility {

QString candidateCondition()
{
    return QStringLiteral(
        "(:vis_all = 1 OR c.agent_id = :vis_viewer"
        " OR a.master_agent_id = :vis_viewer OR c.master_agent_id = :vis_viewer)");
}

void bindCandidates(QSqlQuery &query, const Viewer &viewer)
{
    query.bindValue(QStringLiteral(":vis_all"), viewer.role == Role::Support ? 1 : 0);
    query.bindValue(QStringLiteral(":vis_viewer"), viewer.userId);
}

void bindCandidates(SqliteStatement &statement, const Viewer &viewer)
{
    statement.bindInt(statement.parameterIndex(":vis_all"), viewer.role == Role::Support ? 1 : 0);
    statement.bindInt(statement.parameterIndex(":vis_viewer"), viewer.userId);
}

} // namespace pac::server::visibility
