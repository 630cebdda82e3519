#include "ui/credit/PaymentRecordBox.h"

#include "models/Money.h"
#include "portal/InvoiceLoader.h"
#include "portal/PortalError.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace pac {

namespace {

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

PaymentRecordBox::PaymentRecordBox(InvoiceLoader &loader, QWidget *parent)
    : QGroupBox(tr("Payment record, last 12 months"), parent)
    , m_loader(loader)
    , m_today(QDate::currentDate())
    , m_invoices(valueLabel(QStringLiteral("paymentRecordInvoices"), this))
    , m_paidLate(valueLabel(QStringLiteral("paymentRecordPaidLate"), this))
    , m_daysToPay(valueLabel(QStringLiteral("paymentRecordDaysToPay"), this))
    , m_failed(valueLabel(QStringLiteral("paymentRecordFailed"), this))
    , m_state(valueLabel(QStringLiteral("paymentRecordState"), this))
{
    setObjectName(QStringLiteral("paymentRecordBox"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Invoices"), m_invoices);
    form->addRow(tr("Paid late"), m_paidLate);
    form->addRow(tr("Average days to pay"), m_daysToPay);
    form->addRow(tr("Failed payments"), m_failed);
    form->addRow(m_state);
    QPalette muted = m_state->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_state->setPalette(muted);

    connect(&m_loader, &InvoiceLoader::loaded, this, &PaymentRecordBox::showLoaded);
    connect(&m_loader, &InvoiceLoader::nothingCached, this, &PaymentRecordBox::showNothingCached);
    connect(&m_loader, &InvoiceLoader::failed, this, &PaymentRecordBox::showFailed);
    showUnknown({});
}

void PaymentRecordBox::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    showRecord();
}

void PaymentRecordBox::setCustomer(qint64 customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    m_billing.reset();
    m_fresh = false;
    if (customerId == 0) {
        m_loader.cancel();
        showUnknown({});
        return;
    }
    showUnknown(tr("Reading the customer's invoices and payments…"));
    m_loader.load(customerId);
}

void PaymentRecordBox::showLoaded(qint64 customerId, const CachedBilling &billing, bool fresh)
{
    if (customerId != m_customerId)
        return;
    m_billing = billing;
    m_fresh = fresh;
    showRecord();
    emit billingShown(customerId, billing, fresh);
}

void PaymentRecordBox::showNothingCached(qint64 customerId)
{
    if (customerId == m_customerId)
        showUnknown(tr("Fetching the customer's invoices and payments from the portal…"));
}

void PaymentRecordBox::showFailed(qint64 customerId, const PortalError &error)
{
    if (customerId != m_customerId)
        return;
    if (m_billing) {
        m_state->setText(
            tr("As kept on this computer since %1; the portal could not be asked: %2")
                .arg(QLocale().toString(m_billing->fetchedAt.toLocalTime(), QLocale::ShortFormat),
                     error.message()));
    } else {
        showUnknown(tr("Not known: the customer's invoices could not be fetched (%1).")
                        .arg(error.message()));
    }
}

void PaymentRecordBox::showRecord()
{
    if (!m_billing)
        return;
    m_record = PaymentBehaviour::compute(m_billing->invoices, m_billing->payments, m_today);
    m_invoices->setText(m_record->invoices == 0 ? tr("None issued")
                                                : QLocale().toString(m_record->invoices));
    m_paidLate->setText(PaymentBehaviour::paidLateText(*m_record));
    m_daysToPay->setText(PaymentBehaviour::averageDaysToPayText(*m_record));
    m_failed->setText(PaymentBehaviour::failedPaymentsText(
        *m_record, Money::fromCents(m_record->failedCents).format(QLocale())));
    m_state->setText(m_fresh ? tr("From the portal's invoice and payment records.")
                             : tr("As kept on this computer since %1.")
                                   .arg(QLocale().toString(m_billing->fetchedAt.toLocalTime(),
                                                           QLocale::ShortFormat)));
}

void PaymentRecordBox::showUnknown(const QString &why)
{
    m_record.reset();
    for (QLabel *label : {m_invoices, m_paidLate, m_daysToPay, m_failed})
        label->setText(QStringLiteral("—"));
    m_state->setText(why);
}

} // namespace pac
