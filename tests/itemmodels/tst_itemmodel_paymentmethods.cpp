// The Billing tab's bank accounts (presentation/PaymentMethodTableModel and
// PaymentMethodText): passes QAbstractItemModelTester through its resets, and shows each
// state as the panel reads it (en_US): pending with the tries left, verified, default,
// failed, revoked, and what to do next.
#include "presentation/PaymentMethodTableModel.h"
#include "presentation/PaymentMethodText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pac;

namespace {

PaymentMethod method(qint64 id, AchVerificationState state, int triesLeft = 3)
{
    PaymentMethod m;
    m.id = id;
    m.type = QStringLiteral("ach");
    m.last4 = QStringLiteral("6789");
    m.accountType = QStringLiteral("checking");
    m.holderName = QStringLiteral("Acme VoIP LLC");
    m.verification = state;
    m.triesLeft = triesLeft;
    m.createdAt = QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC);
    AchAuthorization a;
    a.secCode = AchSecCode::CCD;
    a.method = AchAuthorizationMethod::Written;
    a.authorizedByName = QStringLiteral("Dana Whitfield");
    a.authorizedByTitle = QStringLiteral("Controller");
    a.textVersion = QStringLiteral("2026-12.1");
    a.acceptedAt = m.createdAt;
    m.authorization = a;
    return m;
}

using Column = PaymentMethodTableModel::Column;

} // namespace

class TestItemModelPaymentMethods : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesTheModelTesterThroughResets()
    {
        PaymentMethodTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setMethods(
            {method(1, AchVerificationState::Verified), method(2, AchVerificationState::Pending)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(9), -1);
        QCOMPARE(model.methodAt(5), nullptr);
        model.setMethods({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.index(0, 0).data(), QVariant()); // invalid index: nothing
    }

    void eachStateInWords_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("tries");
        QTest::addColumn<bool>("isDefault");
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("attention");
        QTest::addColumn<QString>("next");
        using S = AchVerificationState;
        QTest::newRow("pending") << int(S::Pending) << 3 << false << false
                                 << "Pending verification: 3 tries left" << true << "deposits";
        QTest::newRow("verified") << int(S::Verified) << 0 << false << false << "Verified" << false
                                  << "default";
        QTest::newRow("default") << int(S::Verified) << 0 << true << false << "Verified, default"
                                 << false << "debited";
        QTest::newRow("failed") << int(S::Failed) << 0 << false << false << "Verification failed"
                                << true << "add it again";
        QTest::newRow("revoked") << int(S::Verified) << 0 << false << true << "Revoked on 12/7/26"
                                 << false << "closed the account";
    }
    void eachStateInWords()
    {
        QFETCH(int, state);
        QFETCH(int, tries);
        QFETCH(bool, isDefault);
        QFETCH(bool, revoked);
        QFETCH(QString, shown);
        QFETCH(bool, attention);
        QFETCH(QString, next);
        PaymentMethod m = method(7, AchVerificationState(state), tries);
        m.isDefault = isDefault;
        if (revoked) {
            m.revoked = PaymentMethodRevocation {
                QDateTime(QDate(2026, 12, 7), QTime(15, 0), Qt::UTC), QStringLiteral("Ana Agent"),
                QStringLiteral("Customer closed the account")};
        }
        PaymentMethodTableModel model;
        model.setMethods({m});
        const QModelIndex stateCell = model.index(0, int(Column::State));
        QCOMPARE(stateCell.data().toString(), shown);
        QCOMPARE(stateCell.data(PaymentMethodTableModel::AttentionRole).toBool(), attention);
        QVERIFY2(stateCell.data(Qt::ToolTipRole).toString().contains(next),
                 qPrintable(stateCell.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.index(0, int(Column::Account)).data().toString(),
                 QStringLiteral("••••6789 (checking)"));
        QCOMPARE(model.index(0, int(Column::Holder)).data().toString(),
                 QStringLiteral("Acme VoIP LLC"));
        QCOMPARE(model.index(0, int(Column::Authorization)).data().toString(),
                 QStringLiteral("CCD (business), signed form, by Dana Whitfield (Controller) on "
                                "12/1/26"));
        QCOMPARE(model.index(0, 2).data(PaymentMethodTableModel::MethodIdRole).toLongLong(), 7);
    }

    void anOlderAccountWithoutAuthorization()
    {
        PaymentMethod m = method(3, AchVerificationState::Verified);
        m.authorization.reset();
        QCOMPARE(PaymentMethodText::authorization(m), QStringLiteral("No authorization on record"));
        m.accountType.clear();
        QCOMPARE(PaymentMethodText::account(m), QStringLiteral("••••6789"));
    }

    void headers()
    {
        PaymentMethodTableModel model;
        QStringList names;
        for (int c = 0; c < model.columnCount(); ++c)
            names << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(names, QStringList({"Account", "Holder", "State", "Authorization"}));
    }
};

QTEST_APPLESS_MAIN(TestItemModelPaymentMethods)
#include "tst_itemmodel_paymentmethods.moc"
