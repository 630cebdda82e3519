// Billing rule 8: the ACH authorization (entry class, who, how, the versioned text), the
// micro-deposit amounts, and what a routing number says about its bank.
#include "models/AchAuthorization.h"
#include "models/AchAuthorizationText.h"
#include "models/AchVerification.h"
#include "models/RoutingNumberInfo.h"

#include <QTest>

using namespace pac;

namespace {

AchAuthorization complete()
{
    AchAuthorization a;
    a.secCode = AchSecCode::CCD;
    a.authorizedByName = QStringLiteral("Dana Whitfield");
    a.authorizedByTitle = QStringLiteral("Controller");
    a.method = AchAuthorizationMethod::Written;
    a.textVersion = QString(AchAuthorizationText::CurrentVersion);
    a.acceptedAt = QDateTime(QDate(2026, 12, 7), QTime(15, 4, 5), Qt::UTC);
    return a;
}

QStringList summary(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + u':' + e.code);
    return out;
}

} // namespace

class TestAchAuthorization : public QObject
{
    Q_OBJECT

private slots:
    void wireNames()
    {
        for (const auto code : {AchSecCode::CCD, AchSecCode::PPD, AchSecCode::TEL, AchSecCode::WEB})
            QCOMPARE(achSecCodeFromWire(toWire(code)), code);
        QCOMPARE(toWire(AchSecCode::TEL), QStringLiteral("TEL"));
        QCOMPARE(achSecCodeFromWire(u"ccd"), std::nullopt); // exact, as the Nacha codes
        QCOMPARE(toWire(AchAuthorizationMethod::RecordedCall), QStringLiteral("recorded_call"));
        QCOMPARE(achAuthorizationMethodFromWire(u"online"), AchAuthorizationMethod::Online);
        QCOMPARE(achAuthorizationMethodFromWire(u"fax"), std::nullopt);
        QCOMPARE(achVerificationStateFromWire(u"failed"), AchVerificationState::Failed);
        QCOMPARE(toWire(AchVerificationState::Pending), QStringLiteral("pending"));
    }

    void methodsPerEntryClass()
    {
        QCOMPARE(AchAuthorization::methodsFor(AchSecCode::CCD).size(), 3);
        QCOMPARE(AchAuthorization::methodsFor(AchSecCode::PPD),
                 QList<AchAuthorizationMethod> {AchAuthorizationMethod::Written});
        QCOMPARE(AchAuthorization::defaultMethodFor(AchSecCode::TEL),
                 AchAuthorizationMethod::RecordedCall);
        QCOMPARE(AchAuthorization::defaultMethodFor(AchSecCode::WEB),
                 AchAuthorizationMethod::Online);
        QCOMPARE(AchAuthorization::defaultMethodFor(AchSecCode::CCD),
                 AchAuthorizationMethod::Written);
    }

    void aCompleteAuthorizationPasses() { QVERIFY(complete().validate().isEmpty()); }

    void everyMissingPartIsNamed()
    {
        const QStringList errors = summary(AchAuthorization().validate());
        QCOMPARE(
            errors,
            QStringList(
                {"authorization.sec_code:required", "authorization.authorized_by_name:required",
                 "authorization.authorized_by_title:required", "authorization.method:required",
                 "authorization.text_version:required", "authorization.accepted_at:required"}));
    }

    void whitespaceIsNotAName()
    {
        AchAuthorization a = complete();
        a.authorizedByName = QStringLiteral("   ");
        QCOMPARE(summary(a.validate()), QStringList {"authorization.authorized_by_name:required"});
    }

    void tooLongNameAndTitle()
    {
        AchAuthorization a = complete();
        a.authorizedByName = QString(AchAuthorization::MaxNameLength + 1, u'n');
        a.authorizedByTitle = QString(AchAuthorization::MaxTitleLength + 1, u't');
        QCOMPARE(summary(a.validate()),
                 QStringList({"authorization.authorized_by_name:too_long",
                              "authorization.authorized_by_title:too_long"}));
        a.authorizedByName = QString(AchAuthorization::MaxNameLength, u'n');
        a.authorizedByTitle = QString(AchAuthorization::MaxTitleLength, u't');
        QVERIFY(a.validate().isEmpty());
    }

    void aMethodTheEntryClassDoesNotAllow_data()
    {
        QTest::addColumn<AchSecCode>("code");
        QTest::addColumn<AchAuthorizationMethod>("method");
        QTest::addColumn<bool>("allowed");
        using M = AchAuthorizationMethod;
        QTest::newRow("CCD written") << AchSecCode::CCD << M::Written << true;
        QTest::newRow("CCD call") << AchSecCode::CCD << M::RecordedCall << true;
        QTest::newRow("CCD online") << AchSecCode::CCD << M::Online << true;
        QTest::newRow("PPD written") << AchSecCode::PPD << M::Written << true;
        QTest::newRow("PPD call") << AchSecCode::PPD << M::RecordedCall << false;
        QTest::newRow("PPD online") << AchSecCode::PPD << M::Online << false;
        QTest::newRow("TEL call") << AchSecCode::TEL << M::RecordedCall << true;
        QTest::newRow("TEL written") << AchSecCode::TEL << M::Written << false;
        QTest::newRow("WEB online") << AchSecCode::WEB << M::Online << true;
        QTest::newRow("WEB call") << AchSecCode::WEB << M::RecordedCall << false;
    }
    void aMethodTheEntryClassDoesNotAllow()
    {
        QFETCH(AchSecCode, code);
        QFETCH(AchAuthorizationMethod, method);
        QFETCH(bool, allowed);
        AchAuthorization a = complete();
        a.secCode = code;
        a.method = method;
        const QList<FieldError> errors = a.validate();
        QCOMPARE(errors.isEmpty(), allowed);
        if (!allowed) {
            QCOMPARE(summary(errors), QStringList {"authorization.method:invalid_transition"});
            QVERIFY(errors.first().message.contains(toWire(code)));
        }
    }

    void jsonRoundTrip()
    {
        AchAuthorization a = complete();
        a.text = QStringLiteral("the text");
        a.recordedBy = QStringLiteral("Ana Agent");
        const QJsonObject json = a.toJson();
        QCOMPARE(json.value("sec_code").toString(), QStringLiteral("CCD"));
        QCOMPARE(json.value("method").toString(), QStringLiteral("written"));
        QCOMPARE(json.value("accepted_at").toString(), QStringLiteral("2026-12-07T15:04:05.000Z"));
        QList<FieldError> errors;
        QCOMPARE(AchAuthorization::fromJson(json, &errors), a);
        QVERIFY(errors.isEmpty());
        // A request carries no text: the portal writes it.
        QVERIFY(!complete().toJson().contains("text"));
    }

    void jsonWithUnknownValues()
    {
        QList<FieldError> errors;
        const AchAuthorization a = AchAuthorization::fromJson(
            {{"sec_code", "ARC"}, {"method", "fax"}, {"accepted_at", "yesterday"}}, &errors);
        QCOMPARE(summary(errors),
                 QStringList({"authorization.sec_code:invalid_format",
                              "authorization.method:invalid_format",
                              "authorization.accepted_at:invalid_format"}));
        QVERIFY(errors.first().message.contains("ARC"));
        QVERIFY(!a.secCode);
        QVERIFY(!a.method);
    }

    void theTextNamesWhatTheRulesRequire_data()
    {
        QTest::addColumn<AchSecCode>("code");
        QTest::newRow("CCD") << AchSecCode::CCD;
        QTest::newRow("PPD") << AchSecCode::PPD;
        QTest::newRow("TEL") << AchSecCode::TEL;
        QTest::newRow("WEB") << AchSecCode::WEB;
    }
    void theTextNamesWhatTheRulesRequire()
    {
        QFETCH(AchSecCode, code);
        const QString text = AchAuthorizationText::text(
            AchAuthorizationText::CurrentVersion, code,
            {QStringLiteral("Trunking Cloud Portal"), QStringLiteral("Acme VoIP LLC"),
             QStringLiteral("6789"), QStringLiteral("checking")});
        QVERIFY2(text.contains(QLatin1String(AchAuthorizationText::CurrentVersion)),
                 qPrintable(text));
        QVERIFY(text.contains(toWire(code)));
        QVERIFY(text.contains("Trunking Cloud Portal"));
        QVERIFY(text.contains("ending in 6789"));
        QVERIFY(text.contains("checking"));
        QVERIFY(text.contains("due date"));
        QVERIFY(text.contains("revoked"));
        if (code == AchSecCode::CCD)
            QVERIFY(text.contains("Acme VoIP LLC"));
        if (code == AchSecCode::TEL)
            QVERIFY(text.contains("Read it aloud"));
    }

    void theTextBeforeTheAccountIsKnown()
    {
        const QString text
            = AchAuthorizationText::text(AchAuthorizationText::CurrentVersion, AchSecCode::CCD, {});
        QVERIFY(text.contains("ending in ____"));
        QVERIFY(
            AchAuthorizationText::text(QStringLiteral("2025-01.1"), AchSecCode::CCD, {}).isEmpty());
    }

    void depositAmounts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<qint64>>("cents");
        QTest::addColumn<QString>("problem");
        QTest::newRow("comma") << "0.32,0.45" << QList<qint64> {32, 45} << "";
        QTest::newRow("spaces and dollars") << " $0.32  $.05 " << QList<qint64> {32, 5} << "";
        QTest::newRow("one decimal") << "0.3;0.07" << QList<qint64> {30, 7} << "";
        QTest::newRow("a dollar") << "1.00,0.45" << QList<qint64> {} << "amounts:invalid_format";
        QTest::newRow("three decimals")
            << "0.325,0.45" << QList<qint64> {} << "amounts:invalid_format";
        QTest::newRow("words") << "thirty cents" << QList<qint64> {} << "amounts:invalid_format";
    }
    void depositAmounts()
    {
        QFETCH(QString, typed);
        QFETCH(QList<qint64>, cents);
        QFETCH(QString, problem);
        std::optional<FieldError> error;
        QCOMPARE(AchVerification::parseDollars(typed, &error), cents);
        QCOMPARE(error ? error->field + u':' + error->code : QString(), problem);
    }

    void depositCountAndRange()
    {
        QCOMPARE(AchVerification::validateAmounts({32, 45}), std::nullopt);
        QCOMPARE(AchVerification::validateAmounts({32})->code, QStringLiteral("too_few"));
        QCOMPARE(AchVerification::validateAmounts({1, 2, 3})->code, QStringLiteral("too_many"));
        QCOMPARE(AchVerification::validateAmounts({0, 45})->code, QStringLiteral("invalid_format"));
        QCOMPARE(AchVerification::validateAmounts({100, 45})->code,
                 QStringLiteral("invalid_format"));
        QCOMPARE(AchVerification::validateAmounts({99, 1}), std::nullopt);
    }

    void onlyAVerifiedMethodIsTheDefault()
    {
        QCOMPARE(AchVerification::canBeDefault(AchVerificationState::Verified, false),
                 std::nullopt);
        for (const auto state : {AchVerificationState::Pending, AchVerificationState::Failed})
            QCOMPARE(AchVerification::canBeDefault(state, false)->code,
                     QStringLiteral("not_verified"));
        QCOMPARE(AchVerification::canBeDefault(AchVerificationState::Verified, true)->code,
                 QStringLiteral("not_verified"));
    }

    void routingNumberDistricts_data()
    {
        QTest::addColumn<QString>("routing");
        QTest::addColumn<int>("district");
        QTest::addColumn<int>("kind");
        using K = RoutingNumberInfo::Kind;
        QTest::newRow("Boston bank") << "011000015" << 1 << int(K::Bank);
        QTest::newRow("New York bank") << "021000021" << 2 << int(K::Bank);
        QTest::newRow("San Francisco bank") << "121000358" << 12 << int(K::Bank);
        QTest::newRow("thrift") << "221172186" << 2 << int(K::Thrift);
        QTest::newRow("electronic") << "611000000" << 1 << int(K::Electronic);
        QTest::newRow("government") << "000000518" << 0 << int(K::Government);
        QTest::newRow("traveler's cheques") << "800000000" << 0 << int(K::TravelersCheques);
        QTest::newRow("unassigned 13") << "131000000" << -1 << -1;
        QTest::newRow("unassigned 50") << "501000000" << -1 << -1;
        QTest::newRow("short") << "02100002" << -1 << -1;
        QTest::newRow("letters") << "02100002x" << -1 << -1;
    }
    void routingNumberDistricts()
    {
        QFETCH(QString, routing);
        QFETCH(int, district);
        QFETCH(int, kind);
        const auto info = RoutingNumberInfo::of(routing);
        if (district < 0) {
            QVERIFY(!info);
            return;
        }
        QVERIFY(info);
        QCOMPARE(info->district, district);
        QCOMPARE(int(info->kind), kind);
        const QString words = info->describe();
        // Never a bank's name: we only know the district.
        QVERIFY2(words.contains("not known"), qPrintable(words));
        if (district > 0)
            QVERIFY(words.contains(info->districtCity()));
    }

    void districtCities()
    {
        QCOMPARE(RoutingNumberInfo::of(u"021000021")->districtCity(), QStringLiteral("New York"));
        QCOMPARE(RoutingNumberInfo::of(u"121000358")->districtCity(),
                 QStringLiteral("San Francisco"));
        QCOMPARE(RoutingNumberInfo::of(u"000000518")->districtCity(), QString());
    }
};

QTEST_APPLESS_MAIN(TestAchAuthorization)
#include "tst_achauthorization.moc"
