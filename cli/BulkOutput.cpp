// How `agentctl bulk` prints a preview and the results of sending a batch.
#include "cli/BulkCommand.h"
#include "cli/CommandContext.h"
#include "portal/BulkCsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pac::cli::bulkoutput {

namespace {

QString resultWord(BulkPreviewRow::Outcome outcome)
{
    switch (outcome) {
    case BulkPreviewRow::Outcome::Change:
        return QStringLiteral("changed");
    case BulkPreviewRow::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case BulkPreviewRow::Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

// A reason as one clause: "skipped: Only support staff can enable ACH manually".
QString clause(QString reason)
{
    reason = reason.simplified();
    if (reason.endsWith(u'.'))
        reason.chop(1);
    return reason;
}

QString stateWord(BulkItemState state)
{
    switch (state) {
    case BulkItemState::Sent:
        return BulkCommand::tr("sent");
    case BulkItemState::Waiting:
        return BulkCommand::tr("waiting");
    case BulkItemState::Conflict:
        return BulkCommand::tr("conflict");
    case BulkItemState::Refused:
        return BulkCommand::tr("refused");
    case BulkItemState::Discarded:
        return BulkCommand::tr("discarded");
    }
    return {};
}

} // namespace

void print(CommandContext &context, const QString &format, std::optional<qint64> batchId,
           bool dryRun, const BulkPreview &preview)
{
    QTextStream &out = context.out();
    if (format == QLatin1String("json")) {
        QJsonArray results;
        for (const BulkPreviewRow &row : preview.rows) {
            results.append(QJsonObject {
                {QStringLiteral("customer_id"), row.customerId},
                {QStringLiteral("result"), resultWord(row.outcome)},
                {QStringLiteral("reason"),
                 row.outcome == BulkPreviewRow::Outcome::Skipped ? QJsonValue(clause(row.reason))
                                                                 : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("before"), row.before},
                {QStringLiteral("after"),
                 row.outcome == BulkPreviewRow::Outcome::Change ? QJsonValue(row.after)
                                                                : QJsonValue(QJsonValue::Null)},
            });
        }
        const QJsonObject object {
            {QStringLiteral("batch_id"), batchId ? QJsonValue(*batchId) : QJsonValue()},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("totals"),
             QJsonObject {{QStringLiteral("changed"), preview.totals.changed},
                          {QStringLiteral("unchanged"), preview.totals.unchanged},
                          {QStringLiteral("skipped"), preview.totals.skipped}}},
            {QStringLiteral("results"), results},
        };
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        out.flush();
        return;
    }
    if (format == QLatin1String("csv")) {
        // The batch id is a column: the file stays CSV from its first line.
        const QString batch = batchId ? QString::number(*batchId) : QString();
        out << BulkCsv::line({QStringLiteral("batch_id"), QStringLiteral("customer_id"),
                              QStringLiteral("result"), QStringLiteral("reason")})
            << "\r\n";
        for (const BulkPreviewRow &row : preview.rows) {
            out << BulkCsv::line(
                {batch, QString::number(row.customerId), resultWord(row.outcome),
                 row.outcome == BulkPreviewRow::Outcome::Skipped ? clause(row.reason) : QString()})
                << "\r\n";
        }
        out.flush();
        return;
    }
    if (batchId)
        out << BulkCommand::tr("Batch ID: %1").arg(*batchId) << Qt::endl;
    else if (dryRun)
        out << BulkCommand::tr("Batch ID: none (dry run: nothing was saved)") << Qt::endl;
    else
        out << BulkCommand::tr("Batch ID: none (nothing to change, nothing was saved)") << Qt::endl;
    for (const BulkPreviewRow &row : preview.rows) {
        out << row.customerId << ' ';
        switch (row.outcome) {
        case BulkPreviewRow::Outcome::Change:
            out << BulkCommand::tr("changed: %1 → %2").arg(row.before, row.after);
            break;
        case BulkPreviewRow::Outcome::Unchanged:
            out << BulkCommand::tr("unchanged");
            break;
        case BulkPreviewRow::Outcome::Skipped:
            out << BulkCommand::tr("skipped: %1").arg(clause(row.reason));
            break;
        }
        out << Qt::endl;
    }
    out << preview.totals.text(batchId.has_value()) << Qt::endl;
}

void printResults(CommandContext &context, const QString &format, const BulkBatch &batch,
                  const QList<BulkBatchItem> &items)
{
    // For json and csv stdout holds only the document: the results go to stderr.
    QTextStream &stream = format == QLatin1String("table") ? context.out() : context.err();
    const BulkResults &r = batch.results;
    stream << BulkCommand::tr("Batch %1: sent %2, conflict %3, refused %4, waiting %5")
                  .arg(batch.id)
                  .arg(r.sent)
                  .arg(r.conflict)
                  .arg(r.refused)
                  .arg(r.waiting)
           << Qt::endl;
    for (const BulkBatchItem &item : items) {
        if (item.state == BulkItemState::Sent)
            continue;
        context.err()
            << BulkCommand::tr("customer %1: %2").arg(item.customerId).arg(stateWord(item.state));
        if (item.state == BulkItemState::Conflict)
            context.err() << BulkCommand::tr(
                                 " (changed on the portal meanwhile: agentctl resolve %1)")
                                 .arg(item.customerId);
        context.err() << Qt::endl;
    }
}

} // namespace pac::cli::bulkoutput
