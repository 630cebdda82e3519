#pragma once

#include "ui/credit/CreditWizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

// Drives the credit wizard the way a user does: types into fields found by objectName,
// clicks Next/Submit, reads the messages beside the fields.
namespace pac::test {

class WizardDriver
{
public:
    explicit WizardDriver(CreditWizard &wizard)
        : m_wizard(wizard)
    { }

    template<typename T = QWidget>
    T *find(const QString &name) const
    {
        return m_wizard.currentPage()->findChild<T *>(name);
    }

    // Replaces the text of "<name>Edit" as typed keys; false when there is no such field.
    bool type(const QString &name, const QString &text) const
    {
        auto *edit = find<QLineEdit>(name + QStringLiteral("Edit"));
        if (!edit)
            return false;
        edit->setFocus();
        edit->selectAll();
        if (!edit->text().isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        return edit->text() == text;
    }

    // The message beside "<name>Edit" (empty when the field is fine).
    QString message(const QString &name) const
    {
        auto *label = find<QLabel>(name + QStringLiteral("Message"));
        return label ? label->text() : QStringLiteral("<no such message label>");
    }

    void click(QWizard::WizardButton which) const
    {
        QTest::mouseClick(m_wizard.button(which), Qt::LeftButton);
    }
    // Clicks Next and says whether the wizard moved on.
    bool next() const
    {
        const int before = m_wizard.currentId();
        click(QWizard::NextButton);
        return m_wizard.currentId() != before;
    }

private:
    CreditWizard &m_wizard;
};

} // namespace pac::test
