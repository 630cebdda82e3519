#pragma once

#include "cli/Command.h"

#include <QJsonArray>

namespace pac::cli {

// `agentctl history ID [--format table|json]`: the audit entries of a customer (when, who,
// what, before, after), newest first, fetched from the portal and kept in the cache; with the
// portal out of reach, the copy last fetched.
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::HistoryCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void fetch(CommandContext &context, const QString &cursor, bool mayRetry);
    void print(CommandContext &context, const QJsonArray &entries);

    CommandArguments m_arguments {synopsis(), summary()};
    qint64 m_customerId = 0;
    QJsonArray m_entries;
    int m_pages = 0;
};

} // namespace pac::cli
