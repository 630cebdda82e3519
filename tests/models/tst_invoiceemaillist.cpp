#include "models/InvoiceEmailList.h"

#include <QTest>

using namespace pac;

namespace {

// "field:code" of each error, for compact expectations.
QStringList summary(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + u':' + e.code);
    return out;
}

QStringList numbered(int count, const QString &domain = QStringLiteral("example.com"))
{
    QStringList list;
    for (int i = 1; i <= count; ++i)
        list.append(QStringLiteral("user%1@%2").arg(i).arg(domain));
    return list;
}

} // namespace

class TestInvoiceEmailList : public QObject
{
    Q_OBJECT

private slots:
    void address_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        const QString label63(63, u'a');
        // "x@" + a 252-character domain = 254 characters.
        const QString domain252 = QString(63, u'b') + u'.' + QString(63, u'c') + u'.'
            + QString(63, u'd') + u'.' + QString(60, u'e');
        const QString local(QStringLiteral("x"));

        QTest::newRow("simple") << "simple@example.com" << true;
        QTest::newRow("dotted local") << "very.common@example.com" << true;
        QTest::newRow("plus tag") << "user.name+tag+sorting@example.com" << true;
        QTest::newRow("hyphen local") << "other.email-with-hyphen@example.com" << true;
        QTest::newRow("one-letter local") << "x@example.com" << true;
        QTest::newRow("hyphenated domain") << "example-indeed@strange-example.com" << true;
        QTest::newRow("single-label domain") << "admin@mailserver1" << true;
        QTest::newRow("one-letter label") << "example@s.example" << true;
        QTest::newRow("bang in local") << "mailhost!username@example.org" << true;
        QTest::newRow("percent in local") << "user%example.com@example.org" << true;
        QTest::newRow("local ends with hyphen") << "user-@example.org" << true;
        QTest::newRow("every allowed symbol") << "#!$%&'*+-/=?^_`{}|~@example.org" << true;
        QTest::newRow("leading dot in local (HTML allows)") << ".dot@example.com" << true;
        QTest::newRow("double dot in local (HTML allows)") << "double..dot@example.com" << true;
        QTest::newRow("trailing dot in local (HTML allows)") << "trailing.@example.com" << true;
        QTest::newRow("upper case") << "UPPER@EXAMPLE.COM" << true;
        QTest::newRow("all-digit labels") << "123@456.789" << true;
        QTest::newRow("inner hyphen label") << "a@b-c.d" << true;
        QTest::newRow("double hyphen inside label") << "a@xn--bcher-kva.example" << true;
        QTest::newRow("label starts with digit") << "a@1example.com" << true;
        QTest::newRow("label of 63") << QString(u"a@" + label63 + u".com") << true;
        QTest::newRow("address of 254") << QString(local + u'@' + domain252) << true;
        QTest::newRow("many labels") << "a@b.c.d.e.f.g" << true;
        QTest::newRow("underscore local") << "first_last@example.com" << true;

        QTest::newRow("empty") << "" << false;
        QTest::newRow("no at sign") << "plainaddress" << false;
        QTest::newRow("at sign only") << "@" << false;
        QTest::newRow("empty local") << "@example.com" << false;
        QTest::newRow("empty domain") << "user@" << false;
        QTest::newRow("double at") << "bob@@x" << false;
        QTest::newRow("two at signs") << "a@b@c.com" << false;
        QTest::newRow("empty label") << "user@example..com" << false;
        QTest::newRow("domain starts with dot") << "user@.example.com" << false;
        QTest::newRow("domain ends with dot") << "user@example.com." << false;
        QTest::newRow("label starts with hyphen") << "user@-example.com" << false;
        QTest::newRow("label ends with hyphen") << "user@example-.com" << false;
        QTest::newRow("underscore in domain") << "user@exa_mple.com" << false;
        QTest::newRow("space in local") << "user name@example.com" << false;
        QTest::newRow("space in domain") << "user@exam ple.com" << false;
        QTest::newRow("quoted local") << "\"john\"@example.com" << false;
        QTest::newRow("parentheses") << "user(comment)@example.com" << false;
        QTest::newRow("ip literal") << "user@[127.0.0.1]" << false;
        QTest::newRow("display name form") << "Ann <ann@x.com>" << false;
        QTest::newRow("non-ASCII local") << QStringLiteral("ñandú@example.com") << false;
        QTest::newRow("non-ASCII domain") << QStringLiteral("user@bücher.example") << false;
        QTest::newRow("label of 64") << QString(u"a@" + label63 + u"a.com") << false;
        QTest::newRow("address of 255") << QString(local + u"x@" + domain252) << false;
        QTest::newRow("leading space") << " a@example.com" << false;
        QTest::newRow("trailing space") << "a@example.com " << false;
        QTest::newRow("comma in local") << "user,name@example.com" << false;
        QTest::newRow("semicolon in local") << "user;x@example.com" << false;
        QTest::newRow("backslash in local") << "user\\x@example.com" << false;
        QTest::newRow("colon in local") << "mailto:a@example.com" << false;
        QTest::newRow("domain of dots") << "a@.." << false;
    }

    void address()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(InvoiceEmailList::isValidAddress(address), valid);
    }

    void lengthLimit()
    {
        const QString at254 = QString(64, u'l') + u'@' + QString(63, u'a') + u'.'
            + QString(63, u'b') + u'.' + QString(61, u'c');
        QCOMPARE(at254.size(), InvoiceEmailList::MaxAddressLength);
        QVERIFY(InvoiceEmailList::isValidAddress(at254));
        QVERIFY(!InvoiceEmailList::isValidAddress(QString(u'l' + at254)));
    }

    void sameAddress()
    {
        QVERIFY(InvoiceEmailList::sameAddress(u"Bob@Example.COM", u"bob@example.com"));
        QVERIFY(InvoiceEmailList::sameAddress(u" bob@example.com", u"bob@example.com "));
        QVERIFY(!InvoiceEmailList::sameAddress(u"bob@example.com", u"bob@example.co"));
        QVERIFY(!InvoiceEmailList::sameAddress(u"bob+1@example.com", u"bob@example.com"));
    }

    void validate_data()
    {
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<QStringList>("stored");

        QTest::newRow("empty list") << QStringList() << QStringList() << QStringList();
        QTest::newRow("10 addresses: the most allowed")
            << numbered(10) << QStringList() << numbered(10);
        QTest::newRow("11 addresses: the 11th is too many")
            << numbered(11) << QStringList {"emails[10]:too_many"} << numbered(11);
        QTest::newRow("12 addresses: both extra ones named")
            << numbered(12) << QStringList {"emails[10]:too_many", "emails[11]:too_many"}
            << numbered(12);
        QTest::newRow("100 entries (MaxSubmitted): still checked one by one") << numbered(100) <<
            [] {
                QStringList errors;
                for (int i = 10; i < 100; ++i)
                    errors.append(QStringLiteral("emails[%1]:too_many").arg(i));
                return errors;
            }() << numbered(100);
        // The probe: 60,000 addresses took the server 22 s; refused whole, nothing stored.
        QTest::newRow("101 entries: the list refused whole")
            << numbered(101) << QStringList {"emails:too_many"} << QStringList();
        QTest::newRow("60,000 entries: the list refused whole")
            << numbered(60'000) << QStringList {"emails:too_many"} << QStringList();
        QTest::newRow("11 entries with a duplicate take 10 places")
            << (numbered(10) << "USER3@example.com") << QStringList {"emails[10]:duplicate"}
            << (numbered(10) << "USER3@example.com");
        {
            // user1..user9, a repeat of user1, user10: the repeat must not push user10 out.
            const QStringList withRepeat = numbered(9) << "USER1@example.com"
                                                       << "user10@example.com";
            QTest::newRow("a duplicate takes no place")
                << withRepeat << QStringList {"emails[9]:duplicate"} << withRepeat;
        }
        {
            QStringList eleven = numbered(11);
            eleven[2] = QStringLiteral("bob@@x");
            QTest::newRow("an invalid address still takes a place")
                << eleven << QStringList {"emails[2]:invalid_email", "emails[10]:too_many"}
                << eleven;
        }
        QTest::newRow("duplicate differing only in case")
            << QStringList {"Bob@X.com", "bob@x.COM"} << QStringList {"emails[1]:duplicate"}
            << QStringList {"Bob@X.com", "bob@x.COM"};
        QTest::newRow("duplicate after trimming")
            << QStringList {"a@x.com", "  a@x.com\t"} << QStringList {"emails[1]:duplicate"}
            << QStringList {"a@x.com", "a@x.com"};
        QTest::newRow("stored trimmed, case kept")
            << QStringList {"  Ann@X.com ", "\tbob@y.org\n"} << QStringList()
            << QStringList {"Ann@X.com", "bob@y.org"};
        QTest::newRow("empty entry is invalid")
            << QStringList {"a@x.com", "  "} << QStringList {"emails[1]:invalid_email"}
            << QStringList {"a@x.com", ""};
        QTest::newRow("every offending address reported")
            << QStringList {"ok@x.com", "bob@@x", "OK@x.com", "user@exa_mple.com"}
            << QStringList {"emails[1]:invalid_email", "emails[2]:duplicate",
                            "emails[3]:invalid_email"}
            << QStringList {"ok@x.com", "bob@@x", "OK@x.com", "user@exa_mple.com"};
        QTest::newRow("invalid duplicate is reported as invalid")
            << QStringList {"bob@@x", "bob@@x"}
            << QStringList {"emails[0]:invalid_email", "emails[1]:invalid_email"}
            << QStringList {"bob@@x", "bob@@x"};
    }

    void validate()
    {
        QFETCH(QStringList, emails);
        QFETCH(QStringList, errors);
        QFETCH(QStringList, stored);
        const InvoiceEmailList::Validation v = InvoiceEmailList::validate(emails);
        QCOMPARE(summary(v.errors), errors);
        QCOMPARE(v.ok(), errors.isEmpty());
        QCOMPARE(v.emails, stored);
        for (const FieldError &e : v.errors) {
            if (e.field == QLatin1String("emails")) { // the whole list: says how long it was
                QVERIFY2(e.message.contains(QString::number(emails.size())), qPrintable(e.message));
                continue;
            }
            const qsizetype index = e.field.mid(7).chopped(1).toInt();
            const QString address = emails.at(index).trimmed();
            if (!address.isEmpty())
                QVERIFY2(e.message.contains(address), qPrintable(e.message));
        }
    }

    void parsePasted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("candidates");
        QTest::newRow("empty") << "" << QStringList();
        QTest::newRow("separators only") << " ,; \n\t" << QStringList();
        QTest::newRow("commas") << "a@x.com,b@y.com , c@z.com"
                                << QStringList {"a@x.com", "b@y.com", "c@z.com"};
        QTest::newRow("semicolons") << "a@x.com;b@y.com;" << QStringList {"a@x.com", "b@y.com"};
        QTest::newRow("one a line") << "a@x.com\nb@y.com\n\n" << QStringList {"a@x.com", "b@y.com"};
        QTest::newRow("CRLF lines") << "a@x.com\r\nb@y.com\r\n"
                                    << QStringList {"a@x.com", "b@y.com"};
        QTest::newRow("spreadsheet tabs")
            << "a@x.com\tb@y.com" << QStringList {"a@x.com", "b@y.com"};
        QTest::newRow("display names") << "Ann <ann@x.com>; bob@y.com, Carl Doe <carl@z.org>"
                                       << QStringList {"ann@x.com", "bob@y.com", "carl@z.org"};
        QTest::newRow("quoted name with comma")
            << "\"Doe, Ann\" <ann@x.com>, \"Roe; Bo\" <bo@y.com>"
            << QStringList {"ann@x.com", "bo@y.com"};
        QTest::newRow("case kept") << "Ann <ANN@X.com>" << QStringList {"ANN@X.com"};
        QTest::newRow("mailto prefix")
            << "mailto:ann@x.com; MAILTO:bo@y.com" << QStringList {"ann@x.com", "bo@y.com"};
        QTest::newRow("unclosed bracket ends at the line")
            << "Ann <ann@x.com\nbob@y.com" << QStringList {"ann@x.com", "bob@y.com"};
        QTest::newRow("invalid entries are kept for the caller")
            << "bob@@x, not an address" << QStringList {"bob@@x", "not an address"};
    }

    void parsePasted()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, candidates);
        QCOMPARE(InvoiceEmailList::parsePasted(text), candidates);
    }

    void merge_data()
    {
        QTest::addColumn<QStringList>("current");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("refused"); // "address:code"

        QTest::newRow("into an empty list")
            << QStringList() << "Ann <ann@x.com>; bob@y.com"
            << QStringList {"ann@x.com", "bob@y.com"} << QStringList();
        QTest::newRow("already in the list, other case")
            << QStringList {"ann@x.com"} << "ANN@x.com" << QStringList()
            << QStringList {"ANN@x.com:duplicate"};
        QTest::newRow("twice in the paste")
            << QStringList() << "a@x.com, b@x.com, A@X.COM" << QStringList {"a@x.com", "b@x.com"}
            << QStringList {"A@X.COM:duplicate"};
        QTest::newRow("invalid refused, valid added")
            << QStringList() << "bob@@x; ok@y.com" << QStringList {"ok@y.com"}
            << QStringList {"bob@@x:invalid_email"};
        QTest::newRow("9 plus 3: the 11th and 12th are too many")
            << numbered(9) << "a@x.com, b@x.com, c@x.com" << QStringList {"a@x.com"}
            << QStringList {"b@x.com:too_many", "c@x.com:too_many"};
        QTest::newRow("10 plus 1: full")
            << numbered(10) << "a@x.com" << QStringList() << QStringList {"a@x.com:too_many"};
        QTest::newRow("a refused address takes no place")
            << numbered(9) << "bob@@x, user1@example.com, last@x.com" << QStringList {"last@x.com"}
            << QStringList {"bob@@x:invalid_email", "user1@example.com:duplicate"};
    }

    void merge()
    {
        QFETCH(QStringList, current);
        QFETCH(QString, pasted);
        QFETCH(QStringList, added);
        QFETCH(QStringList, refused);
        const InvoiceEmailList::Merge m = InvoiceEmailList::merge(current, pasted);
        QCOMPARE(m.added, added);
        QStringList got;
        for (const InvoiceEmailList::Refusal &r : m.refused) {
            got.append(r.address + u':' + r.error.code);
            QCOMPARE(r.error.field, QStringLiteral("emails"));
            QVERIFY2(r.error.message.contains(r.address), qPrintable(r.error.message));
        }
        QCOMPARE(got, refused);
        QCOMPARE(m.emails, current + added);
        QVERIFY(InvoiceEmailList::validate(m.emails).ok());
    }

    void redundant_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("redundant");
        QTest::newRow("same address") << "ann@x.com" << true;
        QTest::newRow("other case") << "ANN@X.COM" << true;
        QTest::newRow("blanks around") << " ann@x.com " << true;
        QTest::newRow("contact with blanks") << "bo@y.com" << true;
        QTest::newRow("not a contact") << "cfo@x.com" << false;
        QTest::newRow("prefix of a contact") << "ann@x.co" << false;
        QTest::newRow("empty does not match a contact without email") << "" << false;
    }

    void redundant()
    {
        QFETCH(QString, email);
        QFETCH(bool, redundant);
        const QList<BillingContact> contacts {
            {1, QStringLiteral("Ann"), QStringLiteral("ann@x.com")},
            {2, QStringLiteral("Bo"), QStringLiteral(" Bo@Y.com ")},
            {3, QStringLiteral("No email"), QString()}};
        QCOMPARE(InvoiceEmailList::isRedundant(email, contacts), redundant);
        QCOMPARE(InvoiceEmailList::redundantAddresses({QStringLiteral("z@z.com"), email}, contacts),
                 redundant ? QStringList {email} : QStringList());
    }

    void recipients_data()
    {
        QTest::addColumn<QStringList>("contactEmails");
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QStringList>("cc");
        QTest::newRow("contacts To, list CC")
            << QStringList {"ann@x.com"} << QStringList {"ap@x.com", "cfo@x.com"}
            << QStringList {"ann@x.com"} << QStringList {"ap@x.com", "cfo@x.com"};
        QTest::newRow("redundant address only in To")
            << QStringList {"ann@x.com"} << QStringList {"ANN@x.com", "ap@x.com"}
            << QStringList {"ann@x.com"} << QStringList {"ap@x.com"};
        QTest::newRow("no billing contact") << QStringList() << QStringList {"ap@x.com"}
                                            << QStringList() << QStringList {"ap@x.com"};
        QTest::newRow("no additional emails")
            << QStringList {"ann@x.com", "bo@y.com"} << QStringList()
            << QStringList {"ann@x.com", "bo@y.com"} << QStringList();
        QTest::newRow("two contacts share an address")
            << QStringList {"ann@x.com", "Ann@X.com"} << QStringList {"ap@x.com"}
            << QStringList {"ann@x.com"} << QStringList {"ap@x.com"};
        QTest::newRow("contact without email skipped")
            << QStringList {"", "bo@y.com"} << QStringList {"ap@x.com"} << QStringList {"bo@y.com"}
            << QStringList {"ap@x.com"};
        QTest::newRow("each CC once") << QStringList() << QStringList {"ap@x.com", "AP@x.com "}
                                      << QStringList() << QStringList {"ap@x.com"};
    }

    void recipients()
    {
        QFETCH(QStringList, contactEmails);
        QFETCH(QStringList, emails);
        QFETCH(QStringList, to);
        QFETCH(QStringList, cc);
        QList<BillingContact> contacts;
        for (const QString &email : contactEmails)
            contacts.append({contacts.size() + 1, QStringLiteral("Contact"), email});
        const InvoiceEmailList::Recipients r = InvoiceEmailList::recipients(contacts, emails);
        QCOMPARE(r.to, to);
        QCOMPARE(r.cc, cc);
    }
};

QTEST_APPLESS_MAIN(TestInvoiceEmailList)
#include "tst_invoiceemaillist.moc"
