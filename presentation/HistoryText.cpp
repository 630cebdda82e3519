#include "presentation/HistoryText.h"

#include "models/BillingText.h"
#include "models/HistoryAction.h"
#include "models/Money.h"
#include "models/PaymentTerms.h"
#include "presentation/UiText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace pac {

QString HistoryText::what(const HistoryEntry &entry)
{
    const std::optional<HistoryAction> action = historyActionFromWire(entry.action);
    const bool limit = entry.field == QLatin1String("credit_limit_cents");
    if (action) {
        switch (*action) {
        case HistoryAction::InvoiceEmailsChanged:
            return tr("Invoice emails changed");
        case HistoryAction::PaymentTermsChanged:
            return limit ? tr("Credit limit set by the payment terms")
                         : tr("Payment terms changed");
        case HistoryAction::AchManuallyEnabled:
            return tr("ACH enabled manually");
        case HistoryAction::AchMethodAdded:
            return tr("ACH bank account added");
        case HistoryAction::AchMethodVerified:
            return tr("ACH bank account verified");
        case HistoryAction::AchMethodVerificationFailed:
            return tr("ACH bank account could not be verified");
        case HistoryAction::AchDefaultMethodSet:
            return tr("Default payment method set");
        case HistoryAction::AchMethodRevoked:
            return tr("ACH authorization revoked");
        case HistoryAction::CreditApplicationSubmitted:
            return tr("Credit application submitted");
        case HistoryAction::CreditDecision:
            return limit ? tr("Credit application approved: limit changed")
                         : tr("Credit application decided");
        }
    }
    // An action this console does not know yet: show it as the portal names it.
    return entry.field.isEmpty() ? entry.action : tr("%1 (%2)").arg(entry.action, entry.field);
}

QString HistoryText::value(const QString &field, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("—", "no value");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        if (field.endsWith(QLatin1String("_cents")))
            return UiText::money(qint64(value.toDouble()));
        return QLocale().toString(value.toDouble());
    case QJsonValue::String: {
        if (field == QLatin1String("payment_terms")) {
            if (const auto terms = paymentTermsFromWire(value.toString()))
                return BillingText::termsName(*terms);
        }
        return value.toString();
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return tr("(none)");
        QStringList parts;
        for (const QJsonValue &item : array)
            parts.append(item.isString() ? item.toString() : HistoryText::value(field, item));
        return parts.join(QLatin1Char('\n')); // one a line: the cells wrap
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("reason")) && object.contains(QLatin1String("name")))
            return tr("%1: “%2”")
                .arg(object.value(QLatin1String("name")).toString(),
                     object.value(QLatin1String("reason")).toString());
        if (object.contains(QLatin1String("last4"))) {
            const QString type = object.value(QLatin1String("account_type")).toString();
            const QString last4 = object.value(QLatin1String("last4")).toString();
            if (type == QLatin1String("savings"))
                return tr("Savings account ••••%1").arg(last4);
            if (type == QLatin1String("checking"))
                return tr("Checking account ••••%1").arg(last4);
            return tr("Account ••••%1").arg(last4);
        }
        if (object.contains(QLatin1String("status"))) {
            const QString status = object.value(QLatin1String("status")).toString();
            const QJsonValue requested = object.value(QLatin1String("requested_limit_cents"));
            if (requested.isDouble())
                return tr("%1, %2 requested")
                    .arg(status, UiText::money(qint64(requested.toDouble())));
            return status;
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QString HistoryText::actor(const HistoryEntry &entry)
{
    // Name and role on two lines: the column stays narrow, the before/after get the room.
    return tr("%1\n%2", "who made a change: name, then role")
        .arg(entry.actor.name, BillingText::roleName(entry.actorRole));
}

} // namespace pac
