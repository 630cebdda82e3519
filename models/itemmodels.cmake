# target_sources(pac_models PRIVATE ...) of the item models and their index
