#include "ui/history/HistoryTab.h"

#include "presentation/HistoryTableModel.h"
#include "presentation/UiText.h"
#include "ui/history/HistoryLoader.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pac {

HistoryTab::HistoryTab(HistoryLoader &loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_model(new HistoryTableModel(this))
    , m_view(new QTableView(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("historyTab"));
    m_view->setObjectName(QStringLiteral("historyView"));
    m_state->setObjectName(QStringLiteral("historyState"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // Lists of emails wrap inside their cells; each row is as tall as its longest value.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(int(HistoryTableModel::Column::When),
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(HistoryTableModel::Column::Who),
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(HistoryTableModel::Column::What),
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(HistoryTableModel::Column::Before), QHeaderView::Stretch);
    header->setSectionResizeMode(int(HistoryTableModel::Column::After), QHeaderView::Stretch);
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_state);
    layout->addWidget(m_view, 1);

    connect(&m_loader, &HistoryLoader::loaded, this, &HistoryTab::showLoaded);
    connect(&m_loader, &HistoryLoader::failed, this, &HistoryTab::showFailed);
}

void HistoryTab::setCustomer(qint64 customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    m_model->setEntries({});
    m_state->setText(customerId ? tr("Loading the history…") : QString());
    if (m_active && customerId)
        reload();
}

void HistoryTab::setActive(bool active)
{
    m_active = active;
    if (active && m_customerId && m_loadedFor != m_customerId)
        reload();
}

void HistoryTab::reload()
{
    if (!m_customerId)
        return;
    m_loadedFor = m_customerId;
    m_haveCached = false;
    m_state->setText(tr("Loading the history…"));
    m_loader.load(m_customerId);
}

void HistoryTab::showLoaded(qint64 customerId, const QList<HistoryEntry> &entries,
                            const QDateTime &asOf, bool fresh)
{
    if (customerId != m_customerId)
        return;
    m_model->setEntries(entries);
    if (!fresh) {
        m_haveCached = true;
        m_state->setText(tr("History as of %1; asking the portal for changes since…")
                             .arg(UiText::dateTime(asOf)));
    } else if (entries.isEmpty()) {
        m_state->setText(tr("No changes recorded yet. Changes to invoice emails, terms, ACH and "
                            "credit appear here with who made them."));
    } else {
        m_state->setText(tr("%n change(s), newest first.", "", int(entries.size())));
    }
    emit historyShown(customerId, int(entries.size()), fresh);
}

void HistoryTab::showFailed(qint64 customerId, const QString &message)
{
    if (customerId != m_customerId)
        return;
    m_state->setText(m_haveCached
                         ? tr("Showing the history kept on this computer; the portal could not "
                              "be asked: %1")
                               .arg(message)
                         : tr("The history could not be loaded: %1").arg(message));
}

} // namespace pac
