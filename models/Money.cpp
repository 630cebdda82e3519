#include "models/Money.h"

#include <algorithm>

namespace pac {

namespace {

// Signs accepted around a typed amount. Only US-dollar signs: "€5" must not become $5.00.
bool stripCurrencySign(QStringView &text)
{
    static constexpr QStringView signs[] = {u"US$", u"USD", u"$"};
    for (const QStringView sign : signs) {
        if (text.startsWith(sign, Qt::CaseInsensitive)) {
            text = text.mid(sign.size()).trimmed();
            return true;
        }
        if (text.endsWith(sign, Qt::CaseInsensitive)) {
            text.chop(sign.size());
            text = text.trimmed();
            return true;
        }
    }
    return false;
}

bool stripNegativeSign(QStringView &text, const QLocale &locale)
{
    const QString localeMinus = locale.negativeSign();
    for (const QStringView minus :
         {QStringView(u"-"), QStringView(u"\u2212"), QStringView(localeMinus)}) {
        if (minus.isEmpty())
            continue;
        if (text.startsWith(minus)) {
            text = text.mid(minus.size()).trimmed();
            return true;
        }
        if (text.endsWith(minus)) {
            text.chop(minus.size());
            text = text.trimmed();
            return true;
        }
    }
    // Accounting style, as QLocale(en_US).toCurrencyString(-7) writes it: "($7.00)".
    if (text.size() >= 2 && text.front() == u'(' && text.back() == u')') {
        text = text.mid(1, text.size() - 2).trimmed();
        return true;
    }
    return false;
}

struct Separators
{
    QString decimal;
    QString group;

    bool isGroupAt(QStringView text, qsizetype i) const
    {
        if (text.mid(i).startsWith(group))
            return true;
        // Locales that group with a (narrow) no-break space also take a typed space.
        return group.size() == 1 && group.front().isSpace() && text.at(i).isSpace();
    }
};

using ParseError = Money::ParseError;

// The longest first group the locale itself writes. Normally 3; Qt 6.4 applies CLDR's
// "minimum grouping digits" of Spanish to the highest group only and writes 1234567 as
// "1234.567", which must parse back.
qsizetype longestFirstGroup(const QLocale &locale)
{
    const qsizetype at = locale.toString(qint64(1234567)).indexOf(locale.groupSeparator());
    return std::max<qsizetype>(3, at);
}

// Checks the integer part's grouping: "1234", or groups of three after a shorter first one.
ParseError checkGrouping(const QList<qsizetype> &groupLengths, qsizetype longestFirst)
{
    if (groupLengths.size() == 1)
        return ParseError::None;
    if (groupLengths.front() < 1 || groupLengths.front() > longestFirst)
        return ParseError::MisplacedSeparator;
    for (qsizetype i = 1; i < groupLengths.size(); ++i) {
        if (groupLengths.at(i) != 3)
            return ParseError::MisplacedSeparator;
    }
    return ParseError::None;
}

} // namespace

std::optional<Money> Money::parse(QStringView text, const QLocale &locale, ParseError *error)
{
    const auto fail = [error](ParseError why) -> std::optional<Money> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    QStringView rest = text.trimmed();
    if (rest.isEmpty())
        return fail(ParseError::Empty);

    // Peel currency signs and a minus off both ends, in any order ("-$5", "$-5", "5 $").
    bool negative = false;
    for (bool peeled = true; peeled && !rest.isEmpty();) {
        peeled = stripCurrencySign(rest);
        if (stripNegativeSign(rest, locale)) {
            negative = true;
            peeled = true;
        }
    }

    const Separators separators {locale.decimalPoint(), locale.groupSeparator()};
    QList<qsizetype> groupLengths {0};
    qsizetype fractionDigits = -1; // -1: no decimal point seen
    qint64 dollars = 0;
    qint64 fraction = 0;
    bool tooLarge = false;
    bool misplaced = false;
    bool anyDigit = false;
    for (qsizetype i = 0; i < rest.size();) {
        const QChar ch = rest.at(i);
        if (const int digit = ch.digitValue();
            digit >= 0 && ch.category() == QChar::Number_DecimalDigit) {
            anyDigit = true;
            if (fractionDigits >= 0) {
                // A third decimal is refused below, even "1.230": the user typed more
                // precision than a cent, which is a mistake worth naming.
                if (++fractionDigits <= 2)
                    fraction = fraction * 10 + digit;
            } else {
                ++groupLengths.back();
                if (dollars > MaxCents / 100)
                    tooLarge = true;
                else
                    dollars = dollars * 10 + digit;
            }
            ++i;
        } else if (rest.mid(i).startsWith(separators.decimal)) {
            if (fractionDigits >= 0)
                return fail(ParseError::InvalidCharacters); // a second decimal point
            fractionDigits = 0;
            i += separators.decimal.size();
        } else if (separators.isGroupAt(rest, i)) {
            if (fractionDigits >= 0)
                misplaced = true; // no grouping in the decimals
            groupLengths.append(0);
            i += rest.mid(i).startsWith(separators.group) ? separators.group.size() : 1;
        } else {
            return fail(ParseError::InvalidCharacters);
        }
    }
    if (!anyDigit)
        return fail(ParseError::InvalidCharacters);
    if (misplaced || checkGrouping(groupLengths, longestFirstGroup(locale)) != ParseError::None)
        return fail(ParseError::MisplacedSeparator);
    if (negative)
        return fail(ParseError::Negative);
    if (fractionDigits > 2)
        return fail(ParseError::TooManyDecimals);
    if (fractionDigits == 1)
        fraction *= 10;
    const qint64 cents = tooLarge ? MaxCents + 1 : dollars * 100 + fraction;
    if (cents > MaxCents)
        return fail(ParseError::TooLarge);
    if (error)
        *error = ParseError::None;
    return Money(cents);
}

QString Money::errorCode(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QString(errorcode::Required);
    case ParseError::InvalidCharacters:
        return QString(errorcode::InvalidFormat);
    case ParseError::Negative:
        return QString(errorcode::Negative);
    case ParseError::TooManyDecimals:
        return QString(errorcode::TooManyDecimals);
    case ParseError::MisplacedSeparator:
        return QString(errorcode::MisplacedSeparator);
    case ParseError::TooLarge:
        return QString(errorcode::TooLarge);
    }
    return {};
}

QString Money::errorMessage(ParseError error, QStringView text)
{
    const QString typed = text.trimmed().toString();
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return tr("Enter an amount.");
    case ParseError::InvalidCharacters:
        return tr("“%1” is not an amount.").arg(typed);
    case ParseError::Negative:
        return tr("“%1” is negative; enter an amount of zero or more.").arg(typed);
    case ParseError::TooManyDecimals:
        return tr("“%1” has more than two decimals.").arg(typed);
    case ParseError::MisplacedSeparator:
        return tr("“%1” has a misplaced thousands separator.").arg(typed);
    case ParseError::TooLarge:
        return tr("“%1” is too large; the most is %2.").arg(typed, Money(MaxCents).format());
    }
    return {};
}

FieldError Money::fieldError(ParseError error, QStringView text, const QString &field)
{
    return {field, errorCode(error), errorMessage(error, text)};
}

QString Money::format(const QLocale &locale) const
{
    // Amounts are US dollars whatever the locale: its own sign only where its currency is
    // USD (en_US "$", es_US "$"), else the unambiguous "US$" (es_ES "1234,56 US$").
    const QString sign = locale.currencySymbol(QLocale::CurrencyIsoCode) == u"USD"
        ? locale.currencySymbol(QLocale::CurrencySymbol)
        : QStringLiteral("US$");

    // QLocale formats currency from a double, which is inexact for large amounts. Take the
    // locale's currency pattern from a small amount and put in the exact digits.
    const bool negative = m_cents < 0;
    const quint64 magnitude = negative ? quint64(-(m_cents + 1)) + 1 : quint64(m_cents);
    const quint64 centsPart = magnitude % 100;
    const QString number = locale.toString(magnitude / 100) + locale.decimalPoint()
        + (centsPart < 10 ? locale.zeroDigit() : QString()) + locale.toString(centsPart);

    const QString pattern = locale.toCurrencyString(negative ? -7.0 : 7.0, sign, 2);
    const QString sample = locale.toString(7.0, 'f', 2);
    const qsizetype at = pattern.indexOf(sample);
    if (at < 0)
        return (negative ? locale.negativeSign() : QString()) + sign + number;
    return QString(pattern).replace(at, sample.size(), number);
}

QString Money::toPlainString() const
{
    const bool negative = m_cents < 0;
    const quint64 magnitude = negative ? quint64(-(m_cents + 1)) + 1 : quint64(m_cents);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + u'.'
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace pac
