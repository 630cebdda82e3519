# Credit applications in the console: the wizard and its draft autosave, the customer's
# Credit tab, the decision queue, PDFs, and the feature that composes them into the window.
target_sources(pac_ui PRIVATE
    credit/CreditApplicationForm.cpp credit/CreditApplicationForm.h
    credit/CreditDraftAutosave.cpp credit/CreditDraftAutosave.h
    credit/CreditWizardPage.cpp credit/CreditWizardPage.h
    credit/CreditWizardPages.cpp credit/CreditWizardPages.h
    credit/TradeReferenceTableModel.cpp credit/TradeReferenceTableModel.h
    credit/TradeReferencesPage.cpp credit/TradeReferencesPage.h
    credit/ReviewSignPage.cpp credit/ReviewSignPage.h
    credit/CreditWizard.cpp credit/CreditWizard.h
    credit/CreditPdfExporter.cpp credit/CreditPdfExporter.h
    credit/CreditDecisionFacts.cpp credit/CreditDecisionFacts.h
    credit/CreditApplicationItems.cpp credit/CreditApplicationItems.h
    credit/CreditApplicationListModel.cpp credit/CreditApplicationListModel.h
    credit/CreditDecisionQueueModel.cpp credit/CreditDecisionQueueModel.h
    credit/CreditDecisionPanel.cpp credit/CreditDecisionPanel.h
    credit/CustomerCreditTab.cpp credit/CustomerCreditTab.h
    credit/CreditApplicationsWindow.cpp credit/CreditApplicationsWindow.h
    credit/CreditFeature.cpp credit/CreditFeature.h)
# The PDF is written on a worker thread (QtConcurrent::run).
target_link_libraries(pac_ui PRIVATE Qt6::Concurrent)
