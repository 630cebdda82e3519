#pragma once

#include "ui/credit/CreditWizardPage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace pac {

class TradeReferenceTableModel;

// The trade references: a table of at least two suppliers that extend the business credit
// (company, contact, phone, email), rows added and removed with the buttons beside it. The
// problems of the table are listed under it, each naming its row.
class TradeReferencesPage : public CreditWizardPage
{
    Q_OBJECT

public:
    TradeReferencesPage(CreditApplicationForm &form, QWidget *parent = nullptr);

    bool validatePage() override;
    TradeReferenceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    void loadControls() override;

private:
    // The problems of the table: the count, then each cell in error (as shown).
    QStringList problems(bool all) const;
    void updateMessages();
    void addReference();
    void removeReference();

    TradeReferenceTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_messages;
    bool m_showAll = false;
};

} // namespace pac
