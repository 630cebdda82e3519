# The billing rules (DESIGN.md "The billing rules"): value types and pure functions, QtCore only.
target_sources(pac_models PRIVATE
    FieldError.cpp FieldError.h
    Money.cpp Money.h
    InvoiceEmailList.cpp InvoiceEmailList.h
    PaymentTerms.cpp PaymentTerms.h
    AchEligibility.cpp AchEligibility.h
    AchBankDetails.cpp AchBankDetails.h
    CreditApplication.cpp CreditApplication.h CreditApplicationValidation.cpp
    CreditApplicationJson.cpp CreditApplicationJson.h
    Permissions.cpp Permissions.h
    BillingText.cpp BillingText.h)
