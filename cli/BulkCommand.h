#pragma once

#include "cli/Command.h"
#include "portal/BulkChange.h"
#include "portal/BulkRules.h"
#include "storage/BulkBatchStore.h"

#include <optional>

namespace pac {
class BulkChangeService;
}

namespace pac::cli {

class SyncRunner;

// `agentctl bulk …` (billing rule 9, API.md): one change for many customers, by the rules of
// a single edit per customer (BulkRules), previewed, saved all-or-nothing under a batch id
// and sent with the normal push; or a file of changes (--from FILE.csv, refused whole with
// every bad line named); or `bulk undo BATCH`.
//   bulk invoice-emails (--add ADDR | --remove ADDR | --replace OLD NEW) SELECTION
//   bulk terms net15|due_on_receipt SELECTION
//   bulk ach-enable SELECTION --reason TEXT                 (support)
//   bulk --from FILE.csv
//   bulk undo BATCH
// SELECTION: --view NAME and/or --filter TEXT (the rows `agentctl customers` lists), or
// --ids 1,2,3. Every run: --dry-run (print the preview, save nothing), --format
// table|json|csv. Exit: 0 all sent (or nothing to do), 2 bad usage or a refused file, 3 a
// customer in conflict, 4 not allowed, 75 some changes wait in the outbox (portal out of
// reach), 2 some refused by the portal.
class BulkCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::BulkCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    // The change of the command line (not --from, not undo), or nullopt (finished).
    std::optional<BulkChange> changeOf(CommandContext &context);
    // The customers of --view/--filter or --ids, or nullopt (finished).
    std::optional<QList<qint64>> selection(CommandContext &context);
    std::optional<QList<BulkItem>> items(CommandContext &context, BulkChangeService &service);
    void execute(CommandContext &context);
    void afterPush(CommandContext &context, qint64 batchId);

    CommandArguments m_arguments {synopsis(), summary()};
    std::optional<BulkChange> m_change;
    QString m_action; // for the batch list
    std::optional<qint64> m_undoOf;
    QString m_format;
    SyncRunner *m_runner = nullptr;
    BulkChangeService *m_service = nullptr;
};

// The preview or results of a bulk run as agentctl prints them (BulkOutput.cpp).
namespace bulkoutput {
// "Batch ID: 12" (or that nothing was saved), one line per customer, the totals; or the JSON
// object {"batch_id", "results": [{"customer_id", "result", "reason"}]}; or CSV with the
// columns batch_id,customer_id,result,reason.
void print(CommandContext &context, const QString &format, std::optional<qint64> batchId,
           bool dryRun, const BulkPreview &preview);
// "Sent 37, conflict 1, refused 0, waiting 0" and a line per customer in conflict or refused.
void printResults(CommandContext &context, const QString &format, const BulkBatch &batch,
                  const QList<BulkBatchItem> &items);
} // namespace bulkoutput

} // namespace pac::cli
