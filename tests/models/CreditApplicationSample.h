#pragma once

#include "models/CreditApplication.h"

// A complete, valid draft for the credit application tests: exactly the minimum of two trade
// references and a requested limit of $2,500.00 over a current one of $500.00.
inline pac::CreditApplication completeCreditApplication()
{
    using namespace pac;
    CreditApplication a;
    a.customerId = 42;
    a.legalName = QStringLiteral("Acme VoIP Holdings LLC");
    a.dba = QStringLiteral("Acme VoIP");
    a.ein = QStringLiteral("12-3456789");
    a.entityType = EntityType::Llc;
    a.yearsInBusiness = 7;
    a.billingAddress = {QStringLiteral("1 Main St"), QStringLiteral("Suite 200"),
                        QStringLiteral("Boston"), QStringLiteral("MA"), QStringLiteral("02139")};
    a.apContact = {QStringLiteral("Pat Payable"), QStringLiteral("ap@acme.example"),
                   QStringLiteral("(617) 555-0100")};
    a.bankReference = {QStringLiteral("First Bank"), QStringLiteral("Olive Officer"),
                       QStringLiteral("617-555-0101")};
    a.tradeReferences = {{QStringLiteral("Trunk Supply Co"), QStringLiteral("Tom Trade"),
                          QStringLiteral("+1 212 555 0102"), QStringLiteral("tom@trunk.example")},
                         {QStringLiteral("Wire Works"), QStringLiteral("Wanda Wire"),
                          QStringLiteral("212.555.0103"), QStringLiteral("wanda@wire.example")}};
    a.currentLimitCents = 50000;
    a.requestedLimitCents = 250000;
    a.expectedMonthlySpendCents = 120000;
    a.signerName = QStringLiteral("Ann Example");
    a.signerTitle = QStringLiteral("CFO");
    a.typedSignature = QStringLiteral("ann example");
    a.signedOn = QDate(2026, 11, 20);
    a.consent = true;
    return a;
}

inline pac::PersonalGuarantor completeGuarantor()
{
    return {QStringLiteral("Gus Guarantor"),
            {QStringLiteral("9 Elm St"), QString(), QStringLiteral("Austin"), QStringLiteral("TX"),
             QStringLiteral("73301-0001")},
            QStringLiteral("512-555-0104"),
            QString()};
}
