// The field validation of CreditApplication (validateField, validateForSubmit): one rule per
// field name, shared by the form as the user types and by the whole check before submitting.
#include "models/CreditApplication.h"
#include "models/InvoiceEmailList.h"
#include "models/Money.h"

namespace pac {

namespace {

enum class Kind {
    RequiredText,
    OptionalText,
    Ein,
    Entity,
    Years,
    State,
    Zip,
    Phone,
    Email,
    OptionalEmail,
    RequestedLimit,
    MonthlySpend,
    TradeCount,
    TradeCompany,
    Signature,
    SignedOn,
    Consent,
};

struct FieldRule
{
    const char16_t *name; // list indexes written as "[]"
    Kind kind;
    const char *label;
};

#define LABEL(text) QT_TRANSLATE_NOOP("pac::CreditApplication", text)
constexpr FieldRule kRules[] = {
    {u"legal_name", Kind::RequiredText, LABEL("Legal name")},
    {u"dba", Kind::OptionalText, LABEL("DBA")},
    {u"ein", Kind::Ein, LABEL("EIN")},
    {u"entity_type", Kind::Entity, LABEL("Entity type")},
    {u"years_in_business", Kind::Years, LABEL("Years in business")},
    {u"billing_address.line1", Kind::RequiredText, LABEL("Address line 1")},
    {u"billing_address.line2", Kind::OptionalText, LABEL("Address line 2")},
    {u"billing_address.city", Kind::RequiredText, LABEL("City")},
    {u"billing_address.state", Kind::State, LABEL("State")},
    {u"billing_address.zip", Kind::Zip, LABEL("ZIP code")},
    {u"ap_contact.name", Kind::RequiredText, LABEL("Accounts payable contact")},
    {u"ap_contact.email", Kind::Email, LABEL("Accounts payable email")},
    {u"ap_contact.phone", Kind::Phone, LABEL("Accounts payable phone")},
    {u"bank_reference.bank_name", Kind::RequiredText, LABEL("Bank name")},
    {u"bank_reference.contact_name", Kind::RequiredText, LABEL("Bank contact")},
    {u"bank_reference.phone", Kind::Phone, LABEL("Bank phone")},
    {u"trade_references", Kind::TradeCount, LABEL("Trade references")},
    {u"trade_references[].company", Kind::TradeCompany, LABEL("Company")},
    {u"trade_references[].contact_name", Kind::RequiredText, LABEL("Contact name")},
    {u"trade_references[].phone", Kind::Phone, LABEL("Phone")},
    {u"trade_references[].email", Kind::Email, LABEL("Email")},
    {u"requested_limit_cents", Kind::RequestedLimit, LABEL("Requested limit")},
    {u"expected_monthly_spend_cents", Kind::MonthlySpend, LABEL("Expected monthly spend")},
    {u"guarantor.name", Kind::RequiredText, LABEL("Guarantor name")},
    {u"guarantor.home_address.line1", Kind::RequiredText, LABEL("Address line 1")},
    {u"guarantor.home_address.line2", Kind::OptionalText, LABEL("Address line 2")},
    {u"guarantor.home_address.city", Kind::RequiredText, LABEL("City")},
    {u"guarantor.home_address.state", Kind::State, LABEL("State")},
    {u"guarantor.home_address.zip", Kind::Zip, LABEL("ZIP code")},
    {u"guarantor.phone", Kind::Phone, LABEL("Guarantor phone")},
    {u"guarantor.email", Kind::OptionalEmail, LABEL("Guarantor email")},
    {u"signer_name", Kind::RequiredText, LABEL("Signer name")},
    {u"signer_title", Kind::RequiredText, LABEL("Signer title")},
    {u"typed_signature", Kind::Signature, LABEL("Signature")},
    {u"signed_on", Kind::SignedOn, LABEL("Date signed")},
    {u"consent", Kind::Consent, LABEL("Consent")},
};
#undef LABEL

// USPS codes of the states, DC, the territories and the military post offices.
constexpr QStringView kStates[]
    = {u"AL", u"AK", u"AZ", u"AR", u"CA", u"CO", u"CT", u"DE", u"FL", u"GA", u"HI", u"ID",
       u"IL", u"IN", u"IA", u"KS", u"KY", u"LA", u"ME", u"MD", u"MA", u"MI", u"MN", u"MS",
       u"MO", u"MT", u"NE", u"NV", u"NH", u"NJ", u"NM", u"NY", u"NC", u"ND", u"OH", u"OK",
       u"OR", u"PA", u"RI", u"SC", u"SD", u"TN", u"TX", u"UT", u"VT", u"VA", u"WA", u"WV",
       u"WI", u"WY", u"DC", u"PR", u"GU", u"VI", u"AS", u"MP", u"AA", u"AE", u"AP"};

bool isDigit(QChar ch)
{
    return ch >= u'0' && ch <= u'9';
}

// Matches `pattern` where 'N' is an ASCII digit and anything else is itself.
bool matchesPattern(QStringView text, QStringView pattern)
{
    if (text.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (pattern.at(i) == u'N' ? !isDigit(text.at(i)) : text.at(i) != pattern.at(i))
            return false;
    }
    return true;
}

// A North American number: 10 digits (an optional leading 1 or +1) written with any of
// spaces, dashes, dots and parentheses; area code and exchange start with 2-9.
bool isUsPhone(QStringView text)
{
    QString digits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (isDigit(ch))
            digits.append(ch);
        else if (ch == u'+' && i == 0 && text.mid(1).startsWith(u'1'))
            continue;
        else if (!QStringView(u" -.()").contains(ch))
            return false;
    }
    if (digits.size() == 11 && digits.front() == u'1')
        digits.remove(0, 1);
    return digits.size() == 10 && digits.at(0) >= u'2' && digits.at(3) >= u'2';
}

// "trade_references[12].email" → ("trade_references[].email", 12).
std::pair<QString, int> normalized(QStringView field)
{
    QString name;
    int index = -1;
    for (qsizetype i = 0; i < field.size(); ++i) {
        name.append(field.at(i));
        if (field.at(i) != u'[')
            continue;
        const qsizetype close = field.indexOf(u']', i);
        if (close < 0)
            break;
        bool ok = false;
        index = field.mid(i + 1, close - i - 1).toInt(&ok);
        if (!ok)
            return {};
        i = close - 1;
    }
    return {name, index};
}

const FieldRule *ruleFor(QStringView name)
{
    for (const FieldRule &rule : kRules) {
        if (name == QStringView(rule.name))
            return &rule;
    }
    return nullptr;
}

} // namespace

std::optional<FieldError> CreditApplication::validateField(QStringView field, const QString &typed,
                                                           const QLocale &locale) const
{
    const auto [name, index] = normalized(field);
    const FieldRule *rule = ruleFor(name);
    if (!rule)
        return std::nullopt;
    const QString label = tr(rule->label);
    const QString value = typed.trimmed();
    const auto fail = [&field](QLatin1String code, const QString &message) {
        return std::optional<FieldError>(FieldError {field.toString(), QString(code), message});
    };
    const auto required
        = [&] { return fail(errorcode::Required, tr("%1 is required.").arg(label)); };

    switch (rule->kind) {
    case Kind::RequiredText:
    case Kind::OptionalText:
    case Kind::TradeCompany:
        if (value.isEmpty())
            return rule->kind == Kind::OptionalText ? std::nullopt : required();
        if (value.size() > MaxTextLength) {
            return fail(errorcode::TooLong,
                        tr("%1 has %2 characters; at most %3 are allowed.")
                            .arg(label)
                            .arg(value.size())
                            .arg(MaxTextLength));
        }
        if (rule->kind == Kind::TradeCompany) {
            for (int i = 0; i < index && i < tradeReferences.size(); ++i) {
                if (tradeReferences.at(i).company.trimmed().compare(value, Qt::CaseInsensitive)
                    == 0)
                    return fail(errorcode::Duplicate,
                                tr("“%1” is already a trade reference.").arg(value));
            }
        }
        return std::nullopt;
    case Kind::Ein:
        if (value.isEmpty())
            return required();
        if (!matchesPattern(value, u"NN-NNNNNNN"))
            return fail(errorcode::InvalidFormat,
                        tr("“%1” is not an EIN; write it as NN-NNNNNNN.").arg(value));
        return std::nullopt;
    case Kind::Entity:
        if (value.isEmpty())
            return required();
        if (!entityTypeFromWire(value))
            return fail(errorcode::InvalidFormat, tr("“%1” is not an entity type.").arg(value));
        return std::nullopt;
    case Kind::Years: {
        if (value.isEmpty())
            return required();
        bool ok = false;
        const int years = value.toInt(&ok);
        if (!ok || years < 0)
            return fail(errorcode::InvalidFormat,
                        tr("“%1” is not a whole number of years.").arg(value));
        if (years > MaxYearsInBusiness)
            return fail(errorcode::TooHigh,
                        tr("%1 years is more than %2.").arg(years).arg(MaxYearsInBusiness));
        return std::nullopt;
    }
    case Kind::State:
        if (value.isEmpty())
            return required();
        for (const QStringView state : kStates) {
            if (value.compare(state, Qt::CaseInsensitive) == 0)
                return std::nullopt;
        }
        return fail(errorcode::InvalidFormat,
                    tr("“%1” is not a US state code such as NY or CA.").arg(value));
    case Kind::Zip:
        if (value.isEmpty())
            return required();
        if (!matchesPattern(value, u"NNNNN") && !matchesPattern(value, u"NNNNN-NNNN"))
            return fail(errorcode::InvalidFormat,
                        tr("“%1” is not a ZIP code; write NNNNN or NNNNN-NNNN.").arg(value));
        return std::nullopt;
    case Kind::Phone:
        if (value.isEmpty())
            return required();
        if (!isUsPhone(value))
            return fail(errorcode::InvalidFormat, tr("“%1” is not a US phone number.").arg(value));
        return std::nullopt;
    case Kind::Email:
    case Kind::OptionalEmail:
        if (value.isEmpty())
            return rule->kind == Kind::OptionalEmail ? std::nullopt : required();
        if (!InvoiceEmailList::isValidAddress(value))
            return fail(errorcode::InvalidEmail,
                        tr("“%1” is not a valid email address.").arg(value));
        return std::nullopt;
    case Kind::RequestedLimit:
    case Kind::MonthlySpend: {
        Money::ParseError error = Money::ParseError::None;
        const std::optional<Money> amount = Money::parse(value, locale, &error);
        if (!amount)
            return Money::fieldError(error, value, field.toString());
        const qint64 floor = rule->kind == Kind::RequestedLimit ? currentLimitCents : 0;
        if (amount->cents() > floor)
            return std::nullopt;
        if (rule->kind == Kind::RequestedLimit)
            return fail(errorcode::TooLow,
                        tr("A limit of %1 is not above the current limit of %2.")
                            .arg(amount->format(locale), Money::fromCents(floor).format(locale)));
        return fail(errorcode::TooLow,
                    tr("%1 must be more than %2.").arg(label, Money().format(locale)));
    }
    case Kind::TradeCount:
        if (tradeReferences.size() >= MinTradeReferences)
            return std::nullopt;
        return fail(errorcode::TooFew,
                    tr("At least %n trade reference(s) are needed; there are %1.", nullptr,
                       MinTradeReferences)
                        .arg(tradeReferences.size()));
    case Kind::Signature:
        if (value.isEmpty())
            return required();
        // Trimmed and case-insensitive as the rule says; inner runs of blanks count as one.
        if (value.simplified().compare(signerName.simplified(), Qt::CaseInsensitive) != 0)
            return fail(errorcode::Mismatch,
                        tr("The signature “%1” does not match the signer's name “%2”.")
                            .arg(value, signerName.trimmed()));
        return std::nullopt;
    case Kind::SignedOn:
        if (value.isEmpty())
            return required();
        if (!QDate::fromString(value, Qt::ISODate).isValid())
            return fail(errorcode::InvalidFormat,
                        tr("“%1” is not a date (YYYY-MM-DD).").arg(value));
        return std::nullopt;
    case Kind::Consent:
        if (value == u"true")
            return std::nullopt;
        return fail(errorcode::Required,
                    tr("The customer must consent to the credit check and the terms."));
    }
    return std::nullopt;
}

QList<std::pair<QString, QString>> CreditApplication::fieldTexts() const
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    const auto money = [](qint64 cents) { return Money::fromCents(cents).toPlainString(); };
    QList<std::pair<QString, QString>> texts {
        {s("legal_name"), legalName},
        {s("dba"), dba},
        {s("ein"), ein},
        {s("entity_type"), entityType ? toWire(*entityType) : QString()},
        {s("years_in_business"), yearsInBusiness ? QString::number(*yearsInBusiness) : QString()},
    };
    const auto address = [&texts](const QString &prefix, const PostalAddress &a) {
        texts.append({{prefix + u"line1", a.line1},
                      {prefix + u"line2", a.line2},
                      {prefix + u"city", a.city},
                      {prefix + u"state", a.state},
                      {prefix + u"zip", a.zip}});
    };
    address(s("billing_address."), billingAddress);
    texts.append({{s("ap_contact.name"), apContact.name},
                  {s("ap_contact.email"), apContact.email},
                  {s("ap_contact.phone"), apContact.phone},
                  {s("bank_reference.bank_name"), bankReference.bankName},
                  {s("bank_reference.contact_name"), bankReference.contactName},
                  {s("bank_reference.phone"), bankReference.phone},
                  {s("trade_references"), QString::number(tradeReferences.size())}});
    for (qsizetype i = 0; i < tradeReferences.size(); ++i) {
        const TradeReference &t = tradeReferences.at(i);
        const QString prefix = QStringLiteral("trade_references[%1].").arg(i);
        texts.append({{prefix + u"company", t.company},
                      {prefix + u"contact_name", t.contactName},
                      {prefix + u"phone", t.phone},
                      {prefix + u"email", t.email}});
    }
    texts.append({{s("requested_limit_cents"), money(requestedLimitCents)},
                  {s("expected_monthly_spend_cents"), money(expectedMonthlySpendCents)}});
    if (guarantor) {
        texts.append({s("guarantor.name"), guarantor->name});
        address(s("guarantor.home_address."), guarantor->homeAddress);
        texts.append(
            {{s("guarantor.phone"), guarantor->phone}, {s("guarantor.email"), guarantor->email}});
    }
    texts.append({{s("signer_name"), signerName},
                  {s("signer_title"), signerTitle},
                  {s("typed_signature"), typedSignature},
                  {s("signed_on"), signedOn.isValid() ? signedOn.toString(Qt::ISODate) : QString()},
                  {s("consent"), consent ? s("true") : s("false")}});
    return texts;
}

QList<FieldError> CreditApplication::validateForSubmit(qint64 currentLimit) const
{
    CreditApplication withLimit = *this;
    withLimit.currentLimitCents = currentLimit;
    const QLocale plain(QLocale::English, QLocale::UnitedStates); // fieldTexts' money format
    QList<FieldError> errors;
    for (const auto &[field, text] : withLimit.fieldTexts()) {
        if (auto error = withLimit.validateField(field, text, plain))
            errors.append(*error);
    }
    return errors;
}

} // namespace pac
