# target_sources(pac_cli PRIVATE ...) of 'agentctl credit-app'
