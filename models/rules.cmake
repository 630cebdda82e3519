# target_sources(pac_models PRIVATE ...) of the billing rules
