#include "models/FieldError.h"

#include <QDebug>
#include <QJsonDocument>
#include <QTest>

using namespace pac;

class TestFieldError : public QObject
{
    Q_OBJECT

private slots:
    void json()
    {
        const FieldError e {QStringLiteral("emails[3]"), QString(errorcode::InvalidEmail),
                            QStringLiteral("“bob@@x” is not a valid email address.")};
        const QJsonObject o = toJson(e);
        QCOMPARE(o.value(QStringLiteral("field")).toString(), QStringLiteral("emails[3]"));
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_email"));
        QCOMPARE(fieldErrorFromJson(o), std::optional<FieldError>(e));

        const QList<FieldError> list {
            e, {QString(), QStringLiteral("forbidden"), QStringLiteral("No.")}};
        const QByteArray bytes = QJsonDocument(toJson(list)).toJson();
        QCOMPARE(fieldErrorsFromJson(QJsonDocument::fromJson(bytes).array()), list);
    }

    void malformedEntries_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("not an object") << QJsonValue(QStringLiteral("too_many"));
        QTest::newRow("no code") << QJsonValue(
            QJsonObject {{QStringLiteral("field"), QStringLiteral("a")},
                         {QStringLiteral("message"), QStringLiteral("m")}});
        QTest::newRow("code not a string")
            << QJsonValue(QJsonObject {{QStringLiteral("field"), QStringLiteral("a")},
                                       {QStringLiteral("code"), 3},
                                       {QStringLiteral("message"), QStringLiteral("m")}});
    }

    void malformedEntries()
    {
        QFETCH(QJsonValue, value);
        QVERIFY(!fieldErrorFromJson(value));
        const FieldError good {QStringLiteral("a"), QStringLiteral("required"),
                               QStringLiteral("m")};
        // A client skips what it cannot read and keeps the rest.
        QCOMPARE(fieldErrorsFromJson(QJsonArray {value, toJson(good)}), QList<FieldError> {good});
    }

    void find()
    {
        const QList<FieldError> list {{QStringLiteral("ein"), QStringLiteral("required"), {}},
                                      {QStringLiteral("consent"), QStringLiteral("required"), {}}};
        QCOMPARE(findError(list, u"consent"), &list.at(1));
        QCOMPARE(findError(list, u"dba"), nullptr);
    }

    void debugOutput()
    {
        QString text;
        QDebug(&text) << FieldError {QStringLiteral("ein"), QStringLiteral("invalid_format"),
                                     QStringLiteral("bad")};
        QCOMPARE(text.trimmed(), QStringLiteral("\"ein\": \"invalid_format\" (\"bad\")"));
    }
};

QTEST_APPLESS_MAIN(TestFieldError)
#include "tst_fielderror.moc"
