#include "models/CreditApplicationJson.h"

#include "models/CustomerJson.h"

#include <QJsonArray>

namespace pac {

namespace {

QJsonValue orNull(bool present, const QJsonValue &value)
{
    return present ? value : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const PostalAddress &a)
{
    return {{QStringLiteral("line1"), a.line1},
            {QStringLiteral("line2"), a.line2},
            {QStringLiteral("city"), a.city},
            {QStringLiteral("state"), a.state},
            {QStringLiteral("zip"), a.zip}};
}

// Reads members that may be missing or null (a draft is incomplete) but must have the right
// type when present; remembers the first member that had not.
class LenientReader
{
public:
    explicit LenientReader(QString *badField)
        : m_badField(badField)
    { }

    bool ok() const { return m_ok; }

    void fail(const QString &path)
    {
        if (m_ok && m_badField)
            *m_badField = path;
        m_ok = false;
    }

    static bool absent(const QJsonValue &v) { return v.isUndefined() || v.isNull(); }

    QString string(const QJsonObject &o, const char *key, const QString &prefix = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!absent(v) && !v.isString())
            fail(prefix + QLatin1String(key));
        return v.toString();
    }

    std::optional<qint64> integer(const QJsonObject &o, const char *key, const QString &prefix = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (absent(v))
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() != double(v.toInteger())) {
            fail(prefix + QLatin1String(key));
            return std::nullopt;
        }
        return v.toInteger();
    }

    bool boolean(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!absent(v) && !v.isBool())
            fail(QLatin1String(key));
        return v.toBool();
    }

    // A member that must be an object when present; `*present` says whether it was.
    QJsonObject object(const QJsonObject &o, const char *key, const QString &prefix = {},
                       bool *present = nullptr)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (present)
            *present = v.isObject();
        if (!absent(v) && !v.isObject())
            fail(prefix + QLatin1String(key));
        return v.toObject();
    }

    QDate date(const QJsonObject &o, const char *key)
    {
        const QString text = string(o, key);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(QLatin1String(key));
        return d;
    }

    QDateTime time(const QJsonObject &o, const char *key, const QString &prefix = {})
    {
        const QString text = string(o, key, prefix);
        if (text.isEmpty())
            return {};
        const QDateTime t = fromRfc3339(text);
        if (!t.isValid())
            fail(prefix + QLatin1String(key));
        return t;
    }

    PersonRef person(const QJsonObject &o, const QString &path)
    {
        return {integer(o, "id", path + u'.').value_or(0), string(o, "name", path + u'.')};
    }

    PostalAddress address(const QJsonObject &o, const QString &path)
    {
        const QString prefix = path + u'.';
        return {string(o, "line1", prefix), string(o, "line2", prefix), string(o, "city", prefix),
                string(o, "state", prefix), string(o, "zip", prefix)};
    }

private:
    QString *m_badField;
    bool m_ok = true;
};

} // namespace

QJsonObject toJson(const CreditApplication &a)
{
    QJsonArray references;
    for (const TradeReference &t : a.tradeReferences) {
        references.append(QJsonObject {{QStringLiteral("company"), t.company},
                                       {QStringLiteral("contact_name"), t.contactName},
                                       {QStringLiteral("phone"), t.phone},
                                       {QStringLiteral("email"), t.email}});
    }
    QJsonValue guarantor(QJsonValue::Null);
    if (a.guarantor) {
        guarantor = QJsonObject {{QStringLiteral("name"), a.guarantor->name},
                                 {QStringLiteral("home_address"), toJson(a.guarantor->homeAddress)},
                                 {QStringLiteral("phone"), a.guarantor->phone},
                                 {QStringLiteral("email"), a.guarantor->email}};
    }
    QJsonValue decision(QJsonValue::Null);
    if (a.decision) {
        decision = QJsonObject {
            {QStringLiteral("decision"),
             a.decision->approved ? QStringLiteral("approve") : QStringLiteral("decline")},
            {QStringLiteral("approved_limit_cents"), a.decision->approvedLimitCents},
            {QStringLiteral("note"), a.decision->note},
            {QStringLiteral("decided_by"), toJson(a.decision->decidedBy)},
            {QStringLiteral("decided_at"), toRfc3339(a.decision->decidedAt)}};
    }
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("customer_id"), a.customerId},
        {QStringLiteral("version"), a.version},
        {QStringLiteral("status"), toWire(a.status)},
        {QStringLiteral("legal_name"), a.legalName},
        {QStringLiteral("dba"), a.dba},
        {QStringLiteral("ein"), a.ein},
        {QStringLiteral("entity_type"),
         orNull(a.entityType.has_value(), a.entityType ? toWire(*a.entityType) : QString())},
        {QStringLiteral("years_in_business"),
         orNull(a.yearsInBusiness.has_value(), a.yearsInBusiness.value_or(0))},
        {QStringLiteral("billing_address"), toJson(a.billingAddress)},
        {QStringLiteral("ap_contact"),
         QJsonObject {{QStringLiteral("name"), a.apContact.name},
                      {QStringLiteral("email"), a.apContact.email},
                      {QStringLiteral("phone"), a.apContact.phone}}},
        {QStringLiteral("bank_reference"),
         QJsonObject {{QStringLiteral("bank_name"), a.bankReference.bankName},
                      {QStringLiteral("contact_name"), a.bankReference.contactName},
                      {QStringLiteral("phone"), a.bankReference.phone}}},
        {QStringLiteral("trade_references"), references},
        {QStringLiteral("current_limit_cents"), a.currentLimitCents},
        {QStringLiteral("requested_limit_cents"), a.requestedLimitCents},
        {QStringLiteral("expected_monthly_spend_cents"), a.expectedMonthlySpendCents},
        {QStringLiteral("guarantor"), guarantor},
        {QStringLiteral("signer_name"), a.signerName},
        {QStringLiteral("signer_title"), a.signerTitle},
        {QStringLiteral("typed_signature"), a.typedSignature},
        {QStringLiteral("signed_on"), orNull(a.signedOn.isValid(), toIsoDate(a.signedOn))},
        {QStringLiteral("consent"), a.consent},
        {QStringLiteral("submitted_at"), orNull(a.submittedAt.isValid(), toRfc3339(a.submittedAt))},
        {QStringLiteral("submitted_by"),
         orNull(a.submittedBy.has_value(), a.submittedBy ? toJson(*a.submittedBy) : QJsonObject())},
        {QStringLiteral("decision"), decision},
    };
}

std::optional<CreditApplication> creditApplicationFromJson(const QJsonObject &o, QString *badField)
{
    LenientReader r(badField);
    CreditApplication a;
    a.id = r.integer(o, "id").value_or(0);
    a.customerId = r.integer(o, "customer_id").value_or(0);
    a.version = r.integer(o, "version").value_or(0);
    if (const QString status = r.string(o, "status"); !status.isEmpty()) {
        if (const auto s = creditApplicationStatusFromWire(status))
            a.status = *s;
        else
            r.fail(QStringLiteral("status"));
    }
    a.legalName = r.string(o, "legal_name");
    a.dba = r.string(o, "dba");
    a.ein = r.string(o, "ein");
    if (const QString type = r.string(o, "entity_type"); !type.isEmpty()) {
        a.entityType = entityTypeFromWire(type);
        if (!a.entityType)
            r.fail(QStringLiteral("entity_type"));
    }
    if (const auto years = r.integer(o, "years_in_business")) {
        if (*years < 0 || *years > CreditApplication::MaxYearsInBusiness)
            r.fail(QStringLiteral("years_in_business"));
        a.yearsInBusiness = int(*years);
    }
    a.billingAddress = r.address(r.object(o, "billing_address"), QStringLiteral("billing_address"));

    const QJsonObject ap = r.object(o, "ap_contact");
    const QString apPrefix = QStringLiteral("ap_contact.");
    a.apContact = {r.string(ap, "name", apPrefix), r.string(ap, "email", apPrefix),
                   r.string(ap, "phone", apPrefix)};
    const QJsonObject bank = r.object(o, "bank_reference");
    const QString bankPrefix = QStringLiteral("bank_reference.");
    a.bankReference
        = {r.string(bank, "bank_name", bankPrefix), r.string(bank, "contact_name", bankPrefix),
           r.string(bank, "phone", bankPrefix)};

    const QJsonValue references = o.value(QStringLiteral("trade_references"));
    if (!LenientReader::absent(references) && !references.isArray())
        r.fail(QStringLiteral("trade_references"));
    const QJsonArray referenceArray = references.toArray();
    for (qsizetype i = 0; i < referenceArray.size(); ++i) {
        const QString path = QStringLiteral("trade_references[%1]").arg(i);
        if (!referenceArray.at(i).isObject())
            r.fail(path);
        const QJsonObject t = referenceArray.at(i).toObject();
        const QString prefix = path + u'.';
        a.tradeReferences.append({r.string(t, "company", prefix),
                                  r.string(t, "contact_name", prefix), r.string(t, "phone", prefix),
                                  r.string(t, "email", prefix)});
    }

    a.currentLimitCents = r.integer(o, "current_limit_cents").value_or(0);
    a.requestedLimitCents = r.integer(o, "requested_limit_cents").value_or(0);
    a.expectedMonthlySpendCents = r.integer(o, "expected_monthly_spend_cents").value_or(0);

    bool hasGuarantor = false;
    const QJsonObject g = r.object(o, "guarantor", {}, &hasGuarantor);
    if (hasGuarantor) {
        const QString prefix = QStringLiteral("guarantor.");
        PersonalGuarantor guarantor;
        guarantor.name = r.string(g, "name", prefix);
        guarantor.homeAddress = r.address(r.object(g, "home_address", prefix),
                                          QStringLiteral("guarantor.home_address"));
        guarantor.phone = r.string(g, "phone", prefix);
        guarantor.email = r.string(g, "email", prefix);
        a.guarantor = guarantor;
    }

    a.signerName = r.string(o, "signer_name");
    a.signerTitle = r.string(o, "signer_title");
    a.typedSignature = r.string(o, "typed_signature");
    a.signedOn = r.date(o, "signed_on");
    a.consent = r.boolean(o, "consent");
    a.submittedAt = r.time(o, "submitted_at");
    bool hasSubmitter = false;
    const QJsonObject by = r.object(o, "submitted_by", {}, &hasSubmitter);
    if (hasSubmitter)
        a.submittedBy = r.person(by, QStringLiteral("submitted_by"));

    bool hasDecision = false;
    const QJsonObject d = r.object(o, "decision", {}, &hasDecision);
    if (hasDecision) {
        const QString prefix = QStringLiteral("decision.");
        CreditDecision decision;
        const QString kind = r.string(d, "decision", prefix);
        if (kind != u"approve" && kind != u"decline")
            r.fail(QStringLiteral("decision.decision"));
        decision.approved = kind == u"approve";
        decision.approvedLimitCents = r.integer(d, "approved_limit_cents", prefix).value_or(0);
        decision.note = r.string(d, "note", prefix);
        decision.decidedBy
            = r.person(r.object(d, "decided_by", prefix), QStringLiteral("decision.decided_by"));
        decision.decidedAt = r.time(d, "decided_at", prefix);
        a.decision = decision;
    }

    if (!r.ok())
        return std::nullopt;
    return a;
}

QJsonObject toJson(const CreditDecisionRequest &request)
{
    return {{QStringLiteral("decision"),
             request.approve ? QStringLiteral("approve") : QStringLiteral("decline")},
            {QStringLiteral("approved_limit_cents"), request.approvedLimitCents},
            {QStringLiteral("note"), request.note}};
}

std::optional<CreditDecisionRequest> creditDecisionRequestFromJson(const QJsonObject &o,
                                                                   QString *badField)
{
    LenientReader r(badField);
    CreditDecisionRequest request;
    const QString kind = r.string(o, "decision");
    if (kind != u"approve" && kind != u"decline")
        r.fail(QStringLiteral("decision"));
    request.approve = kind == u"approve";
    request.approvedLimitCents = r.integer(o, "approved_limit_cents").value_or(0);
    request.note = r.string(o, "note");
    if (!r.ok())
        return std::nullopt;
    return request;
}

} // namespace pac
