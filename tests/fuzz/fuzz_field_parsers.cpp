// What a user types into a field: money (en_US and es_ES), EIN, US phone, ZIP, years in
// business, dates and the ABA routing number. A parsed amount is within the rule's range
// and formats to a text that parses back to it; every check either accepts or gives an
// error for its own field with a message.
#include "FuzzSupport.h"
#include "models/AchBankDetails.h"
#include "models/CreditApplication.h"
#include "models/Money.h"

using namespace pac;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::ensureApplication(argc, argv);
    return 0;
}

namespace {

void money(const QString &text, const QLocale &locale)
{
    Money::ParseError error = Money::ParseError::None;
    const std::optional<Money> parsed = Money::parse(text, locale, &error);
    if (!parsed) {
        PAC_FUZZ_CHECK(error != Money::ParseError::None);
        PAC_FUZZ_CHECK(!Money::errorCode(error).isEmpty());
        PAC_FUZZ_CHECK(!Money::errorMessage(error, text).isEmpty());
        return;
    }
    PAC_FUZZ_CHECK(error == Money::ParseError::None);
    PAC_FUZZ_CHECK(parsed->cents() >= 0 && parsed->cents() <= Money::MaxCents);
    PAC_FUZZ_CHECK(Money::parse(parsed->format(locale), locale) == parsed);
    PAC_FUZZ_CHECK(Money::parse(parsed->toPlainString()) == parsed);
}

// The checksum restated independently of AchBankDetails.
bool abaChecksum(QStringView digits)
{
    static const int weights[] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += weights[i] * (digits[i].unicode() - u'0');
    return sum % 10 == 0;
}

void routingNumber(const QString &text)
{
    if (!AchBankDetails::isValidRoutingNumber(text))
        return;
    PAC_FUZZ_CHECK(text.size() == 9);
    for (QChar c : text)
        PAC_FUZZ_CHECK(c >= u'0' && c <= u'9');
    PAC_FUZZ_CHECK(abaChecksum(text));
}

void fields(const QString &text)
{
    static const char *const names[] = {
        "ein",
        "billing_address.zip",
        "billing_address.state",
        "ap_contact.phone",
        "ap_contact.email",
        "guarantor.email",
        "years_in_business",
        "requested_limit_cents",
        "expected_monthly_spend_cents",
        "signed_on",
        "entity_type",
        "consent",
        "legal_name",
    };
    const CreditApplication application;
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Spanish, QLocale::Spain)}) {
        for (const char *name : names) {
            const QString field = QString::fromLatin1(name);
            const std::optional<FieldError> error = application.validateField(field, text, locale);
            if (!error)
                continue;
            PAC_FUZZ_CHECK(error->field == field);
            PAC_FUZZ_CHECK(!error->code.isEmpty());
            PAC_FUZZ_CHECK(!error->message.isEmpty());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    money(text, QLocale(QLocale::English, QLocale::UnitedStates));
    money(text, QLocale(QLocale::Spanish, QLocale::Spain));
    routingNumber(text);
    fields(text);
    return 0;
}
