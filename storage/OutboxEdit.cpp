#include "storage/OutboxEdit.h"

#include "models/PaymentTerms.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace pac {

// The problems are translated in the context of LocalEdits, where they were first written.

namespace {

std::optional<QStringList> stringsOf(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

EditKind kindOf(const OutboxEdit &edit)
{
    return std::visit(
        Overloaded {
            [](const InvoiceEmailsEdit &) { return EditKind::InvoiceEmails; },
            [](const PaymentTermsEdit &) { return EditKind::PaymentTerms; },
            [](const AchManualEnableEdit &) { return EditKind::AchManualEnable; },
            [](const CreditApplicationSubmitEdit &) { return EditKind::CreditApplicationSubmit; },
            [](const CreditDecisionEdit &) { return EditKind::CreditDecision; },
            [](const InvoiceResendEdit &) { return EditKind::InvoiceResend; },
        },
        edit);
}

QJsonObject toJson(const OutboxEdit &edit)
{
    return std::visit(
        Overloaded {
            [](const InvoiceEmailsEdit &e) {
                return QJsonObject {
                    {QStringLiteral("emails"), QJsonArray::fromStringList(e.emails)}};
            },
            [](const PaymentTermsEdit &e) {
                return QJsonObject {{QStringLiteral("terms"), toWire(e.terms)}};
            },
            [](const AchManualEnableEdit &e) {
                return QJsonObject {{QStringLiteral("reason"), e.reason}};
            },
            [](const CreditApplicationSubmitEdit &e) { return toJson(e.application); },
            [](const CreditDecisionEdit &e) { return toJson(e.decision); },
            [](const InvoiceResendEdit &e) {
                return QJsonObject {{QStringLiteral("invoice_id"), e.invoiceId},
                                    {QStringLiteral("invoice_number"), e.invoiceNumber}};
            },
        },
        edit);
}

std::optional<OutboxEdit> outboxEditFromJson(EditKind kind, const QJsonObject &body,
                                             QString *problem)
{
    auto refuse = [problem](const QString &why) -> std::optional<OutboxEdit> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    switch (kind) {
    case EditKind::InvoiceEmails:
        if (auto emails = stringsOf(body.value(QLatin1String("emails"))))
            return InvoiceEmailsEdit {*emails};
        return refuse(QCoreApplication::translate(
            "pac::LocalEdits", "The invoice emails edit needs “emails”, a list of addresses."));
    case EditKind::PaymentTerms:
        if (auto terms = paymentTermsFromWire(body.value(QLatin1String("terms")).toString()))
            return PaymentTermsEdit {*terms};
        return refuse(QCoreApplication::translate(
            "pac::LocalEdits", "The payment terms edit needs “terms”: due_on_receipt or net15."));
    case EditKind::AchManualEnable: {
        const QString reason = body.value(QLatin1String("reason")).toString().trimmed();
        if (reason.isEmpty())
            return refuse(QCoreApplication::translate("pac::LocalEdits",
                                                      "Enabling ACH by hand needs a reason."));
        return AchManualEnableEdit {reason};
    }
    case EditKind::CreditApplicationSubmit: {
        QString badField;
        if (auto application = creditApplicationFromJson(body, &badField))
            return CreditApplicationSubmitEdit {*application};
        return refuse(QCoreApplication::translate("pac::LocalEdits",
                                                  "The credit application has an invalid “%1”.")
                          .arg(badField));
    }
    case EditKind::CreditDecision: {
        QString badField;
        if (auto decision = creditDecisionRequestFromJson(body, &badField))
            return CreditDecisionEdit {*decision};
        return refuse(QCoreApplication::translate("pac::LocalEdits",
                                                  "The credit decision has an invalid “%1”.")
                          .arg(badField));
    }
    case EditKind::InvoiceResend: {
        const QJsonValue id = body.value(QLatin1String("invoice_id"));
        const QJsonValue number = body.value(QLatin1String("invoice_number"));
        // An id is a whole positive number; JSON gives a double, exact up to 2^53.
        const double value = id.toDouble();
        if (!id.isDouble() || !(value >= 1 && value <= 9007199254740992.0)
            || std::floor(value) != value || !(number.isUndefined() || number.isString())) {
            return refuse(QCoreApplication::translate(
                "pac::LocalEdits",
                "Sending an invoice again needs “invoice_id”, the invoice's id."));
        }
        return InvoiceResendEdit {qint64(value), number.toString()};
    }
    }
    return refuse(QCoreApplication::translate("pac::LocalEdits", "Unknown kind of edit."));
}

std::optional<OutboxEdit> outboxEditOf(const OutboxEntry &entry, QString *problem)
{
    return outboxEditFromJson(entry.kind, entry.payload, problem);
}

NewEdit newEdit(qint64 customerId, const OutboxEdit &edit, const QByteArray &baseEtag)
{
    NewEdit created;
    created.customerId = customerId;
    created.kind = kindOf(edit);
    created.payload = toJson(edit);
    created.baseEtag = baseEtag;
    return created;
}

} // namespace pac
