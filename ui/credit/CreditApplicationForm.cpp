#include "ui/credit/CreditApplicationForm.h"

#include "models/CreditApplicationJson.h"
#include "models/Money.h"

#include <QJsonValue>

namespace pac {

namespace {

constexpr QStringView kYears = u"years_in_business";
constexpr QStringView kRequested = u"requested_limit_cents";
constexpr QStringView kSpend = u"expected_monthly_spend_cents";

QString *addressField(PostalAddress &address, QStringView name)
{
    if (name == u"line1")
        return &address.line1;
    if (name == u"line2")
        return &address.line2;
    if (name == u"city")
        return &address.city;
    if (name == u"state")
        return &address.state;
    if (name == u"zip")
        return &address.zip;
    return nullptr;
}

QString *tradeField(QList<TradeReference> &references, QStringView field)
{
    // "trade_references[3].email"
    const qsizetype open = field.indexOf(u'[');
    const qsizetype close = field.indexOf(u']');
    if (open < 0 || close < open || field.size() < close + 2 || field.at(close + 1) != u'.')
        return nullptr;
    bool ok = false;
    const int row = field.mid(open + 1, close - open - 1).toInt(&ok);
    if (!ok || row < 0 || row >= references.size())
        return nullptr;
    TradeReference &reference = references[row];
    const QStringView name = field.mid(close + 2);
    if (name == u"company")
        return &reference.company;
    if (name == u"contact_name")
        return &reference.contactName;
    if (name == u"phone")
        return &reference.phone;
    if (name == u"email")
        return &reference.email;
    return nullptr;
}

QString amountText(qint64 cents, const QLocale &locale)
{
    return cents > 0 ? Money::fromCents(cents).format(locale) : QString();
}

} // namespace

CreditApplicationForm::CreditApplicationForm(const QLocale &locale)
    : m_locale(locale)
{ }

CreditApplicationForm CreditApplicationForm::fromApplication(const CreditApplication &application,
                                                             const QLocale &locale)
{
    CreditApplicationForm form(locale);
    form.m_application = application;
    form.m_application.guarantor.reset();
    form.m_hasGuarantor = application.guarantor.has_value();
    if (application.guarantor)
        form.m_guarantor = *application.guarantor;
    if (application.yearsInBusiness)
        form.m_typed.insert(kYears.toString(), QString::number(*application.yearsInBusiness));
    form.m_typed.insert(kRequested.toString(), amountText(application.requestedLimitCents, locale));
    form.m_typed.insert(kSpend.toString(),
                        amountText(application.expectedMonthlySpendCents, locale));
    return form;
}

std::optional<CreditApplicationForm>
CreditApplicationForm::fromDraftContent(const QJsonObject &content, const QLocale &locale,
                                        QString *badField)
{
    const std::optional<CreditApplication> application
        = creditApplicationFromJson(content, badField);
    if (!application)
        return std::nullopt;
    CreditApplicationForm form = fromApplication(*application, locale);
    const QJsonObject typed = content.value(TypedMember).toObject();
    for (const QStringView field : {kYears, kRequested, kSpend}) {
        const QJsonValue value = typed.value(field);
        if (value.isString())
            form.setText(field, value.toString());
    }
    return form;
}

QJsonObject CreditApplicationForm::draftContent() const
{
    QJsonObject content = toJson(application());
    QJsonObject typed;
    for (auto it = m_typed.cbegin(); it != m_typed.cend(); ++it)
        typed.insert(it.key(), it.value());
    content.insert(TypedMember, typed);
    return content;
}

CreditApplication CreditApplicationForm::application() const
{
    CreditApplication application = m_application;
    if (m_hasGuarantor)
        application.guarantor = m_guarantor;
    return application;
}

bool CreditApplicationForm::isTypedField(QStringView field)
{
    return field == kYears || field == kRequested || field == kSpend;
}

QString *CreditApplicationForm::stringField(QStringView field)
{
    CreditApplication &a = m_application;
    if (field == u"legal_name")
        return &a.legalName;
    if (field == u"dba")
        return &a.dba;
    if (field == u"ein")
        return &a.ein;
    if (field == u"signer_name")
        return &a.signerName;
    if (field == u"signer_title")
        return &a.signerTitle;
    if (field == u"typed_signature")
        return &a.typedSignature;
    if (field.startsWith(u"billing_address."))
        return addressField(a.billingAddress, field.mid(16));
    if (field == u"ap_contact.name")
        return &a.apContact.name;
    if (field == u"ap_contact.email")
        return &a.apContact.email;
    if (field == u"ap_contact.phone")
        return &a.apContact.phone;
    if (field == u"bank_reference.bank_name")
        return &a.bankReference.bankName;
    if (field == u"bank_reference.contact_name")
        return &a.bankReference.contactName;
    if (field == u"bank_reference.phone")
        return &a.bankReference.phone;
    if (field.startsWith(u"guarantor.home_address."))
        return addressField(m_guarantor.homeAddress, field.mid(23));
    if (field == u"guarantor.name")
        return &m_guarantor.name;
    if (field == u"guarantor.phone")
        return &m_guarantor.phone;
    if (field == u"guarantor.email")
        return &m_guarantor.email;
    if (field.startsWith(u"trade_references["))
        return tradeField(a.tradeReferences, field);
    return nullptr;
}

const QString *CreditApplicationForm::stringField(QStringView field) const
{
    return const_cast<CreditApplicationForm *>(this)->stringField(field);
}

QString CreditApplicationForm::text(QStringView field) const
{
    if (isTypedField(field))
        return m_typed.value(field.toString());
    const QString *value = stringField(field);
    return value ? *value : QString();
}

bool CreditApplicationForm::setText(QStringView field, const QString &text)
{
    if (isTypedField(field)) {
        if (m_typed.value(field.toString()) == text && m_typed.contains(field.toString()))
            return false;
        m_typed.insert(field.toString(), text);
        applyTyped(field, text);
        return true;
    }
    QString *value = stringField(field);
    if (!value || *value == text)
        return false;
    *value = text;
    return true;
}

void CreditApplicationForm::applyTyped(QStringView field, const QString &text)
{
    if (field == kYears) {
        bool ok = false;
        const int years = text.trimmed().toInt(&ok);
        if (ok && years >= 0 && years <= CreditApplication::MaxYearsInBusiness)
            m_application.yearsInBusiness = years;
        else
            m_application.yearsInBusiness.reset();
        return;
    }
    const std::optional<Money> amount = Money::parse(text, m_locale);
    const qint64 cents = amount ? amount->cents() : 0;
    if (field == kRequested)
        m_application.requestedLimitCents = cents;
    else
        m_application.expectedMonthlySpendCents = cents;
}

bool CreditApplicationForm::setEntityType(std::optional<EntityType> type)
{
    if (m_application.entityType == type)
        return false;
    m_application.entityType = type;
    return true;
}

bool CreditApplicationForm::setSignedOn(const QDate &date)
{
    if (m_application.signedOn == date)
        return false;
    m_application.signedOn = date;
    return true;
}

bool CreditApplicationForm::setConsent(bool consent)
{
    if (m_application.consent == consent)
        return false;
    m_application.consent = consent;
    return true;
}

bool CreditApplicationForm::setCurrentLimitCents(qint64 cents)
{
    if (m_application.currentLimitCents == cents)
        return false;
    m_application.currentLimitCents = cents;
    return true;
}

bool CreditApplicationForm::setHasGuarantor(bool on)
{
    if (m_hasGuarantor == on)
        return false;
    m_hasGuarantor = on;
    return true;
}

void CreditApplicationForm::insertTradeReference(int row)
{
    m_application.tradeReferences.insert(qBound(0, row, tradeReferenceCount()), TradeReference());
}

void CreditApplicationForm::removeTradeReference(int row)
{
    if (row >= 0 && row < tradeReferenceCount())
        m_application.tradeReferences.removeAt(row);
}

std::optional<FieldError> CreditApplicationForm::validate(QStringView field) const
{
    QString value;
    if (field == u"entity_type")
        value = m_application.entityType ? toWire(*m_application.entityType) : QString();
    else if (field == u"signed_on")
        value = m_application.signedOn.isValid() ? m_application.signedOn.toString(Qt::ISODate)
                                                 : QString();
    else if (field == u"consent")
        value = m_application.consent ? QStringLiteral("true") : QStringLiteral("false");
    else if (field == u"trade_references")
        value = QString::number(tradeReferenceCount());
    else
        value = text(field);
    return application().validateField(field, value, m_locale);
}

} // namespace pac
