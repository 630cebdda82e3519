<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>pac::AchBankDetails</name>
    <message numerus="yes">
        <location filename="../models/AchBankDetails.cpp" line="+68"/>
        <source>“%1” is not a routing number: a routing number has %n digit(s).</source>
        <translation>
            <numerusform>“%1” is not a routing number: a routing number has %n digit.</numerusform>
            <numerusform>“%1” is not a routing number: a routing number has %n digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::AchEligibility</name>
    <message numerus="yes">
        <location filename="../models/AchEligibility.cpp" line="+151"/>
        <source>Last payment issue on %1: %n day(s) without one.</source>
        <translation>
            <numerusform>Last payment issue on %1: %n day without one.</numerusform>
            <numerusform>Last payment issue on %1: %n days without one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No payment issue since joining on %1 (the one on %2 was before): %n day(s).</source>
        <translation>
            <numerusform>No payment issue since joining on %1 (the one on %2 was before): %n day.</numerusform>
            <numerusform>No payment issue since joining on %1 (the one on %2 was before): %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No payment issue since joining on %1: %n day(s).</source>
        <translation>
            <numerusform>No payment issue since joining on %1: %n day.</numerusform>
            <numerusform>No payment issue since joining on %1: %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%1 — it must be paid first; eligible %n day(s) after it is paid.</source>
        <comment>the payment issue, then what it means</comment>
        <translation>
            <numerusform>%1 — it must be paid first; eligible %n day after it is paid.</numerusform>
            <numerusform>%1 — it must be paid first; eligible %n days after it is paid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 — %n day(s) ago. More than %2 days: met.</source>
        <comment>the payment issue, then what it means</comment>
        <translation>
            <numerusform>%1 — %n day ago. More than %2 days: met.</numerusform>
            <numerusform>%1 — %n days ago. More than %2 days: met.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Not eligible for ACH: a customer for %n day(s) or less; eligible from %1.</source>
        <translation>
            <numerusform>Not eligible for ACH: a customer for %n day or less; eligible from %1.</numerusform>
            <numerusform>Not eligible for ACH: a customer for %n days or less; eligible from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Not eligible for ACH: a payment issue in the last %n day(s); eligible from %1.</source>
        <translation>
            <numerusform>Not eligible for ACH: a payment issue in the last %n day; eligible from %1.</numerusform>
            <numerusform>Not eligible for ACH: a payment issue in the last %n days; eligible from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1: no payment issue for more than %n day(s).</source>
        <translation>
            <numerusform>%1: no payment issue for more than %n day.</numerusform>
            <numerusform>%1: no payment issue for more than %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::BulkBatchTableModel</name>
    <message numerus="yes">
        <location filename="../presentation/BulkBatchTableModel.cpp" line="+41"/>
        <source>, %n discarded</source>
        <translation>
            <numerusform>, %n discarded</numerusform>
            <numerusform>, %n discarded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::BulkChangeDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulk/BulkChangeDialog.cpp" line="+34"/>
        <source>All %n customer(s) of the current &amp;view and filter</source>
        <translation>
            <numerusform>The %n customer of the current &amp;view and filter</numerusform>
            <numerusform>All %n customers of the current &amp;view and filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>Undo bulk change %1 — %n customer(s)</source>
        <translation>
            <numerusform>Undo bulk change %1 — %n customer</numerusform>
            <numerusform>Undo bulk change %1 — %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Bulk change — %n customer(s)</source>
        <translation>
            <numerusform>Bulk change — %n customer</numerusform>
            <numerusform>Bulk change — %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Checking %n customer(s)…</source>
        <translation>
            <numerusform>Checking %n customer…</numerusform>
            <numerusform>Checking %n customers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::CreditApplication</name>
    <message numerus="yes">
        <location filename="../models/CreditApplicationValidation.cpp" line="+268"/>
        <source>At least %n trade reference(s) are needed; there are %1.</source>
        <translation>
            <numerusform>At least %n trade reference is needed; there are %1.</numerusform>
            <numerusform>At least %n trade references are needed; there are %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::CreditApplicationsWindow</name>
    <message numerus="yes">
        <location filename="../ui/credit/CreditApplicationsWindow.cpp" line="+116"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::CreditDecisionFacts</name>
    <message numerus="yes">
        <location filename="../ui/credit/CreditDecisionFacts.cpp" line="+25"/>
        <source>%n day(s) (since %1)</source>
        <translation>
            <numerusform>%n day (since %1)</numerusform>
            <numerusform>%n days (since %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::CreditDecisionQueueModel</name>
    <message numerus="yes">
        <location filename="../ui/credit/CreditDecisionQueueModel.cpp" line="+125"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::CustomerTablePanel</name>
    <message numerus="yes">
        <location filename="../ui/customers/CustomerTablePanel.cpp" line="+98"/>
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 of %n customer</numerusform>
            <numerusform>%1 of %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::DetailPanel</name>
    <message numerus="yes">
        <location filename="../ui/DetailPanel.cpp" line="+135"/>
        <source>%n edit(s) not sent yet</source>
        <translation>
            <numerusform>%n edit not sent yet</numerusform>
            <numerusform>%n edits not sent yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::HistoryTab</name>
    <message numerus="yes">
        <location filename="../ui/history/HistoryTab.cpp" line="+97"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n change, newest first.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::InvoiceEmailList</name>
    <message numerus="yes">
        <location filename="../models/InvoiceEmailList.cpp" line="+241"/>
        <source>“%1” cannot be added: at most %n addresses are allowed.</source>
        <translation>
            <numerusform>“%1” cannot be added: at most %n address is allowed.</numerusform>
            <numerusform>“%1” cannot be added: at most %n addresses are allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::InvoicePdfWindow</name>
    <message numerus="yes">
        <location filename="../ui/invoices/InvoicePdfWindow.cpp" line="+80"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::InvoicesTab</name>
    <message numerus="yes">
        <location filename="../ui/invoices/InvoicesTab.cpp" line="+152"/>
        <source>%n invoice(s), newest first.</source>
        <translation>
            <numerusform>%n invoice, newest first.</numerusform>
            <numerusform>%n invoices, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 %n past due.</source>
        <translation>
            <numerusform>%1 %n past due.</numerusform>
            <numerusform>%1 %n past due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+117"/>
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n customer exported to %1.</numerusform>
            <numerusform>%n customers exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+247"/>
        <source>Synced in %1 s: %n customer(s) updated.</source>
        <translation>
            <numerusform>Synced in %1 s: %n customer updated.</numerusform>
            <numerusform>Synced in %1 s: %n customers updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::MetaStore</name>
    <message numerus="yes">
        <location filename="../storage/MetaStore.cpp" line="+95"/>
        <source>This profile holds %n unsent edit(s) made by %1 on %2. Send or drop them before signing in as another user or to another portal.</source>
        <translation>
            <numerusform>This profile holds %n unsent edit made by %1 on %2. Send or drop it before signing in as another user or to another portal.</numerusform>
            <numerusform>This profile holds %n unsent edits made by %1 on %2. Send or drop them before signing in as another user or to another portal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::NetFifteenWhatIf</name>
    <message numerus="yes">
        <location filename="../models/NetFifteenWhatIf.cpp" line="+100"/>
        <source>Average monthly invoice over the last %n month(s) (%1 – %2): %3.</source>
        <translation>
            <numerusform>Average monthly invoice over the last %n month (%1 – %2): %3.</numerusform>
            <numerusform>Average monthly invoice over the last %n months (%1 – %2): %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::PaymentBehaviour</name>
    <message numerus="yes">
        <location filename="../models/PaymentBehaviour.cpp" line="+65"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paid late</source>
        <translation>
            <numerusform>%n paid late</numerusform>
            <numerusform>%n paid late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n past due</source>
        <translation>
            <numerusform>%n past due</numerusform>
            <numerusform>%n past due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed payment(s)</source>
        <translation>
            <numerusform>%n failed payment</numerusform>
            <numerusform>%n failed payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>None of %n</source>
        <translation>
            <numerusform>None of %n</numerusform>
            <numerusform>None of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n still past due)</source>
        <translation>
            <numerusform>(%n still past due)</numerusform>
            <numerusform>(%n still past due)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::PaymentMethodText</name>
    <message numerus="yes">
        <location filename="../presentation/PaymentMethodText.cpp" line="+23"/>
        <source>Pending verification: %n tries left</source>
        <translation>
            <numerusform>Pending verification: %n try left</numerusform>
            <numerusform>Pending verification: %n tries left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../ui/SyncStatusBar.cpp" line="+77"/>
        <source>%n edit(s) need you</source>
        <translation>
            <numerusform>%n edit needs you</numerusform>
            <numerusform>%n edits need you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n edit(s) not sent</source>
        <translation>
            <numerusform>%n edit not sent</numerusform>
            <numerusform>%n edits not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::VerifyDepositsDialog</name>
    <message numerus="yes">
        <location filename="../ui/ach/VerifyDepositsDialog.cpp" line="+46"/>
        <location line="+84"/>
        <source>%n tries left.</source>
        <translation>
            <numerusform>%n try left.</numerusform>
            <numerusform>%n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::ViewListModel</name>
    <message numerus="yes">
        <location filename="../presentation/ViewListModel.cpp" line="+46"/>
        <source>%1: %n customer(s) owing %2 on invoices past their due date</source>
        <translation>
            <numerusform>%1: %n customer owing %2 on invoices past their due date</numerusform>
            <numerusform>%1: %n customers owing %2 on invoices past their due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n customer(s)</source>
        <translation>
            <numerusform>%1: %n customer</numerusform>
            <numerusform>%1: %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s), %1 past due</source>
        <translation>
            <numerusform>%n customer, %1 past due</numerusform>
            <numerusform>%n customers, %1 past due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::BulkCommand</name>
    <message numerus="yes">
        <location filename="../cli/BulkCommand.cpp" line="+251"/>
        <source>%1 is refused (%n bad line(s)); nothing was queued.</source>
        <translation>
            <numerusform>%1 is refused (%n bad line); nothing was queued.</numerusform>
            <numerusform>%1 is refused (%n bad lines); nothing was queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::CreditAppListCommand</name>
    <message numerus="yes">
        <location filename="../cli/CreditAppReports.cpp" line="+198"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::CustomersCommand</name>
    <message numerus="yes">
        <location filename="../cli/CustomerCommands.cpp" line="+45"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invoice resend(s) pending</source>
        <translation>
            <numerusform>%n invoice resend pending</numerusform>
            <numerusform>%n invoice resends pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+153"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::HistoryCommand</name>
    <message numerus="yes">
        <location filename="../cli/HistoryCommand.cpp" line="+150"/>
        <source>%n history entry(ies)</source>
        <translation>
            <numerusform>%n history entry</numerusform>
            <numerusform>%n history entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::InvoiceListCommand</name>
    <message numerus="yes">
        <location filename="../cli/InvoiceCommands.cpp" line="+193"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::OutboxCommand</name>
    <message numerus="yes">
        <location filename="../cli/OutboxCommands.cpp" line="+105"/>
        <source>%n edit(s) in the outbox</source>
        <translation>
            <numerusform>%n edit in the outbox</numerusform>
            <numerusform>%n edits in the outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::SyncCommand</name>
    <message numerus="yes">
        <location filename="../cli/SyncCommands.cpp" line="+14"/>
        <source>%n edit(s) sent: %1 applied, %2 conflicts, %3 refused, %4 waiting</source>
        <translation>
            <numerusform>%n edit sent: %1 applied, %2 conflicts, %3 refused, %4 waiting</numerusform>
            <numerusform>%n edits sent: %1 applied, %2 conflicts, %3 refused, %4 waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n credit application(s)</source>
        <translation>
            <numerusform>%n credit application</numerusform>
            <numerusform>%n credit applications</numerusform>
        </translation>
    </message>
</context>
</TS>
