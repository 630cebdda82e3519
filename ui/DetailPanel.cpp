#include "ui/DetailPanel.h"

#include "models/BillingText.h"
#include "presentation/UiText.h"
#include "ui/StatusChip.h"
#include "ui/billing/BillingTab.h"
#include "ui/history/HistoryTab.h"
#include "ui/recipients/InvoiceRecipientsTab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pac {

DetailPanel::DetailPanel(Role role, HistoryLoader &history, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_name(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_status(new StatusChip(this))
    , m_pending(new StatusChip(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerAction(new QPushButton(m_banner))
    , m_tabs(new QTabWidget(this))
    , m_billing(new BillingTab(role, this))
    , m_recipients(new InvoiceRecipientsTab(this))
    , m_history(new HistoryTab(history, this))
{
    setObjectName(QStringLiteral("detailPanel"));
    m_name->setObjectName(QStringLiteral("detailName"));
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_pending->setObjectName(QStringLiteral("detailPending"));
    m_banner->setObjectName(QStringLiteral("detailBanner"));
    m_bannerText->setObjectName(QStringLiteral("detailBannerText"));
    m_bannerAction->setObjectName(QStringLiteral("detailBannerAction"));
    m_tabs->setObjectName(QStringLiteral("detailTabs"));

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setForegroundRole(QPalette::PlaceholderText);

    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_banner->setStyleSheet(
        QStringLiteral("#detailBanner { background: #fce8e6; border-radius: 6px; }"
                       "#detailBanner QLabel { color: #6b1d17; }"));
    m_bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 8, 10, 8);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerAction, 0, Qt::AlignVCenter);
    m_banner->hide();

    m_tabs->addTab(m_billing, tr("&Billing"));
    m_tabs->addTab(m_recipients, tr("&Invoice recipients"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->setDocumentMode(true);

    auto *titleLine = new QHBoxLayout;
    titleLine->setSpacing(8);
    titleLine->addWidget(m_name, 1);
    titleLine->addWidget(m_pending);
    titleLine->addWidget(m_status);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(12, 8, 8, 0);
    pageLayout->setSpacing(6);
    pageLayout->addLayout(titleLine);
    pageLayout->addWidget(m_facts);
    pageLayout->addWidget(m_banner);
    pageLayout->addWidget(m_tabs, 1);

    auto *empty = new QLabel(tr("Select a customer to see their billing terms, ACH, invoice "
                                "recipients and history.\n\nTip: Ctrl+F filters the list; the "
                                "arrow keys move through it."),
                             this);
    empty->setObjectName(QStringLiteral("detailEmptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(32);
    empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { m_history->setActive(m_tabs->widget(index) == m_history); });
    connect(m_bannerAction, &QPushButton::clicked, this, [this]() {
        if (m_refusedEntryId)
            emit discardEditRequested(m_refusedEntryId);
        else
            emit resolveConflictRequested(m_customerId);
    });
    clear();
}

int DetailPanel::addTab(QWidget *tab, const QString &title)
{
    return m_tabs->addTab(tab, title);
}

void DetailPanel::setCustomer(const CachedCustomer &cached, const QList<OutboxEntry> &edits,
                              QDate today)
{
    const Customer &customer = cached.shown();
    m_customerId = customer.id;
    m_stack->setCurrentIndex(1);
    m_name->setText(customer.name);
    QStringList facts;
    facts << customer.accountNumber;
    facts << tr("Agent: %1").arg(customer.agent.name);
    if (customer.masterAgent)
        facts << tr("Master agent: %1").arg(customer.masterAgent->name);
    facts << tr("Customer since %1").arg(UiText::date(customer.customerSince));
    facts << tr("Country: %1").arg(customer.country);
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    m_status->showState(BillingText::statusName(customer.status),
                        customer.status == CustomerStatus::Active ? StatusChip::Tone::Good
                                                                  : StatusChip::Tone::Bad);
    if (cached.flags.hasPendingEdit())
        m_pending->showState(tr("%n edit(s) not sent yet", "", cached.flags.pendingEdits),
                             StatusChip::Tone::Warning);
    else
        m_pending->showState({}, StatusChip::Tone::Neutral);
    updateBanner(cached, edits);

    m_billing->setCustomer(cached, today);
    m_recipients->setCustomer(customer, cached.flags.hasPendingEdit() || cached.flags.conflict);
    m_history->setCustomer(customer.id);
    m_history->setActive(m_tabs->currentWidget() == m_history);
}

void DetailPanel::updateBanner(const CachedCustomer &cached, const QList<OutboxEntry> &edits)
{
    m_refusedEntryId = 0;
    const OutboxEntry *refused = nullptr;
    for (const OutboxEntry &entry : edits) {
        if (entry.state == OutboxState::Failed) {
            refused = &entry;
            break;
        }
    }
    if (cached.flags.conflict) {
        m_bannerText->setText(tr("<b>Conflict:</b> this customer was changed on the portal after "
                                 "your edit. Choose which version to keep."));
        m_bannerAction->setText(tr("Resolve…"));
        m_banner->show();
    } else if (refused) {
        m_refusedEntryId = refused->id;
        QStringList reasons;
        for (const FieldError &error : refused->lastFieldErrors)
            reasons << error.message;
        if (reasons.isEmpty())
            reasons << refused->lastError;
        m_bannerText->setText(tr("<b>The portal refused an edit:</b> %1 Discard it to make new "
                                 "changes.")
                                  .arg(reasons.join(QLatin1Char(' ')).toHtmlEscaped()));
        m_bannerAction->setText(tr("Discard the edit"));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

void DetailPanel::clear()
{
    m_customerId = 0;
    m_refusedEntryId = 0;
    m_stack->setCurrentIndex(0);
    m_banner->hide();
    m_billing->clear();
    m_recipients->clear();
    m_history->setCustomer(0);
}

} // namespace pac
