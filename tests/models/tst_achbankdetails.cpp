#include "models/AchBankDetails.h"

#include <QDebug>
#include <QTest>

using namespace pac;

namespace {

AchBankDetails valid()
{
    AchBankDetails d;
    d.routingNumber = QStringLiteral("021000021");
    d.accountNumber = QStringLiteral("000123456789");
    d.holderName = QStringLiteral("Acme VoIP LLC");
    d.accountType = AchAccountType::Checking;
    return d;
}

QStringList summary(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + u':' + e.code);
    return out;
}

} // namespace

class TestAchBankDetails : public QObject
{
    Q_OBJECT

private slots:
    void routingChecksum_data()
    {
        QTest::addColumn<QString>("routing");
        QTest::addColumn<bool>("valid");
        // Published routing numbers (Federal Reserve Boston, JPMorgan NY, Bank of America CA,
        // Chase CA) pass the checksum.
        QTest::newRow("011000015") << "011000015" << true;
        QTest::newRow("021000021") << "021000021" << true;
        QTest::newRow("121000358") << "121000358" << true;
        QTest::newRow("322271627") << "322271627" << true;
        // Changing any one digit of a valid number breaks the checksum: every weight counts.
        const QString base = QStringLiteral("322271627");
        for (int i = 0; i < 9; ++i) {
            QString changed = base;
            changed[i] = QChar(u'0' + (base.at(i).unicode() - u'0' + 1) % 10);
            QTest::addRow("digit %d changed", i + 1) << changed << false;
        }
        QTest::newRow("first two digits swapped") << "232271627" << false;
        QTest::newRow("123456789") << "123456789" << false;
        QTest::newRow("8 digits") << "02100002" << false;
        QTest::newRow("10 digits") << "0210000210" << false;
        QTest::newRow("letter") << "02100002a" << false;
        QTest::newRow("non-ASCII digit") << QStringLiteral("02100002١") << false;
        QTest::newRow("empty") << "" << false;
    }

    void routingChecksum()
    {
        QFETCH(QString, routing);
        QFETCH(bool, valid);
        QCOMPARE(AchBankDetails::isValidRoutingNumber(routing), valid);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("routing");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("holder");
        QTest::addColumn<bool>("hasType");
        QTest::addColumn<QStringList>("errors");

        const QString r = QStringLiteral("021000021");
        const QString a = QStringLiteral("123456789");
        const QString h = QStringLiteral("Ann Example");
        QTest::newRow("all valid") << r << a << h << true << QStringList();
        QTest::newRow("trimmed values") << " 021000021 "
                                        << " 1234 "
                                        << "  Ann  " << true << QStringList();
        QTest::newRow("routing missing")
            << "" << a << h << true << QStringList {"routing_number:required"};
        QTest::newRow("routing 8 digits")
            << "02100002" << a << h << true << QStringList {"routing_number:invalid_format"};
        QTest::newRow("routing with dash")
            << "0210-00021" << a << h << true << QStringList {"routing_number:invalid_format"};
        QTest::newRow("routing checksum")
            << "021000022" << a << h << true << QStringList {"routing_number:invalid_checksum"};
        QTest::newRow("account 3 digits")
            << r << "123" << h << true << QStringList {"account_number:invalid_format"};
        QTest::newRow("account 4 digits") << r << "1234" << h << true << QStringList();
        QTest::newRow("account 17 digits") << r << QString(17, u'9') << h << true << QStringList();
        QTest::newRow("account 18 digits")
            << r << QString(18, u'9') << h << true << QStringList {"account_number:invalid_format"};
        QTest::newRow("account with space")
            << r << "1234 5678" << h << true << QStringList {"account_number:invalid_format"};
        QTest::newRow("account with letter")
            << r << "12345X" << h << true << QStringList {"account_number:invalid_format"};
        QTest::newRow("account missing")
            << r << "" << h << true << QStringList {"account_number:required"};
        QTest::newRow("holder blank")
            << r << a << "   " << true << QStringList {"holder_name:required"};
        QTest::newRow("holder of 100") << r << a << QString(100, u'h') << true << QStringList();
        QTest::newRow("holder of 101")
            << r << a << QString(101, u'h') << true << QStringList {"holder_name:too_long"};
        QTest::newRow("no account type")
            << r << a << h << false << QStringList {"account_type:required"};
        QTest::newRow("everything wrong")
            << "1"
            << "x"
            << "" << false
            << QStringList {"routing_number:invalid_format", "account_number:invalid_format",
                            "holder_name:required", "account_type:required"};
    }

    void validate()
    {
        QFETCH(QString, routing);
        QFETCH(QString, account);
        QFETCH(QString, holder);
        QFETCH(bool, hasType);
        QFETCH(QStringList, errors);
        AchBankDetails d;
        d.routingNumber = routing;
        d.accountNumber = account;
        d.holderName = holder;
        if (hasType)
            d.accountType = AchAccountType::Savings;
        const QList<FieldError> got = d.validate();
        QCOMPARE(summary(got), errors);
        for (const FieldError &e : got) {
            QVERIFY(!e.message.isEmpty());
            // The account number never appears in a message.
            if (account.trimmed().size() >= 4)
                QVERIFY2(!e.message.contains(account.trimmed()), qPrintable(e.message));
        }
    }

    void masking_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("last4");
        QTest::addColumn<QString>("masked");
        QTest::newRow("12 digits") << "000123456789"
                                   << "6789"
                                   << "••••6789";
        QTest::newRow("4 digits") << "4321"
                                  << "4321"
                                  << "••••4321";
        QTest::newRow("17 digits") << "12345678901234567"
                                   << "4567"
                                   << "••••4567";
        QTest::newRow("blanks around") << " 987654321 "
                                       << "4321"
                                       << "••••4321";
    }

    void masking()
    {
        QFETCH(QString, account);
        QFETCH(QString, last4);
        QFETCH(QString, masked);
        AchBankDetails d = valid();
        d.accountNumber = account;
        QCOMPARE(d.last4(), last4);
        QCOMPARE(d.maskedAccount(), masked);
    }

    void debugOutputIsMasked()
    {
        QString text;
        QDebug(&text) << valid();
        QVERIFY2(text.contains(QStringLiteral("••••6789")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("123456789")), qPrintable(text));
    }

    void json_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("errors"); // fromJson errors + validate()
        const QJsonObject good = valid().toJson();
        QTest::newRow("round trip") << good << QStringList();
        QJsonObject savings = good;
        savings.insert(QStringLiteral("account_type"), QStringLiteral("savings"));
        QTest::newRow("savings") << savings << QStringList();
        QJsonObject unknown = good;
        unknown.insert(QStringLiteral("account_type"), QStringLiteral("money_market"));
        QTest::newRow("unknown account type")
            << unknown << QStringList {"account_type:invalid_format", "account_type:required"};
        QJsonObject number = good;
        number.insert(QStringLiteral("account_type"), 1);
        QTest::newRow("account type not a string")
            << number << QStringList {"account_type:invalid_format", "account_type:required"};
        QJsonObject missing = good;
        missing.remove(QStringLiteral("account_type"));
        missing.remove(QStringLiteral("routing_number"));
        QTest::newRow("members missing")
            << missing << QStringList {"routing_number:required", "account_type:required"};
        QJsonObject empty = good;
        empty.insert(QStringLiteral("account_type"), QString());
        QTest::newRow("empty account type") << empty << QStringList {"account_type:required"};
        QJsonObject mistyped = good;
        mistyped.insert(QStringLiteral("account_number"), 123456789);
        QTest::newRow("account number as a JSON number")
            << mistyped << QStringList {"account_number:required"};
    }

    void json()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, errors);
        QList<FieldError> got;
        const AchBankDetails d = AchBankDetails::fromJson(body, &got);
        got += d.validate();
        QCOMPARE(summary(got), errors);
        if (errors.isEmpty())
            QCOMPARE(d.toJson(), body);
    }

    void wireNames()
    {
        const QJsonObject o = valid().toJson();
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("ach"));
        QCOMPARE(o.value(QStringLiteral("account_type")).toString(), QStringLiteral("checking"));
        QCOMPARE(toWire(AchAccountType::Savings), QStringLiteral("savings"));
        QCOMPARE(achAccountTypeFromWire(u"checking"), std::optional(AchAccountType::Checking));
        QVERIFY(!achAccountTypeFromWire(u"Checking"));
    }
};

QTEST_APPLESS_MAIN(TestAchBankDetails)
#include "tst_achbankdetails.moc"
