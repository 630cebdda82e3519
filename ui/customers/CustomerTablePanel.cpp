#include "ui/customers/CustomerTablePanel.h"

#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerQuery.h"
#include "customerindex/CustomerTableModel.h"
#include "ui/customers/CustomerRowDelegate.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pac {

CustomerTablePanel::CustomerTablePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CustomerTableModel(this))
    , m_query(new CustomerQuery(std::make_shared<CustomerIndex>(), m_model, this))
    , m_filter(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_view(new QTableView(this))
    , m_emptyState(new QLabel(m_view->viewport()))
{
    setObjectName(QStringLiteral("customerTablePanel"));
    m_filter->setObjectName(QStringLiteral("customerFilter"));
    m_matches->setObjectName(QStringLiteral("matchCount"));
    m_view->setObjectName(QStringLiteral("customerTable"));
    m_emptyState->setObjectName(QStringLiteral("customerEmptyState"));

    m_filter->setPlaceholderText(tr("Filter by name, account number or email  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(QStringLiteral(":/icons/filter.svg")), QLineEdit::LeadingPosition);
    m_filter->setAccessibleName(tr("Filter customers"));
    m_filter->installEventFilter(this);
    m_matches->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new CustomerRowDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    // No sort until the user asks: the index's own order (by name) is already useful.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setDefaultColumnWidths();

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setMargin(24);
    m_view->viewport()->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_filter, 1);
    top->addWidget(m_matches);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 8, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_query, &CustomerQuery::setFilterText);
    connect(m_query, &CustomerQuery::resultApplied, this, &CustomerTablePanel::onResultApplied);
    // A sync or a new filter resets the model, which drops the selection: keep the rows a
    // bulk change is being prepared on (more than the current one) to select them again.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QList<qint64> selected = selectedCustomerIds();
        m_keptSelection = selected.size() > 1 ? QSet<qint64>(selected.cbegin(), selected.cend())
                                              : QSet<qint64>();
    });
    connect(m_query, &CustomerQuery::viewCountsChanged, this,
            &CustomerTablePanel::viewCountsChanged);
    connect(m_model, &CustomerTableModel::matchCountChanged, this,
            [this](qsizetype matching, qsizetype total) {
                if (m_loaded)
                    m_matches->setText(tr("%1 of %n customer(s)", "", int(total))
                                           .arg(QLocale().toString(qlonglong(matching))));
                emit matchCountChanged(matching, total);
                updateEmptyState();
            });
    connect(m_query, &CustomerQuery::busyChanged, this, [this](bool busy) {
        updateEmptyState();
        emit busyChanged(busy);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerTablePanel::onCurrentRowChanged);
    updateEmptyState();
}

CustomerTablePanel::~CustomerTablePanel() = default;

void CustomerTablePanel::setDefaultColumnWidths()
{
    const int c = m_view->fontMetrics().averageCharWidth();
    const auto width = [this, c](CustomerColumn column, int chars) {
        m_view->setColumnWidth(int(column), c * chars + 18);
    };
    width(CustomerColumn::AccountNumber, 11);
    width(CustomerColumn::Name, 25);
    width(CustomerColumn::Agent, 12);
    width(CustomerColumn::MasterAgent, 13);
    width(CustomerColumn::Terms, 14);
    width(CustomerColumn::CreditLimit, 10);
    width(CustomerColumn::Balance, 10);
    width(CustomerColumn::LimitUsed, 8);
    width(CustomerColumn::AchStatus, 11);
    width(CustomerColumn::InvoiceEmails, 5);
    width(CustomerColumn::UpdatedAt, 15);
}

void CustomerTablePanel::setIndex(const std::shared_ptr<CustomerIndex> &index)
{
    m_loaded = true;
    m_loadError.clear();
    m_query->setIndex(index);
}

void CustomerTablePanel::applyChanges(const QList<CustomerRow> &upserts,
                                      const QList<qint64> &removedIds)
{
    m_query->applyChanges(upserts, removedIds);
}

void CustomerTablePanel::setLoadError(const QString &message)
{
    m_loadError = message;
    updateEmptyState();
}

void CustomerTablePanel::setView(CustomerView view)
{
    m_query->setView(view);
}

void CustomerTablePanel::setToday(QDate today)
{
    m_query->setToday(today);
}

const CustomerQuerySpec &CustomerTablePanel::spec() const
{
    return m_query->spec();
}

bool CustomerTablePanel::isBusy() const
{
    return m_query->isBusy();
}

void CustomerTablePanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

QString CustomerTablePanel::filterText() const
{
    return m_filter->text();
}

void CustomerTablePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool CustomerTablePanel::selectCustomer(qint64 customerId)
{
    const int row = m_model->rowOfCustomer(customerId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QList<qint64> CustomerTablePanel::selectedCustomerIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (int row : std::as_const(rows))
        ids.append(m_model->customerId(row));
    return ids;
}

QList<qint64> CustomerTablePanel::shownCustomerIds() const
{
    const int rows = m_model->rowCount();
    QList<qint64> ids;
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(m_model->customerId(row));
    return ids;
}

QByteArray CustomerTablePanel::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void CustomerTablePanel::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state))
        return;
    // restoreState brings the sort indicator back; the query must sort the same way.
    QHeaderView *header = m_view->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void CustomerTablePanel::onResultApplied(qsizetype matching, qsizetype total)
{
    // The reset dropped the selection: bring the customer back if it is still shown.
    if (m_currentId) {
        m_restoringSelection = true;
        if (!selectCustomer(m_currentId)) {
            m_currentId = 0;
            emit currentCustomerChanged(0);
        }
        m_restoringSelection = false;
    }
    restoreKeptSelection();
    updateEmptyState();
    emit resultApplied(matching, total);
}

void CustomerTablePanel::restoreKeptSelection()
{
    if (m_keptSelection.isEmpty())
        return;
    // One pass over the rows (customerId(row) is a lookup), the still-shown ones selected as
    // ranges in one call; the current row stays what onResultApplied made it.
    QItemSelection selection;
    const int rows = m_model->rowCount();
    const int lastColumn = m_model->columnCount() - 1;
    int start = -1;
    for (int row = 0; row <= rows; ++row) {
        const bool kept = row < rows && m_keptSelection.contains(m_model->customerId(row));
        if (kept && start < 0)
            start = row;
        if (!kept && start >= 0) {
            selection.select(m_model->index(start, 0), m_model->index(row - 1, lastColumn));
            start = -1;
        }
    }
    m_keptSelection.clear();
    m_view->selectionModel()->select(selection, QItemSelectionModel::Select);
}

void CustomerTablePanel::onCurrentRowChanged()
{
    if (m_restoringSelection)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->customerId(current.row()) : 0;
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentCustomerChanged(id);
}

void CustomerTablePanel::updateEmptyState()
{
    QString text;
    if (!m_loadError.isEmpty())
        text = tr("The customers kept on this computer could not be read: %1").arg(m_loadError);
    else if (!m_loaded)
        text = tr("Loading customers…");
    else if (m_model->rowCount() == 0 && m_model->totalCount() == 0 && !m_query->isBusy())
        text = tr("No customers yet. They appear here after the first sync (Ctrl+R).");
    else if (m_model->rowCount() == 0 && !m_query->isBusy()) {
        const QString filter = m_filter->text().trimmed();
        text = filter.isEmpty()
            ? tr("No customers in this view.")
            : tr("No customer in this view matches “%1”. Check the spelling, or look in All "
                 "customers.")
                  .arg(filter);
    }
    m_emptyState->setText(text);
    m_emptyState->setVisible(!text.isEmpty());
    m_emptyState->setGeometry(m_view->viewport()->rect());
}

bool CustomerTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_emptyState->setGeometry(m_view->viewport()->rect());
    } else if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
        // Down or Enter moves on to the table, keeping or making a selection.
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
             || key->key() == Qt::Key_Enter)
            && m_model->rowCount() > 0) {
            if (!m_view->selectionModel()->currentIndex().isValid())
                m_view->selectRow(0);
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pac
