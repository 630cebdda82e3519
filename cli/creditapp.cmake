# agentctl credit-app new|list|decide|pdf (paths relative to cli/).
target_sources(pac_cli PRIVATE
    CreditAppFile.cpp CreditAppFile.h
    CreditAppCommand.cpp CreditAppCommand.h
    CreditAppReports.cpp)
target_compile_definitions(pac_cli PRIVATE PAC_CLI_HAS_CREDIT_APP)
