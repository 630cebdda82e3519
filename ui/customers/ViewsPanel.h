#pragma once

#include "customerindex/CustomerView.h"
#include "models/Customer.h"

#include <QWidget>

class QListView;

namespace pac {

class ViewListModel;

// The list of views beside the customer table, each with its count as a badge. Arrow keys
// move between views; the current one filters the table.
class ViewsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ViewsPanel(Role role, QWidget *parent = nullptr);

    void setCounts(const CustomerViewCounts &counts);
    // Selects a view; false when the role does not have it (then All is selected).
    bool setCurrentView(CustomerView view);
    CustomerView currentView() const;

    ViewListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }

signals:
    void viewChanged(pac::CustomerView view);

private:
    ViewListModel *m_model;
    QListView *m_list;
};

} // namespace pac
