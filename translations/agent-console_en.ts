<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>pac::AchBankDetails</name>
    <message numerus="yes">
        <location filename="../models/AchBankDetails.cpp" line="+68"/>
        <source>“%1” is not a routing number: a routing number has %n digit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::AchChecklistWidget</name>
    <message numerus="yes">
        <location filename="../ui/AchChecklistWidget.cpp" line="+123"/>
        <source>Last payment issue on %1: %n day(s) without one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No payment issue since joining on %1: %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::AchEligibility</name>
    <message numerus="yes">
        <location filename="../models/AchEligibility.cpp" line="+110"/>
        <source>Not eligible for ACH: a customer for %n day(s) or less; eligible from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not eligible for ACH: a payment issue in the last %n day(s); eligible from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1: no payment issue for more than %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::CreditApplication</name>
    <message numerus="yes">
        <location filename="../models/CreditApplicationValidation.cpp" line="+268"/>
        <source>At least %n trade reference(s) are needed; there are %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::CreditApplicationsWindow</name>
    <message numerus="yes">
        <location filename="../ui/credit/CreditApplicationsWindow.cpp" line="+111"/>
        <source>%n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::CreditDecisionFacts</name>
    <message numerus="yes">
        <location filename="../ui/credit/CreditDecisionFacts.cpp" line="+25"/>
        <source>%n day(s) (since %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::CreditDecisionQueueModel</name>
    <message numerus="yes">
        <location filename="../ui/credit/CreditDecisionQueueModel.cpp" line="+95"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::CustomerTablePanel</name>
    <message numerus="yes">
        <location filename="../ui/CustomerTablePanel.cpp" line="+89"/>
        <source>%1 of %n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::DetailPanel</name>
    <message numerus="yes">
        <location filename="../ui/DetailPanel.cpp" line="+134"/>
        <source>%n edit(s) not sent yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::HistoryTab</name>
    <message numerus="yes">
        <location filename="../ui/HistoryTab.cpp" line="+97"/>
        <source>%n change(s), newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::InvoiceEmailList</name>
    <message numerus="yes">
        <location filename="../models/InvoiceEmailList.cpp" line="+223"/>
        <source>“%1” cannot be added: at most %n addresses are allowed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+115"/>
        <source>%n customer(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+246"/>
        <source>Synced in %1 s: %n customer(s) updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::MetaStore</name>
    <message numerus="yes">
        <location filename="../storage/MetaStore.cpp" line="+95"/>
        <source>This profile holds %n unsent edit(s) made by %1 on %2. Send or drop them before signing in as another user or to another portal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../ui/SyncStatusBar.cpp" line="+76"/>
        <source>%n edit(s) need you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n edit(s) not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::ViewListModel</name>
    <message numerus="yes">
        <location filename="../ui/ViewListModel.cpp" line="+39"/>
        <source>%1: %n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::CreditAppListCommand</name>
    <message numerus="yes">
        <location filename="../cli/CreditAppReports.cpp" line="+194"/>
        <source>%n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::CustomersCommand</name>
    <message numerus="yes">
        <location filename="../cli/CustomerCommands.cpp" line="+51"/>
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::HistoryCommand</name>
    <message numerus="yes">
        <location filename="../cli/HistoryCommand.cpp" line="+150"/>
        <source>%n history entry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::OutboxCommand</name>
    <message numerus="yes">
        <location filename="../cli/OutboxCommands.cpp" line="+105"/>
        <source>%n edit(s) in the outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pac::cli::SyncCommand</name>
    <message numerus="yes">
        <location filename="../cli/SyncCommands.cpp" line="+14"/>
        <source>%n edit(s) sent: %1 applied, %2 conflicts, %3 refused, %4 waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n credit application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
