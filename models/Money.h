#pragma once

#include "models/FieldError.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

namespace pac {

// An amount of US dollars held as integer cents (the API's `*_cents` fields); never floating
// point. Negative amounts exist (a credit balance), but parse() refuses them: every amount a
// user types (a credit limit, a monthly spend) is zero or more.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(pac::Money)

public:
    // The largest amount parse() accepts: $999,999,999,999.99. Far above any credit limit,
    // and it keeps sums of many amounts well inside qint64.
    static constexpr qint64 MaxCents = 99'999'999'999'999;

    // Why parse() refused a text; each has its own FieldError code (see errorCode()).
    enum class ParseError {
        None,
        Empty, // "required": nothing but blanks
        InvalidCharacters, // "invalid_format": letters, two decimal points, no digits, ...
        Negative, // "negative": "-5", "$-5", "(5.00)"
        TooManyDecimals, // "too_many_decimals": "1.234" in en_US
        MisplacedSeparator, // "misplaced_separator": "1,23.00", "12,3456", ",123"
        TooLarge, // "too_large": more than MaxCents
    };

    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    static constexpr Money fromDollars(int dollars) { return Money(qint64(dollars) * 100); }

    constexpr qint64 cents() const { return m_cents; }

    // Parses what a user types: "1234", "1234.5", "1,234.56", "$1,234.56", " $ 1,234.56 ",
    // and the locale's own separators ("1.234,56" for es_ES). A currency sign ("$", "US$" or
    // the locale's) may stand before or after the number, so format() output parses back.
    // Group separators are optional but, where present, must split the integer part into
    // groups of three. On failure returns nullopt and sets *error if given.
    static std::optional<Money> parse(QStringView text,
                                      const QLocale &locale
                                      = QLocale(QLocale::English, QLocale::UnitedStates),
                                      ParseError *error = nullptr);

    // The machine code of a parse error ("required", "invalid_format", "negative",
    // "too_many_decimals", "misplaced_separator", "too_large"); empty for None.
    static QString errorCode(ParseError error);
    // A translated message naming the refused text, e.g. "“12.345” has more than two decimals".
    static QString errorMessage(ParseError error, QStringView text);
    // Both of the above as the FieldError of `field`.
    static FieldError fieldError(ParseError error, QStringView text, const QString &field);

    // The amount as the locale writes US dollars: "$1,234.56" (en_US; a negative amount in
    // accounting style, "($5.00)"), "1234,56 US$" and "-5,00 US$" (es_ES). The sign is the locale's own where its currency is USD, else
    // "US$". Exact for every qint64 (no floating point on the way).
    QString format(const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates)) const;
    // "1234.56", "-5.00", "0.00": for CSV/JSON exports and the CLI's machine formats.
    QString toPlainString() const;

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr std::strong_ordering operator<=>(Money, Money) = default;
    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cents + b.m_cents); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_cents - b.m_cents); }
    constexpr Money &operator+=(Money other)
    {
        m_cents += other.m_cents;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_cents -= other.m_cents;
        return *this;
    }

private:
    explicit constexpr Money(qint64 cents)
        : m_cents(cents)
    { }

    qint64 m_cents = 0;
};

} // namespace pac
