#include "ui/credit/TradeReferencesPage.h"

#include "ui/credit/CreditApplicationForm.h"
#include "ui/credit/TradeReferenceTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pac {

TradeReferencesPage::TradeReferencesPage(CreditApplicationForm &form, QWidget *parent)
    : CreditWizardPage(form, parent)
    , m_model(new TradeReferenceTableModel(form, this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add reference"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_messages(new QLabel(this))
{
    setTitle(tr("Trade references"));
    setSubTitle(tr("At least %1 suppliers that give the business credit today.")
                    .arg(CreditApplication::MinTradeReferences));

    m_table->setObjectName(QStringLiteral("tradeReferencesTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_add->setObjectName(QStringLiteral("addReferenceButton"));
    m_remove->setObjectName(QStringLiteral("removeReferenceButton"));
    m_messages->setObjectName(QStringLiteral("tradeReferencesMessage"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);
    QPalette palette = m_messages->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_messages->setPalette(palette);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    contentLayout()->addLayout(row, 1);
    contentLayout()->addWidget(m_messages);

    connect(m_add, &QPushButton::clicked, this, &TradeReferencesPage::addReference);
    connect(m_remove, &QPushButton::clicked, this, &TradeReferencesPage::removeReference);
    connect(m_model, &TradeReferenceTableModel::edited, this, [this] {
        updateMessages();
        emit formEdited();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_remove->setEnabled(m_table->currentIndex().isValid()); });
    m_remove->setEnabled(false);
}

void TradeReferencesPage::loadControls()
{
    // A new application starts with the rows it needs at least; they are no edit yet.
    while (form().tradeReferenceCount() < CreditApplication::MinTradeReferences)
        form().insertTradeReference(form().tradeReferenceCount());
    m_model->reload();
    updateMessages();
}

QStringList TradeReferencesPage::problems(bool all) const
{
    QStringList lines;
    if (const auto count = form().validate(u"trade_references"))
        lines.append(count->message);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < TradeReferenceTableModel::ColumnCount; ++column) {
            const QString field = TradeReferenceTableModel::fieldName(row, column);
            if (!all && form().text(field).isEmpty())
                continue;
            if (const auto error = form().validate(field)) {
                lines.append(tr("Row %1, %2: %3")
                                 .arg(row + 1)
                                 .arg(m_model->headerData(column, Qt::Horizontal).toString(),
                                      error->message));
            }
        }
    }
    return lines;
}

void TradeReferencesPage::updateMessages()
{
    m_messages->setText(problems(m_showAll).join(u'\n'));
}

bool TradeReferencesPage::validatePage()
{
    m_showAll = true;
    m_model->showAllErrors();
    updateMessages();
    if (problems(true).isEmpty())
        return true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < TradeReferenceTableModel::ColumnCount; ++column) {
            if (form().validate(TradeReferenceTableModel::fieldName(row, column))) {
                m_table->setCurrentIndex(m_model->index(row, column));
                m_table->setFocus(Qt::OtherFocusReason);
                return false;
            }
        }
    }
    m_add->setFocus(Qt::OtherFocusReason);
    return false;
}

void TradeReferencesPage::addReference()
{
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    // The view opens the editor on the new current cell (edit trigger CurrentChanged).
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentIndex(m_model->index(row, TradeReferenceTableModel::Company));
}

void TradeReferencesPage::removeReference()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_model->removeRows(current.row(), 1);
}

} // namespace pac
