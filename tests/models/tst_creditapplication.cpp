#include "models/CreditApplication.h"
#include "models/CreditApplicationSample.h"

#include <QTest>

#include <functional>

using namespace pac;

using Mutation = std::function<void(CreditApplication &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QStringList summary(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + u':' + e.code);
    return out;
}

const PersonRef agent {7, QStringLiteral("Agent One")};
const PersonRef support {4, QStringLiteral("Support One")};
const QDateTime submittedAt(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
const QDateTime decidedAt(QDate(2026, 11, 22), QTime(15, 30), Qt::UTC);

} // namespace

class TestCreditApplication : public QObject
{
    Q_OBJECT

private slots:
    void validateField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code"); // empty: accepted

        QTest::newRow("ein") << "ein"
                             << "12-3456789"
                             << "";
        QTest::newRow("ein trimmed") << "ein"
                                     << " 12-3456789 "
                                     << "";
        QTest::newRow("ein without dash") << "ein"
                                          << "123456789"
                                          << "invalid_format";
        QTest::newRow("ein 8 digits") << "ein"
                                      << "12-345678"
                                      << "invalid_format";
        QTest::newRow("ein dash misplaced") << "ein"
                                            << "1-23456789"
                                            << "invalid_format";
        QTest::newRow("ein letters") << "ein"
                                     << "AB-1234567"
                                     << "invalid_format";
        QTest::newRow("ein empty") << "ein"
                                   << ""
                                   << "required";

        QTest::newRow("zip 5") << "billing_address.zip"
                               << "02139"
                               << "";
        QTest::newRow("zip 5+4") << "billing_address.zip"
                                 << "02139-4307"
                                 << "";
        QTest::newRow("zip 4") << "billing_address.zip"
                               << "2139"
                               << "invalid_format";
        QTest::newRow("zip 5+2") << "billing_address.zip"
                                 << "02139-43"
                                 << "invalid_format";
        QTest::newRow("zip 9 without dash") << "billing_address.zip"
                                            << "021394307"
                                            << "invalid_format";
        QTest::newRow("zip letter") << "billing_address.zip"
                                    << "0213a"
                                    << "invalid_format";
        QTest::newRow("state") << "billing_address.state"
                               << "NY"
                               << "";
        QTest::newRow("state lower case") << "billing_address.state"
                                          << "ny"
                                          << "";
        QTest::newRow("state DC") << "billing_address.state"
                                  << "DC"
                                  << "";
        QTest::newRow("state unknown") << "billing_address.state"
                                       << "XX"
                                       << "invalid_format";
        QTest::newRow("state spelled out") << "billing_address.state"
                                           << "New York"
                                           << "invalid_format";
        QTest::newRow("state empty") << "billing_address.state"
                                     << ""
                                     << "required";
        QTest::newRow("address line2 optional") << "billing_address.line2"
                                                << ""
                                                << "";
        QTest::newRow("guarantor zip") << "guarantor.home_address.zip"
                                       << "7330"
                                       << "invalid_format";

        QTest::newRow("phone parentheses") << "ap_contact.phone"
                                           << "(617) 555-0123"
                                           << "";
        QTest::newRow("phone dashes") << "ap_contact.phone"
                                      << "617-555-0123"
                                      << "";
        QTest::newRow("phone +1") << "ap_contact.phone"
                                  << "+1 617 555 0123"
                                  << "";
        QTest::newRow("phone leading 1") << "ap_contact.phone"
                                         << "16175550123"
                                         << "";
        QTest::newRow("phone dots") << "ap_contact.phone"
                                    << "617.555.0123"
                                    << "";
        QTest::newRow("phone 7 digits") << "ap_contact.phone"
                                        << "555-0123"
                                        << "invalid_format";
        QTest::newRow("phone area code 0") << "ap_contact.phone"
                                           << "017-555-0123"
                                           << "invalid_format";
        QTest::newRow("phone exchange 1") << "ap_contact.phone"
                                          << "617-155-0123"
                                          << "invalid_format";
        QTest::newRow("phone UK") << "ap_contact.phone"
                                  << "+44 20 7946 0958"
                                  << "invalid_format";
        QTest::newRow("phone extension") << "ap_contact.phone"
                                         << "617-555-0123 x12"
                                         << "invalid_format";
        QTest::newRow("phone 12 digits") << "bank_reference.phone"
                                         << "617-555-01234"
                                         << "invalid_format";
        QTest::newRow("phone empty") << "bank_reference.phone"
                                     << ""
                                     << "required";

        QTest::newRow("ap email") << "ap_contact.email"
                                  << "ap@acme.example"
                                  << "";
        QTest::newRow("ap email invalid") << "ap_contact.email"
                                          << "bob@@x"
                                          << "invalid_email";
        QTest::newRow("ap email empty") << "ap_contact.email"
                                        << ""
                                        << "required";
        QTest::newRow("guarantor email optional") << "guarantor.email"
                                                  << ""
                                                  << "";
        QTest::newRow("guarantor email invalid") << "guarantor.email"
                                                 << "x@"
                                                 << "invalid_email";
        QTest::newRow("trade reference email") << "trade_references[1].email"
                                               << "bad"
                                               << "invalid_email";
        QTest::newRow("trade reference phone") << "trade_references[0].phone"
                                               << "12"
                                               << "invalid_format";
        QTest::newRow("trade company repeats an earlier one") << "trade_references[2].company"
                                                              << " trunk supply co "
                                                              << "duplicate";
        QTest::newRow("first trade company is no duplicate") << "trade_references[0].company"
                                                             << "Trunk Supply Co"
                                                             << "";
        QTest::newRow("trade company new") << "trade_references[2].company"
                                           << "Other Co"
                                           << "";

        QTest::newRow("years 0") << "years_in_business"
                                 << "0"
                                 << "";
        QTest::newRow("years 300") << "years_in_business"
                                   << "300"
                                   << "";
        QTest::newRow("years 301") << "years_in_business"
                                   << "301"
                                   << "too_high";
        QTest::newRow("years negative") << "years_in_business"
                                        << "-1"
                                        << "invalid_format";
        QTest::newRow("years fraction") << "years_in_business"
                                        << "2.5"
                                        << "invalid_format";
        QTest::newRow("years words") << "years_in_business"
                                     << "ten"
                                     << "invalid_format";
        QTest::newRow("years empty") << "years_in_business"
                                     << ""
                                     << "required";
        QTest::newRow("entity type") << "entity_type"
                                     << "llc"
                                     << "";
        QTest::newRow("entity type display name") << "entity_type"
                                                  << "LLC"
                                                  << "invalid_format";
        QTest::newRow("entity type empty") << "entity_type"
                                           << ""
                                           << "required";

        // The sample's current limit is $500.00.
        QTest::newRow("requested equal to current") << "requested_limit_cents"
                                                    << "500.00"
                                                    << "too_low";
        QTest::newRow("requested one cent above") << "requested_limit_cents"
                                                  << "500.01"
                                                  << "";
        QTest::newRow("requested typed with sign") << "requested_limit_cents"
                                                   << "$1,000"
                                                   << "";
        QTest::newRow("requested below current") << "requested_limit_cents"
                                                 << "100"
                                                 << "too_low";
        QTest::newRow("requested three decimals") << "requested_limit_cents"
                                                  << "1.234"
                                                  << "too_many_decimals";
        QTest::newRow("requested letters") << "requested_limit_cents"
                                           << "abc"
                                           << "invalid_format";
        QTest::newRow("requested negative") << "requested_limit_cents"
                                            << "-600"
                                            << "negative";
        QTest::newRow("requested empty") << "requested_limit_cents"
                                         << ""
                                         << "required";
        QTest::newRow("spend zero") << "expected_monthly_spend_cents"
                                    << "0"
                                    << "too_low";
        QTest::newRow("spend one cent") << "expected_monthly_spend_cents"
                                        << "0.01"
                                        << "";

        QTest::newRow("signature other case") << "typed_signature"
                                              << "ann example"
                                              << "";
        QTest::newRow("signature blanks") << "typed_signature"
                                          << "  Ann   Example "
                                          << "";
        QTest::newRow("signature misspelt") << "typed_signature"
                                            << "Ann Exampel"
                                            << "mismatch";
        QTest::newRow("signature initials") << "typed_signature"
                                            << "A. Example"
                                            << "mismatch";
        QTest::newRow("signature empty") << "typed_signature"
                                         << ""
                                         << "required";
        QTest::newRow("signed on") << "signed_on"
                                   << "2026-11-25"
                                   << "";
        QTest::newRow("signed on impossible date") << "signed_on"
                                                   << "2026-02-30"
                                                   << "invalid_format";
        QTest::newRow("signed on US format") << "signed_on"
                                             << "11/25/2026"
                                             << "invalid_format";
        QTest::newRow("signed on empty") << "signed_on"
                                         << ""
                                         << "required";
        QTest::newRow("consent given") << "consent"
                                       << "true"
                                       << "";
        QTest::newRow("consent missing") << "consent"
                                         << "false"
                                         << "required";

        QTest::newRow("legal name blank") << "legal_name"
                                          << "   "
                                          << "required";
        QTest::newRow("legal name of 200") << "legal_name" << QString(200, u'n') << "";
        QTest::newRow("legal name of 201") << "legal_name" << QString(201, u'n') << "too_long";
        QTest::newRow("dba optional") << "dba"
                                      << ""
                                      << "";
        QTest::newRow("dba of 201") << "dba" << QString(201, u'n') << "too_long";
        QTest::newRow("signer title blank") << "signer_title"
                                            << ""
                                            << "required";

        QTest::newRow("unknown field") << "favorite_color"
                                       << ""
                                       << "";
        QTest::newRow("malformed index") << "trade_references[x].email"
                                         << "bad"
                                         << "";
    }

    void validateField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        const CreditApplication a = completeCreditApplication();
        const auto error = a.validateField(field, value);
        QCOMPARE(error ? error->code : QString(), code);
        if (error) {
            QCOMPARE(error->field, field);
            QVERIFY(!error->message.isEmpty());
            if (code == u"invalid_format" || code == u"invalid_email" || code == u"mismatch")
                QVERIFY2(error->message.contains(value.trimmed()), qPrintable(error->message));
        }
    }

    void validateFieldUsesLocale()
    {
        const CreditApplication a = completeCreditApplication();
        const QLocale es(QLocale::Spanish, QLocale::Spain);
        QVERIFY(!a.validateField(u"requested_limit_cents", QStringLiteral("1.500,00"), es));
        QCOMPARE(a.validateField(u"requested_limit_cents", QStringLiteral("1.500,00"))->code,
                 QStringLiteral("misplaced_separator"));
    }

    void tradeReferenceCount()
    {
        CreditApplication a = completeCreditApplication();
        QVERIFY(!a.validateField(u"trade_references", QString()));
        a.tradeReferences.removeLast();
        const auto error = a.validateField(u"trade_references", QString());
        QVERIFY(error.has_value());
        QCOMPARE(error->code, QStringLiteral("too_few"));
    }

    void validateForSubmit_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<qint64>("currentLimit");
        QTest::addColumn<QStringList>("errors");

        const auto none = [](CreditApplication &) {};
        QTest::newRow("complete") << Mutation(none) << qint64(50000) << QStringList();
        QTest::newRow("with a complete guarantor")
            << Mutation([](CreditApplication &a) { a.guarantor = completeGuarantor(); })
            << qint64(50000) << QStringList();
        QTest::newRow("one trade reference")
            << Mutation([](CreditApplication &a) { a.tradeReferences.removeLast(); })
            << qint64(50000) << QStringList {"trade_references:too_few"};
        QTest::newRow("no trade reference")
            << Mutation([](CreditApplication &a) { a.tradeReferences.clear(); }) << qint64(50000)
            << QStringList {"trade_references:too_few"};
        QTest::newRow("three trade references") << Mutation([](CreditApplication &a) {
            a.tradeReferences.append({QStringLiteral("Third"), QStringLiteral("T"),
                                      QStringLiteral("2125550199"),
                                      QStringLiteral("t@third.example")});
        }) << qint64(50000) << QStringList();
        QTest::newRow("the same company twice") << Mutation([](CreditApplication &a) {
            a.tradeReferences[1].company = QStringLiteral("TRUNK SUPPLY CO");
        }) << qint64(50000) << QStringList {"trade_references[1].company:duplicate"};
        QTest::newRow("requested equal to the current limit")
            << Mutation(none) << qint64(250000) << QStringList {"requested_limit_cents:too_low"};
        QTest::newRow("requested one cent above the current limit")
            << Mutation(none) << qint64(249999) << QStringList();
        QTest::newRow("current limit is taken from the caller, not the draft")
            << Mutation([](CreditApplication &a) { a.currentLimitCents = 900000; }) << qint64(50000)
            << QStringList();
        QTest::newRow("negative requested limit")
            << Mutation([](CreditApplication &a) { a.requestedLimitCents = -1; }) << qint64(0)
            << QStringList {"requested_limit_cents:negative"};
        QTest::newRow("no monthly spend")
            << Mutation([](CreditApplication &a) { a.expectedMonthlySpendCents = 0; })
            << qint64(50000) << QStringList {"expected_monthly_spend_cents:too_low"};
        QTest::newRow("no consent") << Mutation([](CreditApplication &a) { a.consent = false; })
                                    << qint64(50000) << QStringList {"consent:required"};
        QTest::newRow("signature of someone else")
            << Mutation([](CreditApplication &a) { a.typedSignature = QStringLiteral("Bo Other"); })
            << qint64(50000) << QStringList {"typed_signature:mismatch"};
        QTest::newRow("no signature date")
            << Mutation([](CreditApplication &a) { a.signedOn = QDate(); }) << qint64(50000)
            << QStringList {"signed_on:required"};
        QTest::newRow("no entity type and years") << Mutation([](CreditApplication &a) {
            a.entityType.reset();
            a.yearsInBusiness.reset();
        }) << qint64(50000) << QStringList {"entity_type:required", "years_in_business:required"};
        QTest::newRow("empty guarantor")
            << Mutation([](CreditApplication &a) { a.guarantor = PersonalGuarantor(); })
            << qint64(50000)
            << QStringList {"guarantor.name:required",
                            "guarantor.home_address.line1:required",
                            "guarantor.home_address.city:required",
                            "guarantor.home_address.state:required",
                            "guarantor.home_address.zip:required",
                            "guarantor.phone:required"};
        QTest::newRow("errors in form order")
            << Mutation([](CreditApplication &a) {
                   a.consent = false;
                   a.tradeReferences[1].email = QStringLiteral("wanda@");
                   a.ein = QStringLiteral("123");
               })
            << qint64(50000)
            << QStringList {"ein:invalid_format", "trade_references[1].email:invalid_email",
                            "consent:required"};
        QTest::newRow("empty application")
            << Mutation([](CreditApplication &a) { a = CreditApplication(); }) << qint64(0)
            << QStringList {"legal_name:required",
                            "ein:required",
                            "entity_type:required",
                            "years_in_business:required",
                            "billing_address.line1:required",
                            "billing_address.city:required",
                            "billing_address.state:required",
                            "billing_address.zip:required",
                            "ap_contact.name:required",
                            "ap_contact.email:required",
                            "ap_contact.phone:required",
                            "bank_reference.bank_name:required",
                            "bank_reference.contact_name:required",
                            "bank_reference.phone:required",
                            "trade_references:too_few",
                            "requested_limit_cents:too_low",
                            "expected_monthly_spend_cents:too_low",
                            "signer_name:required",
                            "signer_title:required",
                            "typed_signature:required",
                            "signed_on:required",
                            "consent:required"};
    }

    void validateForSubmit()
    {
        QFETCH(Mutation, mutate);
        QFETCH(qint64, currentLimit);
        QFETCH(QStringList, errors);
        CreditApplication a = completeCreditApplication();
        mutate(a);
        QCOMPARE(summary(a.validateForSubmit(currentLimit)), errors);

        // submit() refuses with the same errors and changes nothing.
        const CreditApplication before = a;
        const QList<FieldError> submitErrors = a.submit(currentLimit, agent, submittedAt);
        QCOMPARE(summary(submitErrors), errors);
        if (errors.isEmpty())
            QCOMPARE(a.status, CreditApplicationStatus::Submitted);
        else
            QCOMPARE(a, before);
    }

    void submit()
    {
        CreditApplication a = completeCreditApplication();
        a.currentLimitCents = 0; // stale in the draft
        QVERIFY(a.submit(50000, agent, submittedAt).isEmpty());
        QCOMPARE(a.status, CreditApplicationStatus::Submitted);
        QCOMPARE(a.currentLimitCents, qint64(50000));
        QCOMPARE(a.submittedBy, std::optional<PersonRef>(agent));
        QCOMPARE(a.submittedAt, submittedAt);
        QVERIFY(!a.decision);
    }

    void approve_data()
    {
        QTest::addColumn<qint64>("approvedLimit");
        QTest::addColumn<QString>("code");
        // Current limit $500.00, requested $2,500.00.
        QTest::newRow("nothing") << qint64(0) << "too_low";
        QTest::newRow("the current limit") << qint64(50000) << "too_low";
        QTest::newRow("one cent above current") << qint64(50001) << "";
        QTest::newRow("less than requested") << qint64(100000) << "";
        QTest::newRow("the requested limit") << qint64(250000) << "";
        QTest::newRow("one cent above requested") << qint64(250001) << "too_high";
    }

    void approve()
    {
        QFETCH(qint64, approvedLimit);
        QFETCH(QString, code);
        CreditApplication a = completeCreditApplication();
        QVERIFY(a.submit(50000, agent, submittedAt).isEmpty());
        const CreditApplication before = a;
        const QList<FieldError> errors
            = a.approve(approvedLimit, QStringLiteral("Good references"), support, decidedAt);
        if (code.isEmpty()) {
            QVERIFY(errors.isEmpty());
            QCOMPARE(a.status, CreditApplicationStatus::Approved);
            QVERIFY(a.decision.has_value());
            QCOMPARE(a.decision->approved, true);
            QCOMPARE(a.decision->approvedLimitCents, approvedLimit);
            QCOMPARE(a.decision->note, QStringLiteral("Good references"));
            QCOMPARE(a.decision->decidedBy, support);
            QCOMPARE(a.decision->decidedAt, decidedAt);
        } else {
            QCOMPARE(summary(errors), QStringList {"approved_limit_cents:" + code});
            QCOMPARE(a, before);
        }
    }

    void decline()
    {
        CreditApplication a = completeCreditApplication();
        QVERIFY(a.submit(50000, agent, submittedAt).isEmpty());
        const CreditApplication before = a;
        QCOMPARE(summary(a.decline(QStringLiteral("  "), support, decidedAt)),
                 QStringList {"note:required"});
        QCOMPARE(a, before);
        QVERIFY(a.decline(QStringLiteral(" Thin credit file "), support, decidedAt).isEmpty());
        QCOMPARE(a.status, CreditApplicationStatus::Declined);
        QCOMPARE(a.decision->approved, false);
        QCOMPARE(a.decision->approvedLimitCents, qint64(0));
        QCOMPARE(a.decision->note, QStringLiteral("Thin credit file"));
    }

    void illegalTransitions_data()
    {
        QTest::addColumn<CreditApplicationStatus>("from");
        QTest::addColumn<QString>("action");
        using S = CreditApplicationStatus;
        QTest::newRow("approve a draft") << S::Draft << "approve";
        QTest::newRow("decline a draft") << S::Draft << "decline";
        QTest::newRow("submit twice") << S::Submitted << "submit";
        QTest::newRow("approve twice") << S::Approved << "approve";
        QTest::newRow("decline an approved one") << S::Approved << "decline";
        QTest::newRow("resubmit an approved one") << S::Approved << "submit";
        QTest::newRow("approve a declined one") << S::Declined << "approve";
        QTest::newRow("decline twice") << S::Declined << "decline";
        QTest::newRow("resubmit a declined one") << S::Declined << "submit";
    }

    void illegalTransitions()
    {
        QFETCH(CreditApplicationStatus, from);
        QFETCH(QString, action);
        CreditApplication a = completeCreditApplication();
        if (from != CreditApplicationStatus::Draft)
            QVERIFY(a.submit(50000, agent, submittedAt).isEmpty());
        if (from == CreditApplicationStatus::Approved)
            QVERIFY(a.approve(100000, QString(), support, decidedAt).isEmpty());
        if (from == CreditApplicationStatus::Declined)
            QVERIFY(a.decline(QStringLiteral("No"), support, decidedAt).isEmpty());
        QCOMPARE(a.status, from);

        const CreditApplication before = a;
        QList<FieldError> errors;
        if (action == u"submit")
            errors = a.submit(50000, agent, submittedAt);
        else if (action == u"approve")
            errors = a.approve(100000, QString(), support, decidedAt);
        else
            errors = a.decline(QStringLiteral("Because"), support, decidedAt);
        QCOMPARE(summary(errors), QStringList {"status:invalid_transition"});
        QVERIFY2(errors.front().message.contains(CreditApplication::displayName(from)),
                 qPrintable(errors.front().message));
        QCOMPARE(a, before);
    }

    void canTransition()
    {
        using S = CreditApplicationStatus;
        const QList<S> all {S::Draft, S::Submitted, S::Approved, S::Declined};
        QStringList allowed;
        for (S from : all) {
            for (S to : all) {
                if (CreditApplication::canTransition(from, to))
                    allowed.append(toWire(from) + u"->" + toWire(to));
            }
        }
        QCOMPARE(allowed,
                 QStringList({"draft->submitted", "submitted->approved", "submitted->declined"}));
    }

    void wireAndDisplayNames()
    {
        for (EntityType t :
             {EntityType::SoleProprietorship, EntityType::Partnership, EntityType::Llc,
              EntityType::Corporation, EntityType::Nonprofit, EntityType::Other}) {
            QCOMPARE(entityTypeFromWire(toWire(t)), std::optional<EntityType>(t));
            QVERIFY(!CreditApplication::displayName(t).isEmpty());
        }
        QCOMPARE(toWire(EntityType::SoleProprietorship), QStringLiteral("sole_proprietorship"));
        QCOMPARE(toWire(CreditApplicationStatus::Declined), QStringLiteral("declined"));
        QVERIFY(!creditApplicationStatusFromWire(u"pending"));
        QCOMPARE(completeCreditApplication().etag(), QByteArray("\"0\""));
    }
};

QTEST_APPLESS_MAIN(TestCreditApplication)
#include "tst_creditapplication.moc"
