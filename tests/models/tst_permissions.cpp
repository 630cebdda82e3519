#include "models/Permissions.h"

#include <QTest>

using namespace pac;

namespace {

// Users of the matrix: agent 11 and 12 work under master 21; agent 13 has no master.
constexpr qint64 agentA = 11;
constexpr qint64 agentB = 12;
constexpr qint64 loneAgent = 13;
constexpr qint64 master = 21;
constexpr qint64 otherMaster = 22;
constexpr qint64 support = 31;

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void allows_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("agent");
        QTest::addColumn<bool>("masterAgent");
        QTest::addColumn<bool>("support");
        QTest::newRow("view customer") << Action::ViewCustomer << true << true << true;
        QTest::newRow("edit invoice emails") << Action::EditInvoiceEmails << true << true << true;
        QTest::newRow("change payment terms") << Action::ChangePaymentTerms << true << true << true;
        QTest::newRow("add ACH method") << Action::AddAchMethod << true << true << true;
        QTest::newRow("enable ACH manually: support only")
            << Action::EnableAchManually << false << false << true;
        QTest::newRow("submit credit application")
            << Action::SubmitCreditApplication << true << true << true;
        QTest::newRow("decide credit application: support only")
            << Action::DecideCreditApplication << false << false << true;
        QTest::newRow("view history") << Action::ViewHistory << true << true << true;
        QTest::newRow("view credit applications")
            << Action::ViewCreditApplications << true << true << true;
    }

    void allows()
    {
        QFETCH(Action, action);
        QFETCH(bool, agent);
        QFETCH(bool, masterAgent);
        QFETCH(bool, support);
        QCOMPARE(Permissions::allows(Role::Agent, action), agent);
        QCOMPARE(Permissions::allows(Role::MasterAgent, action), masterAgent);
        QCOMPARE(Permissions::allows(Role::Support, action), support);

        for (Role role : {Role::Agent, Role::MasterAgent, Role::Support}) {
            const auto refusal = Permissions::refusal(role, action);
            QCOMPARE(refusal.has_value(), !Permissions::allows(role, action));
            if (refusal) {
                QCOMPARE(refusal->code, QStringLiteral("forbidden"));
                QCOMPARE(refusal->message, Permissions::whoMay(action));
            }
        }
        QVERIFY(!Permissions::whoMay(action).isEmpty());
    }

    void canSee_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<qint64>("userId");
        QTest::addColumn<qint64>("agentId");
        QTest::addColumn<qint64>("agentMaster"); // 0: the agent has no master
        QTest::addColumn<qint64>("customerMaster"); // 0: no customer-level master agent
        QTest::addColumn<bool>("visible");

        QTest::newRow("agent owns the customer")
            << Role::Agent << agentA << agentA << master << qint64(0) << true;
        QTest::newRow("agent, another agent's customer")
            << Role::Agent << agentA << agentB << master << qint64(0) << false;
        QTest::newRow("agent named as customer master agent does not see it")
            << Role::Agent << agentA << agentB << master << agentA << false;
        QTest::newRow("lone agent owns the customer")
            << Role::Agent << loneAgent << loneAgent << qint64(0) << qint64(0) << true;
        QTest::newRow("master, customer of an agent under them")
            << Role::MasterAgent << master << agentB << master << qint64(0) << true;
        QTest::newRow("master, customer whose master agent they are")
            << Role::MasterAgent << master << loneAgent << qint64(0) << master << true;
        QTest::newRow("master, customer of an agent under another master")
            << Role::MasterAgent << master << agentA << otherMaster << qint64(0) << false;
        QTest::newRow("master, customer of a lone agent")
            << Role::MasterAgent << master << loneAgent << qint64(0) << qint64(0) << false;
        QTest::newRow("master, other master's customer")
            << Role::MasterAgent << master << loneAgent << qint64(0) << otherMaster << false;
        QTest::newRow("master id equal to the agent id is not ownership")
            << Role::MasterAgent << master << master << qint64(0) << qint64(0) << false;
        QTest::newRow("support sees a lone agent's customer")
            << Role::Support << support << loneAgent << qint64(0) << qint64(0) << true;
        QTest::newRow("support sees a master's customer")
            << Role::Support << support << agentA << master << master << true;
    }

    void canSee()
    {
        QFETCH(Role, role);
        QFETCH(qint64, userId);
        QFETCH(qint64, agentId);
        QFETCH(qint64, agentMaster);
        QFETCH(qint64, customerMaster);
        QFETCH(bool, visible);

        CustomerOwnership ownership;
        ownership.agentId = agentId;
        if (agentMaster)
            ownership.agentMasterId = agentMaster;
        if (customerMaster)
            ownership.customerMasterAgentId = customerMaster;
        const Viewer viewer {userId, role};
        QCOMPARE(Permissions::canSee(viewer, ownership), visible);
        // Acting needs both the role and the visibility.
        QCOMPARE(Permissions::mayAct(viewer, ownership, Action::EditInvoiceEmails), visible);
        QCOMPARE(Permissions::mayAct(viewer, ownership, Action::DecideCreditApplication),
                 visible && role == Role::Support);
    }

    void ownershipOfCustomer()
    {
        Customer c;
        c.agent = {agentA, QStringLiteral("Agent A")};
        c.masterAgent = PersonRef {master, QStringLiteral("Master")};
        const CustomerOwnership o = Permissions::ownershipOf(c, otherMaster);
        QCOMPARE(o.agentId, agentA);
        QCOMPARE(o.agentMasterId, std::optional<qint64>(otherMaster));
        QCOMPARE(o.customerMasterAgentId, std::optional<qint64>(master));

        c.masterAgent.reset();
        const CustomerOwnership lone = Permissions::ownershipOf(c, std::nullopt);
        QVERIFY(!lone.agentMasterId);
        QVERIFY(!lone.customerMasterAgentId);
    }

    void whoMayNamesSupportForSupportOnlyActions()
    {
        QCOMPARE(Permissions::whoMay(Action::EnableAchManually),
                 QStringLiteral("Only support staff can enable ACH manually."));
        QCOMPARE(Permissions::whoMay(Action::DecideCreditApplication),
                 QStringLiteral("Only support staff can decide credit applications."));
    }
};

QTEST_APPLESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
