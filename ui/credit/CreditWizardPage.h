#pragma once

#include <QList>
#include <QString>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace pac {

class CreditApplicationForm;

// A page of the credit application wizard: a form of fields bound to the application by
// their JSON names. Each field is checked by the billing rule as it is typed, with the
// message beside it (shown once the field was edited, and for every field when the user
// tries to go on). Controls are named after their fields for tests: "billing_address.zip"
// gives "billingAddressZipEdit" and "billingAddressZipMessage".
class CreditWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    CreditWizardPage(CreditApplicationForm &form, QWidget *parent = nullptr);

    // Shows the message of every field of the page; stays (and focuses the first field in
    // error) unless there is none.
    bool validatePage() override;
    // Fills the controls from the form (a resumed draft, a changed current limit).
    void initializePage() override;
    // "Draft saved 14:02" or why it was not, at the foot of the page.
    void setSaveState(const QString &text, bool failed);

    // "billing_address.zip" → "billingAddressZip"
    static QString objectNameOf(const QString &field);

signals:
    // The user changed the application on this page.
    void formEdited();

protected:
    struct Binding
    {
        QString field;
        QString label;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
        bool touched = false;
    };

    // A line edit for `field` with its message beside it, as a row of `layout`.
    QLineEdit *addField(QFormLayout *layout, const QString &field, const QString &label,
                        const QString &placeholder = {});
    // Any other editor (a combo box, a date): the page tells the form and calls edited().
    void addEditor(QFormLayout *layout, const QString &field, const QString &label,
                   QWidget *editor);
    // The user changed `field` through its editor: re-checks it and tells the wizard.
    void edited(const QString &field);
    // Re-checks every field already touched (e.g. the signature after the signer's name).
    void refreshMessages(bool showAll = false);
    // Whether the page checks `binding` now (the guarantor page skips its fields when off).
    virtual bool isChecked(const Binding &binding) const;
    // Hook for controls that are not line edits, called by initializePage().
    virtual void loadControls() { }

    QVBoxLayout *contentLayout() const { return m_content; }
    CreditApplicationForm &form() const { return m_form; }
    Binding *binding(const QString &field);

private:
    void showMessage(Binding &binding, bool force);

    CreditApplicationForm &m_form;
    QList<Binding> m_bindings;
    QVBoxLayout *m_content;
    QLabel *m_saveState;
};

} // namespace pac
