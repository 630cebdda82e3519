#include "presentation/PaymentMethodText.h"

#include "presentation/UiText.h"

namespace pac {

QString PaymentMethodText::account(const PaymentMethod &method)
{
    const QString masked = QStringLiteral("••••") + method.last4;
    if (method.accountType == QLatin1String("checking"))
        return tr("%1 (checking)").arg(masked);
    if (method.accountType == QLatin1String("savings"))
        return tr("%1 (savings)").arg(masked);
    return masked;
}

QString PaymentMethodText::state(const PaymentMethod &method)
{
    if (method.revoked)
        return tr("Revoked on %1").arg(UiText::date(method.revoked->at.toLocalTime().date()));
    switch (method.verification) {
    case AchVerificationState::Pending:
        return tr("Pending verification: %n tries left", nullptr, method.triesLeft);
    case AchVerificationState::Verified:
        return method.isDefault ? tr("Verified, default") : tr("Verified");
    case AchVerificationState::Failed:
        return tr("Verification failed");
    }
    return {};
}

QString PaymentMethodText::secCodeName(AchSecCode code)
{
    switch (code) {
    case AchSecCode::CCD:
        return tr("CCD (business)");
    case AchSecCode::PPD:
        return tr("PPD (consumer, signed)");
    case AchSecCode::TEL:
        return tr("TEL (consumer, by phone)");
    case AchSecCode::WEB:
        return tr("WEB (consumer, online)");
    }
    return {};
}

QString PaymentMethodText::methodName(AchAuthorizationMethod method)
{
    switch (method) {
    case AchAuthorizationMethod::Written:
        return tr("signed form");
    case AchAuthorizationMethod::RecordedCall:
        return tr("recorded call");
    case AchAuthorizationMethod::Online:
        return tr("online");
    }
    return {};
}

QString PaymentMethodText::authorization(const PaymentMethod &method)
{
    if (!method.authorization)
        return tr("No authorization on record");
    const AchAuthorization &a = *method.authorization;
    return tr("%1, %2, by %3 (%4) on %5")
        .arg(a.secCode ? secCodeName(*a.secCode) : QString(),
             a.method ? methodName(*a.method) : QString(), a.authorizedByName, a.authorizedByTitle,
             UiText::date(a.acceptedAt.toLocalTime().date()));
}

QString PaymentMethodText::nextStep(const PaymentMethod &method)
{
    if (method.revoked) {
        return tr("Revoked by %1: %2. The authorization is kept as a record.")
            .arg(method.revoked->by, method.revoked->reason);
    }
    switch (method.verification) {
    case AchVerificationState::Pending:
        return tr("Two small deposits were sent to this account. Ask the customer for their "
                  "amounts on the bank statement (usually in 1–2 business days), then choose "
                  "Verify deposits…");
    case AchVerificationState::Failed:
        return tr("The deposits could not be confirmed in three tries. Remove this account and "
                  "add it again to send new deposits.");
    case AchVerificationState::Verified:
        return method.isDefault
            ? tr("Invoices are debited from this account on their due date.")
            : tr("Verified. Make it the default payment method to debit invoices from it.");
    }
    return {};
}

} // namespace pac
