// The invoice recipients tab and its editor (billing rule 1): ten addresses and the
// eleventh refused, a pasted mixed list, inline errors per address, the redundant-contact
// flag, Save and Revert, and edits kept when the list changes underneath.
#include "UiTestSupport.h"
#include "models/InvoiceEmailList.h"
#include "ui/recipients/InvoiceEmailEditor.h"
#include "ui/recipients/InvoiceEmailRow.h"
#include "ui/recipients/InvoiceRecipientsTab.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pac;

class TestInvoiceEmails : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no %s", qPrintable(name));
        return found;
    }
    static QStringList rowTexts(InvoiceEmailEditor &editor) { return editor.emails(); }
    static void typeAndAdd(InvoiceEmailEditor &editor, const QString &text)
    {
        auto *box = child<QPlainTextEdit>(&editor, QStringLiteral("addInvoiceEmails"));
        box->clear();
        box->setFocus();
        QTest::keyClicks(box, text);
        QTest::mouseClick(child<QPushButton>(&editor, QStringLiteral("addInvoiceEmailsButton")),
                          Qt::LeftButton);
    }

private slots:
    void tenAddressesThenTheEleventhIsRefused()
    {
        InvoiceEmailEditor editor;
        editor.setCustomer(1, {}, {});
        editor.show();
        auto *counter = child<QLabel>(&editor, QStringLiteral("invoiceEmailCounter"));
        QCOMPARE(counter->text(), QStringLiteral("0 of 10"));
        for (int i = 1; i <= InvoiceEmailList::MaxEmails; ++i)
            typeAndAdd(editor, QStringLiteral("cc%1@example.com").arg(i));
        QCOMPARE(editor.emails().size(), 10);
        QCOMPARE(counter->text(), QStringLiteral("10 of 10"));
        QVERIFY(editor.isValid());

        const QString eleventh = QStringLiteral("cc11@example.com");
        typeAndAdd(editor, eleventh);
        QCOMPARE(editor.emails().size(), 10);
        QVERIFY(!editor.emails().contains(eleventh));
        auto *refusals = child<QLabel>(&editor, QStringLiteral("invoiceEmailRefusals"));
        QVERIFY(refusals->isVisible());
        QCOMPARE(refusals->text(), InvoiceEmailList::tooManyMessage(eleventh));
        QVERIFY(refusals->text().contains(eleventh));
        // The refused address stays in the box to be dealt with.
        QCOMPARE(child<QPlainTextEdit>(&editor, QStringLiteral("addInvoiceEmails"))->toPlainText(),
                 eleventh);
        QCOMPARE(counter->text(), QStringLiteral("10 of 10"));
    }

    void aPastedMixedListAddsTheGoodAndNamesTheRest()
    {
        InvoiceEmailEditor editor;
        editor.setCustomer(1, {QStringLiteral("ann@x.com")}, {});
        editor.show();
        QSignalSpy dirty(&editor, &InvoiceEmailEditor::dirtyChanged);
        editor.addText(QStringLiteral("\"Doe, Bob\" <bob@y.com>; bad@@y.com, ANN@x.com\n"
                                      "carol@z.org\tmailto:dave@w.net"));
        QCOMPARE(editor.emails(),
                 (QStringList {QStringLiteral("ann@x.com"), QStringLiteral("bob@y.com"),
                               QStringLiteral("carol@z.org"), QStringLiteral("dave@w.net")}));
        const QString refusals
            = child<QLabel>(&editor, QStringLiteral("invoiceEmailRefusals"))->text();
        QVERIFY2(refusals.contains(InvoiceEmailList::invalidMessage(u"bad@@y.com")),
                 qPrintable(refusals));
        QVERIFY2(refusals.contains(InvoiceEmailList::duplicateMessage(u"ANN@x.com")),
                 qPrintable(refusals));
        QCOMPARE(dirty.count(), 1);
        QVERIFY(editor.isDirty());
        QVERIFY(child<QPushButton>(&editor, QStringLiteral("saveInvoiceEmails"))->isEnabled());
    }

    void anInvalidAddressIsMarkedBesideItsRowAndBlocksSave()
    {
        InvoiceEmailEditor editor;
        editor.setCustomer(1, {QStringLiteral("a@x.com"), QStringLiteral("b@x.com")}, {});
        editor.show();
        auto *save = child<QPushButton>(&editor, QStringLiteral("saveInvoiceEmails"));
        auto *row1 = child<QLineEdit>(&editor, QStringLiteral("invoiceEmail_1"));
        auto *error1 = child<QLabel>(&editor, QStringLiteral("invoiceEmailError_1"));
        QVERIFY(!error1->isVisible());
        row1->selectAll();
        QTest::keyClicks(row1, QStringLiteral("b@@x.com"));
        QVERIFY(error1->isVisible());
        QCOMPARE(error1->text(), InvoiceEmailList::invalidMessage(u"b@@x.com"));
        QVERIFY(!child<QLabel>(&editor, QStringLiteral("invoiceEmailError_0"))->isVisible());
        QVERIFY(!editor.isValid());
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(&editor, QStringLiteral("invoiceEmailStatus"))
                    ->text()
                    .contains(QStringLiteral("Correct or remove")));

        // A duplicate is named on the later row only.
        row1->selectAll();
        QTest::keyClicks(row1, QStringLiteral("A@X.COM"));
        QCOMPARE(error1->text(), InvoiceEmailList::duplicateMessage(u"A@X.COM"));
        QVERIFY(!save->isEnabled());

        row1->selectAll();
        QTest::keyClicks(row1, QStringLiteral("c@x.com"));
        QVERIFY(!error1->isVisible());
        QVERIFY(save->isEnabled());
    }

    void anAddressThatIsABillingContactIsFlagged()
    {
        InvoiceEmailEditor editor;
        const QList<BillingContact> contacts {
            {1, QStringLiteral("Ann"), QStringLiteral("Ann@Corp.example")}};
        editor.setCustomer(
            1, {QStringLiteral("ann@corp.example"), QStringLiteral("ap@corp.example")}, contacts);
        editor.show();
        QVERIFY(child<QWidget>(&editor, QStringLiteral("invoiceEmailRedundant_0"))->isVisible());
        QVERIFY(!child<QWidget>(&editor, QStringLiteral("invoiceEmailRedundant_1"))->isVisible());
        // Redundant is a flag, not an error: the list may still be saved.
        QVERIFY(editor.isValid());
    }

    void saveAsksWithTheListAndRevertGoesBack()
    {
        InvoiceEmailEditor editor;
        const QStringList saved {QStringLiteral("a@x.com"), QStringLiteral("b@x.com")};
        editor.setCustomer(7, saved, {});
        editor.show();
        auto *save = child<QPushButton>(&editor, QStringLiteral("saveInvoiceEmails"));
        auto *revert = child<QPushButton>(&editor, QStringLiteral("revertInvoiceEmails"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!revert->isEnabled());

        QTest::mouseClick(child<QWidget>(&editor, QStringLiteral("removeEmail_0")), Qt::LeftButton);
        QCOMPARE(editor.emails(), QStringList {QStringLiteral("b@x.com")});
        // The remaining row took the first place and its name.
        QCOMPARE(child<QLineEdit>(&editor, QStringLiteral("invoiceEmail_0"))->text(),
                 QStringLiteral("b@x.com"));
        QSignalSpy requested(&editor, &InvoiceEmailEditor::saveRequested);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toStringList(), QStringList {QStringLiteral("b@x.com")});

        QTest::mouseClick(revert, Qt::LeftButton);
        QCOMPARE(editor.emails(), saved);
        QVERIFY(!editor.isDirty());
    }

    void errorsOfTheServiceGoBesideTheirRows()
    {
        InvoiceEmailEditor editor;
        editor.setCustomer(1, {QStringLiteral("a@x.com"), QStringLiteral("b@x.com")}, {});
        editor.show();
        editor.showErrors(
            {{QStringLiteral("emails[1]"), QStringLiteral("invalid_email"),
              QStringLiteral("refused by the portal")},
             {QStringLiteral(""), QStringLiteral("forbidden"), QStringLiteral("not allowed")}});
        QCOMPARE(child<QLabel>(&editor, QStringLiteral("invoiceEmailError_1"))->text(),
                 QStringLiteral("refused by the portal"));
        QCOMPARE(child<QLabel>(&editor, QStringLiteral("invoiceEmailStatus"))->text(),
                 QStringLiteral("not allowed"));
    }

    void editsAreKeptWhenTheListChangesUnderneath()
    {
        InvoiceEmailEditor editor;
        editor.setCustomer(1, {QStringLiteral("a@x.com")}, {});
        editor.show();
        editor.addText(QStringLiteral("mine@x.com"));
        editor.setCustomer(1, {QStringLiteral("a@x.com"), QStringLiteral("theirs@x.com")}, {});
        QCOMPARE(editor.emails(),
                 (QStringList {QStringLiteral("a@x.com"), QStringLiteral("mine@x.com")}));
        QVERIFY(child<QLabel>(&editor, QStringLiteral("invoiceEmailNote"))->isVisible());
        editor.revert();
        QCOMPARE(editor.emails(),
                 (QStringList {QStringLiteral("a@x.com"), QStringLiteral("theirs@x.com")}));
        // Another customer never inherits them.
        editor.addText(QStringLiteral("mine@x.com"));
        editor.setCustomer(2, {QStringLiteral("z@x.com")}, {});
        QCOMPARE(editor.emails(), QStringList {QStringLiteral("z@x.com")});
    }

    void aReadOnlyEditorSaysWhy()
    {
        InvoiceEmailEditor editor;
        editor.setCustomer(1, {QStringLiteral("a@x.com")}, {});
        editor.setEditable(false, QStringLiteral("Only support staff can."));
        editor.show();
        auto *add = child<QPushButton>(&editor, QStringLiteral("addInvoiceEmailsButton"));
        QVERIFY(!add->isEnabled());
        QCOMPARE(add->toolTip(), QStringLiteral("Only support staff can."));
        editor.addText(QStringLiteral("b@x.com"));
        QCOMPARE(editor.emails(), QStringList {QStringLiteral("a@x.com")});
    }

    void recipientsShowToAndCcAsTheNextInvoiceGoes()
    {
        InvoiceRecipientsTab tab;
        Customer customer = test::uiCustomer(5);
        customer.billingContacts
            = {{1, QStringLiteral("Ann Lee"), QStringLiteral("ann@corp.example")},
               {2, QStringLiteral("Bo"), QStringLiteral("")}};
        customer.invoiceEmails
            = {QStringLiteral("ANN@corp.example"), QStringLiteral("ap@corp.example")};
        tab.setCustomer(customer, true);
        tab.show();
        const QString to = child<QLabel>(&tab, QStringLiteral("recipientsTo"))->text();
        const QString cc = child<QLabel>(&tab, QStringLiteral("recipientsCc"))->text();
        QVERIFY2(to.contains(QStringLiteral("Ann Lee &lt;ann@corp.example&gt;")), qPrintable(to));
        // The redundant address is not CC'd again; the contact without an email gets nothing.
        QCOMPARE(cc, QStringLiteral("ap@corp.example"));
        QVERIFY(child<QLabel>(&tab, QStringLiteral("recipientsPending"))->isVisible());

        QSignalSpy save(&tab, &InvoiceRecipientsTab::saveRequested);
        tab.editor()->addText(QStringLiteral("new@corp.example"));
        QTest::mouseClick(child<QPushButton>(&tab, QStringLiteral("saveInvoiceEmails")),
                          Qt::LeftButton);
        QCOMPARE(save.count(), 1);
        QCOMPARE(save.at(0).at(0).toLongLong(), 5);
    }
};

QTEST_MAIN(TestInvoiceEmails)
#include "tst_ui_invoiceemails.moc"
