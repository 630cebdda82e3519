#include "models/AchVerification.h"

#include "models/WireTable.h"

#include <QRegularExpression>

namespace pac {

namespace {

constexpr wire::Table<AchVerificationState, 3> stateNames {{
    {AchVerificationState::Pending, u"pending"},
    {AchVerificationState::Verified, u"verified"},
    {AchVerificationState::Failed, u"failed"},
}};

} // namespace

QString toWire(AchVerificationState state)
{
    return wire::nameOf(stateNames, state);
}

std::optional<AchVerificationState> achVerificationStateFromWire(QStringView text)
{
    return wire::valueOf(stateNames, text);
}

std::optional<FieldError> AchVerification::validateAmounts(const QList<qint64> &cents)
{
    const QString field = QStringLiteral("amounts_cents");
    if (cents.size() < 2) {
        return FieldError {field, QString(errorcode::TooFew), tr("Enter both deposit amounts.")};
    }
    if (cents.size() > 2) {
        return FieldError {
            field, QString(errorcode::TooMany),
            tr("There are two deposits; %1 amounts were entered.").arg(cents.size())};
    }
    for (const qint64 amount : cents) {
        if (amount < MinDepositCents || amount > MaxDepositCents) {
            return FieldError {
                field, QString(errorcode::InvalidFormat),
                tr("Each deposit is between 1 and 99 cents; %1 cents is not.").arg(amount)};
        }
    }
    return std::nullopt;
}

QList<qint64> AchVerification::parseDollars(const QString &text, std::optional<FieldError> *problem)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression amount(QStringLiteral("^\\$?0?\\.(\\d{1,2})$|^\\$?0$"));
    QList<qint64> cents;
    if (problem)
        problem->reset();
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = amount.match(part);
        if (!match.hasMatch()) {
            if (problem) {
                *problem = FieldError {QStringLiteral("amounts"), QString(errorcode::InvalidFormat),
                                       tr("“%1” is not a deposit amount: write it in dollars, "
                                          "like 0.32.")
                                           .arg(part)};
            }
            return {};
        }
        QString decimals = match.captured(1);
        if (decimals.size() == 1)
            decimals.append(u'0');
        cents.append(decimals.isEmpty() ? 0 : decimals.toLongLong());
    }
    return cents;
}

std::optional<FieldError> AchVerification::canBeDefault(AchVerificationState state, bool revoked)
{
    if (revoked) {
        return FieldError {QStringLiteral("verification"), QString(errorcode::NotVerified),
                           tr("A revoked bank account cannot be the default payment method.")};
    }
    if (state != AchVerificationState::Verified) {
        return FieldError {QStringLiteral("verification"), QString(errorcode::NotVerified),
                           tr("Only a verified bank account can be the default payment method; "
                              "verify its deposits first.")};
    }
    return std::nullopt;
}

} // namespace pac
