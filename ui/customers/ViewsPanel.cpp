#include "ui/customers/ViewsPanel.h"

#include "presentation/ViewListModel.h"
#include "ui/customers/ViewListDelegate.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace pac {

ViewsPanel::ViewsPanel(Role role, QWidget *parent)
    : QWidget(parent)
    , m_model(new ViewListModel(role, this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("viewsPanel"));
    m_list->setObjectName(QStringLiteral("viewsList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ViewListDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Views"));
    // The panel takes the window's background, so the table stays the one framed area.
    m_list->viewport()->setAutoFillBackground(false);
    m_list->setAttribute(Qt::WA_MacShowFocusRect, false);

    auto *title = new QLabel(tr("Views"), this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    title->setContentsMargins(8, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 0, 8);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit viewChanged(m_model->viewAt(current.row()));
            });
    m_list->setCurrentIndex(m_model->index(0));
}

void ViewsPanel::setCounts(const CustomerViewCounts &counts)
{
    m_model->setCounts(counts);
}

bool ViewsPanel::setCurrentView(CustomerView view)
{
    const int row = m_model->rowOf(view);
    m_list->setCurrentIndex(m_model->index(row < 0 ? 0 : row));
    return row >= 0;
}

CustomerView ViewsPanel::currentView() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->viewAt(current.row()) : CustomerView::All;
}

} // namespace pac
