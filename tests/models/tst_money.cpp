#include "models/Money.h"

#include <QSet>
#include <QTest>

using namespace pac;

namespace {

const QLocale enUs(QLocale::English, QLocale::UnitedStates);
const QLocale esEs(QLocale::Spanish, QLocale::Spain);
const QLocale esUs(QLocale::Spanish, QLocale::UnitedStates);
const QLocale frFr(QLocale::French, QLocale::France);
const QLocale deDe(QLocale::German, QLocale::Germany);

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseAccepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("plain integer") << "1234" << enUs << qint64(123400);
        QTest::newRow("one decimal") << "1234.5" << enUs << qint64(123450);
        QTest::newRow("grouped two decimals") << "1,234.56" << enUs << qint64(123456);
        QTest::newRow("dollar sign") << "$1,234.56" << enUs << qint64(123456);
        QTest::newRow("blanks around sign") << " $ 1,234.56 " << enUs << qint64(123456);
        QTest::newRow("US$ prefix") << "US$12.00" << enUs << qint64(1200);
        QTest::newRow("USD suffix") << "12.00 USD" << enUs << qint64(1200);
        QTest::newRow("sign after") << "12 $" << enUs << qint64(1200);
        QTest::newRow("zero") << "0" << enUs << qint64(0);
        QTest::newRow("one cent") << "0.01" << enUs << qint64(1);
        QTest::newRow("no integer part") << ".5" << enUs << qint64(50);
        QTest::newRow("trailing decimal point") << "5." << enUs << qint64(500);
        QTest::newRow("leading zeros") << "007.10" << enUs << qint64(710);
        QTest::newRow("two groups") << "1,234,567.89" << enUs << qint64(123456789);
        QTest::newRow("first group of three") << "123,456" << enUs << qint64(12345600);
        QTest::newRow("maximum") << "999,999,999,999.99" << enUs << Money::MaxCents;
        QTest::newRow("es grouped") << "1.234,56" << esEs << qint64(123456);
        QTest::newRow("es ungrouped") << "1234,56" << esEs << qint64(123456);
        QTest::newRow("es two groups") << "1.234.567,89" << esEs << qint64(123456789);
        QTest::newRow("es first group of four as Qt 6.4 writes it")
            << "1234.567,89" << esEs << qint64(123456789);
        QTest::newRow("es dot is a group") << "1.234" << esEs << qint64(123400);
        QTest::newRow("es US$ after") << "1234,56 US$" << esEs << qint64(123456);
        QTest::newRow("fr typed space group") << "1 234,56" << frFr << qint64(123456);
        QTest::newRow("fr no-break space group")
            << QStringLiteral("1\u202f234,56") << frFr << qint64(123456);
        QTest::newRow("de grouped") << "1.234,56 $" << deDe << qint64(123456);
    }

    void parseAccepts()
    {
        QFETCH(QString, text);
        QFETCH(QLocale, locale);
        QFETCH(qint64, cents);
        Money::ParseError error = Money::ParseError::TooLarge;
        const auto money = Money::parse(text, locale, &error);
        QVERIFY2(money.has_value(), qPrintable(Money::errorCode(error)));
        QCOMPARE(money->cents(), cents);
        QCOMPARE(error, Money::ParseError::None);
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<Money::ParseError>("error");
        QTest::addColumn<QString>("code");
        using E = Money::ParseError;
        QTest::newRow("empty") << "" << enUs << E::Empty << "required";
        QTest::newRow("blanks only") << "   " << enUs << E::Empty << "required";
        QTest::newRow("letters") << "abc" << enUs << E::InvalidCharacters << "invalid_format";
        QTest::newRow("trailing letter")
            << "12a" << enUs << E::InvalidCharacters << "invalid_format";
        QTest::newRow("sign only") << "$" << enUs << E::InvalidCharacters << "invalid_format";
        QTest::newRow("point only") << "." << enUs << E::InvalidCharacters << "invalid_format";
        QTest::newRow("two decimal points")
            << "1.2.3" << enUs << E::InvalidCharacters << "invalid_format";
        QTest::newRow("euro sign")
            << QStringLiteral("€5") << enUs << E::InvalidCharacters << "invalid_format";
        QTest::newRow("space inside en")
            << "1 234" << enUs << E::InvalidCharacters << "invalid_format";
        QTest::newRow("plus sign") << "+5" << enUs << E::InvalidCharacters << "invalid_format";
        QTest::newRow("minus") << "-5" << enUs << E::Negative << "negative";
        QTest::newRow("minus after sign") << "$-5" << enUs << E::Negative << "negative";
        QTest::newRow("minus before sign") << "-$5.00" << enUs << E::Negative << "negative";
        QTest::newRow("accounting parentheses") << "($5.00)" << enUs << E::Negative << "negative";
        QTest::newRow("trailing minus") << "5-" << enUs << E::Negative << "negative";
        QTest::newRow("minus zero") << "-0" << enUs << E::Negative << "negative";
        QTest::newRow("three decimals")
            << "1.234" << enUs << E::TooManyDecimals << "too_many_decimals";
        QTest::newRow("three decimals ending in zero")
            << "1.230" << enUs << E::TooManyDecimals << "too_many_decimals";
        QTest::newRow("es three decimals")
            << "12,345" << esEs << E::TooManyDecimals << "too_many_decimals";
        QTest::newRow("group of two")
            << "1,23.00" << enUs << E::MisplacedSeparator << "misplaced_separator";
        QTest::newRow("group of four")
            << "12,3456" << enUs << E::MisplacedSeparator << "misplaced_separator";
        QTest::newRow("first group of four")
            << "1234,567" << enUs << E::MisplacedSeparator << "misplaced_separator";
        QTest::newRow("leading group separator")
            << ",123" << enUs << E::MisplacedSeparator << "misplaced_separator";
        QTest::newRow("trailing group separator")
            << "123," << enUs << E::MisplacedSeparator << "misplaced_separator";
        QTest::newRow("group separator in decimals")
            << "1.2,3" << enUs << E::MisplacedSeparator << "misplaced_separator";
        QTest::newRow("es-style text in en")
            << "1.234,56" << enUs << E::MisplacedSeparator << "misplaced_separator";
        QTest::newRow("es first group of five")
            << "12345.678" << esEs << E::MisplacedSeparator << "misplaced_separator";
        QTest::newRow("en-style text in es")
            << "1234.56" << esEs << E::MisplacedSeparator << "misplaced_separator";
        QTest::newRow("one cent above maximum")
            << "1,000,000,000,000.00" << enUs << E::TooLarge << "too_large";
        QTest::newRow("beyond qint64")
            << "99999999999999999999999" << enUs << E::TooLarge << "too_large";
    }

    void parseRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QLocale, locale);
        QFETCH(Money::ParseError, error);
        QFETCH(QString, code);
        Money::ParseError got = Money::ParseError::None;
        QVERIFY(!Money::parse(text, locale, &got).has_value());
        QCOMPARE(got, error);
        QCOMPARE(Money::errorCode(got), code);
        const FieldError fe = Money::fieldError(got, text, QStringLiteral("requested_limit_cents"));
        QCOMPARE(fe.field, QStringLiteral("requested_limit_cents"));
        QCOMPARE(fe.code, code);
        QVERIFY(!fe.message.isEmpty());
        if (error != Money::ParseError::Empty)
            QVERIFY2(fe.message.contains(text.trimmed()), qPrintable(fe.message));
    }

    void errorCodesAreDistinct()
    {
        using E = Money::ParseError;
        const QList<E> all {E::Empty,           E::InvalidCharacters,  E::Negative,
                            E::TooManyDecimals, E::MisplacedSeparator, E::TooLarge};
        QSet<QString> codes;
        for (E e : all)
            codes.insert(Money::errorCode(e));
        QCOMPARE(codes.size(), all.size());
        QVERIFY(!codes.contains(QString()));
        QCOMPARE(Money::errorCode(E::None), QString());
    }

    void format_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::newRow("en thousands") << qint64(123456) << enUs << "$1,234.56";
        QTest::newRow("en zero") << qint64(0) << enUs << "$0.00";
        QTest::newRow("en five cents") << qint64(5) << enUs << "$0.05";
        QTest::newRow("en ten cents") << qint64(10) << enUs << "$0.10";
        QTest::newRow("en negative is accounting style") << qint64(-500) << enUs << "($5.00)";
        QTest::newRow("en maximum") << Money::MaxCents << enUs << "$999,999,999,999.99";
        // 2^53 + 1 cents: a double cannot hold it; the text must still be exact.
        QTest::newRow("en beyond double precision")
            << qint64(9007199254740993) << enUs << "$90,071,992,547,409.93";
        // What Qt 6.4 (CLDR) prints: Spanish does not group four-digit numbers.
        QTest::newRow("es four digits") << qint64(123456) << esEs << "1234,56\u00a0US$";
        QTest::newRow("es six digits") << qint64(12345678) << esEs << "123.456,78\u00a0US$";
        QTest::newRow("es seven digits (Qt 6.4 skips the top separator)")
            << qint64(123456789) << esEs << "1234.567,89\u00a0US$";
        QTest::newRow("es negative") << qint64(-500) << esEs << "-5,00\u00a0US$";
        QTest::newRow("es_US uses its own dollar") << qint64(123456) << esUs << "$1,234.56";
        QTest::newRow("de") << qint64(123456) << deDe << "1.234,56\u00a0US$";
    }

    void format()
    {
        QFETCH(qint64, cents);
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QCOMPARE(Money::fromCents(cents).format(locale), text);
    }

    void formatMatchesQtForSmallAmounts()
    {
        // Our exact formatting follows the locale's own currency pattern.
        for (const QLocale &locale : {enUs, esEs, frFr, deDe}) {
            const QString sign = locale == enUs ? QStringLiteral("$") : QStringLiteral("US$");
            for (qint64 cents : {qint64(0), qint64(7), qint64(123456), qint64(-98765)})
                QCOMPARE(Money::fromCents(cents).format(locale),
                         locale.toCurrencyString(double(cents) / 100.0, sign, 2));
        }
    }

    void formatParsesBack_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en_US") << enUs;
        QTest::newRow("es_ES") << esEs;
        QTest::newRow("es_US") << esUs;
        QTest::newRow("fr_FR") << frFr;
        QTest::newRow("de_DE") << deDe;
    }

    void formatParsesBack()
    {
        QFETCH(QLocale, locale);
        for (qint64 cents : {qint64(0), qint64(1), qint64(99), qint64(100000), qint64(123456789),
                             Money::MaxCents}) {
            const QString text = Money::fromCents(cents).format(locale);
            const auto back = Money::parse(text, locale);
            QVERIFY2(back.has_value(), qPrintable(text));
            QCOMPARE(back->cents(), cents);
        }
    }

    void plainString_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("text");
        QTest::newRow("thousands") << qint64(123456) << "1234.56";
        QTest::newRow("zero") << qint64(0) << "0.00";
        QTest::newRow("five cents") << qint64(5) << "0.05";
        QTest::newRow("negative five cents") << qint64(-5) << "-0.05";
        QTest::newRow("qint64 minimum")
            << std::numeric_limits<qint64>::min() << "-92233720368547758.08";
    }

    void plainString()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, text);
        QCOMPARE(Money::fromCents(cents).toPlainString(), text);
    }

    void arithmeticAndOrder()
    {
        const Money limit = Money::fromDollars(500);
        QCOMPARE(limit.cents(), qint64(50000));
        QCOMPARE(limit, Money::fromCents(50000));
        QCOMPARE((limit + Money::fromCents(1)).cents(), qint64(50001));
        QCOMPARE((limit - Money::fromDollars(501)).cents(), qint64(-100));
        Money sum;
        sum += Money::fromCents(250);
        sum += Money::fromCents(250);
        sum -= Money::fromCents(100);
        QCOMPARE(sum.cents(), qint64(400));
        QVERIFY(Money::fromCents(1) > Money());
        QVERIFY(Money::fromCents(-1) < Money());
        QVERIFY(Money::fromCents(50000) >= limit);
        QVERIFY(Money::fromCents(49999) != limit);
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
