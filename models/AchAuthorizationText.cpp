#include "models/AchAuthorizationText.h"

namespace pac {

namespace {

QString accountWords(const AchAuthorizationText::Parties &parties)
{
    const QString last4 = parties.last4.isEmpty() ? QStringLiteral("____") : parties.last4;
    const QString kind
        = parties.accountType.isEmpty() ? QStringLiteral("bank") : parties.accountType;
    return QStringLiteral("the %1 account ending in %2").arg(kind, last4);
}

QString revocation(const QString &payee)
{
    return QStringLiteral(
               "This authorization stays in effect until it is revoked. It can be revoked at "
               "any time by telling %1 in writing or through the partner who manages the "
               "account, at least three business days before the next debit; a revocation "
               "stops every debit not yet sent. A debit made in error can be disputed with "
               "the bank.")
        .arg(payee);
}

} // namespace

QString AchAuthorizationText::text(const QString &version, AchSecCode code, const Parties &parties)
{
    if (version != CurrentVersion)
        return {};
    const QString payee = parties.payee.isEmpty() ? QStringLiteral("the portal") : parties.payee;
    const QString company
        = parties.company.isEmpty() ? QStringLiteral("the customer") : parties.company;
    const QString account = accountWords(parties);
    const QString debits
        = QStringLiteral("to debit %1 for the amount of each invoice %2 issues to %3, on the "
                         "invoice's due date, and to credit it to correct a debit made in error.")
              .arg(account, payee, company);
    switch (code) {
    case AchSecCode::CCD:
        return QStringLiteral("Authorization of ACH debits (CCD, business account), version %1.\n"
                              "On behalf of %2, the undersigned authorizes %3 %4\n%5")
            .arg(CurrentVersion, company, payee, debits, revocation(payee));
    case AchSecCode::PPD:
        return QStringLiteral("Authorization of ACH debits (PPD, consumer account, signed), "
                              "version %1.\nI authorize %2 %3\n%4")
            .arg(CurrentVersion, payee, debits, revocation(payee));
    case AchSecCode::WEB:
        return QStringLiteral("Authorization of ACH debits (WEB, consumer account, online), "
                              "version %1.\nBy accepting online, I authorize %2 %3\n%4")
            .arg(CurrentVersion, payee, debits, revocation(payee));
    case AchSecCode::TEL:
        return QStringLiteral(
                   "Script for a telephone authorization of ACH debits (TEL), version %1. Read "
                   "it aloud and ask for a clear yes.\n"
                   "“Today, on this call, you are authorizing %2 %3 Do you, as the account "
                   "holder, authorize these debits?”\n"
                   "Then say: “%4 You will receive a written notice of this authorization "
                   "before the first debit.”")
            .arg(CurrentVersion, payee, debits, revocation(payee));
    }
    return {};
}

} // namespace pac
