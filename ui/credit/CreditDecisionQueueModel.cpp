#include "ui/credit/CreditDecisionQueueModel.h"

#include "models/BillingText.h"
#include "models/Money.h"
#include "models/PaymentTerms.h"
#include "ui/credit/CreditDecisionFacts.h"

#include <QLocale>

namespace pac {

namespace {

QString money(qint64 cents)
{
    return Money::fromCents(cents).format(QLocale());
}

bool isAmount(int column)
{
    using M = CreditDecisionQueueModel;
    return column == M::Requested || column == M::MonthlySpend || column == M::CurrentLimit
        || column == M::Balance;
}

} // namespace

CreditDecisionQueueModel::CreditDecisionQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{ }

void CreditDecisionQueueModel::setToday(QDate today)
{
    if (m_today == today)
        return;
    m_today = today;
    computeRecords();
    if (!m_items.isEmpty())
        emit dataChanged(index(0, CustomerFor), index(rowCount() - 1, PaymentRecord));
}

void CreditDecisionQueueModel::setItems(const QList<CreditApplicationItem> &items)
{
    beginResetModel();
    m_items = items;
    computeRecords();
    endResetModel();
}

void CreditDecisionQueueModel::setBilling(qint64 customerId, const CachedBilling &billing)
{
    for (int row = 0; row < m_items.size(); ++row) {
        CreditApplicationItem &item = m_items[row];
        if (item.application.customerId != customerId)
            continue;
        item.billing = billing;
        m_records[row] = PaymentBehaviour::compute(billing.invoices, billing.payments, m_today);
        emit dataChanged(index(row, PaymentRecord), index(row, PaymentRecord));
    }
}

void CreditDecisionQueueModel::computeRecords()
{
    m_records.clear();
    m_records.reserve(m_items.size());
    for (const CreditApplicationItem &item : std::as_const(m_items)) {
        if (item.billing) {
            m_records.append(
                PaymentBehaviour::compute(item.billing->invoices, item.billing->payments, m_today));
        } else {
            m_records.append(std::nullopt);
        }
    }
}

const CreditApplicationItem *CreditDecisionQueueModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int CreditDecisionQueueModel::rowOf(qint64 applicationId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).application.id == applicationId)
            return row;
    }
    return -1;
}

int CreditDecisionQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CreditDecisionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CreditDecisionQueueModel::text(int row, Column column) const
{
    const CreditApplicationItem &item = m_items.at(row);
    const CreditApplication &a = item.application;
    const auto customerText
        = [&item](auto fact) { return item.customer ? fact(*item.customer) : QString(); };
    switch (column) {
    case Application:
        return QString::number(a.id);
    case Customer:
        return item.customer ? item.customer->name : tr("Customer %1").arg(a.customerId);
    case Requested:
        return money(a.requestedLimitCents);
    case MonthlySpend:
        return money(a.expectedMonthlySpendCents);
    case CurrentLimit:
        return customerText([](const pac::Customer &c) { return money(c.creditLimitCents); });
    case Balance:
        return customerText([](const pac::Customer &c) { return money(c.balanceCents); });
    case Terms:
        return customerText(
            [](const pac::Customer &c) { return BillingText::termsName(c.paymentTerms); });
    case CustomerFor:
        return customerText([this](const pac::Customer &c) {
            return tr("%n day(s)", nullptr, int(CreditDecisionFacts::daysAsCustomer(c, m_today)));
        });
    case PaymentIssues:
        return customerText([this](const pac::Customer &c) {
            return CreditDecisionFacts::paymentIssuesShortText(c, m_today);
        });
    case PaymentRecord:
        return m_records.at(row) ? PaymentBehaviour::summary(*m_records.at(row))
                                 : tr("Not fetched yet");
    case Submitted:
        return a.submittedAt.isValid()
            ? QLocale().toString(a.submittedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case Status:
        return item.statusText();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CreditDecisionQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditApplicationItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), Column(index.column()));
    case ApplicationIdRole:
        return item.application.id;
    case Qt::ToolTipRole:
        if (index.column() == PaymentIssues && item.customer)
            return CreditDecisionFacts::paymentIssuesText(*item.customer, m_today);
        if (index.column() == PaymentRecord)
            return recordTooltip(index.row());
        return {};
    case Qt::TextAlignmentRole:
        if (isAmount(index.column()) || index.column() == Application)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CreditDecisionQueueModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Application:
        return tr("No.");
    case Customer:
        return tr("Customer");
    case Requested:
        return tr("Requested");
    case MonthlySpend:
        return tr("Monthly spend");
    case CurrentLimit:
        return tr("Current limit");
    case Balance:
        return tr("Balance");
    case Terms:
        return tr("Terms");
    case CustomerFor:
        return tr("Customer for");
    case PaymentIssues:
        return tr("Payment issues (12 months)");
    case PaymentRecord:
        return tr("Payment record (12 months)");
    case Submitted:
        return tr("Submitted");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QString CreditDecisionQueueModel::recordTooltip(int row) const
{
    const std::optional<PaymentBehaviour::Result> &record = m_records.at(row);
    if (!record) {
        return tr("The customer's invoices have not been fetched yet: select the application "
                  "to fetch them.");
    }
    return tr("Invoices: %1\nPaid late: %2\nAverage days to pay: %3\nFailed payments: %4")
        .arg(QLocale().toString(record->invoices), PaymentBehaviour::paidLateText(*record),
             PaymentBehaviour::averageDaysToPayText(*record),
             PaymentBehaviour::failedPaymentsText(*record, money(record->failedCents)));
}

} // namespace pac
