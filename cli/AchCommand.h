#pragma once

#include "cli/Command.h"

namespace pac::cli {

class EditDelivery;
class SyncRunner;

// `agentctl ach ID` explains a customer's ACH eligibility (billing rule 4);
// `ach ID --enable --reason TEXT` enables it manually (support); `ach ID --add-method
// --routing N --account N --holder NAME --type checking|savings` adds a bank account —
// online only: the account number is never saved, and only its last 4 digits are printed.
class AchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::AchCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    void explain(CommandContext &context);
    void enable(CommandContext &context);
    void addMethod(CommandContext &context);

    CommandArguments m_arguments {synopsis(), summary()};
    qint64 m_customerId = 0;
    SyncRunner *m_runner = nullptr;
    EditDelivery *m_delivery = nullptr;
};

} // namespace pac::cli
