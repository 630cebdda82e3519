# target_sources(pac_ui PRIVATE ...) of the credit application wizard, drafts list and decision queue
