#include "ui/SyncStatusBar.h"

#include "models/BillingText.h"
#include "presentation/UiText.h"
#include "ui/StatusChip.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace pac {

SyncStatusBar::SyncStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_phase(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_pending(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_online(new StatusChip(this))
    , m_user(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatusBar"));
    m_phase->setObjectName(QStringLiteral("syncPhase"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_pending->setObjectName(QStringLiteral("pendingEdits"));
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_online->setObjectName(QStringLiteral("onlineState"));
    m_user->setObjectName(QStringLiteral("signedInUser"));

    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_phase->hide();
    m_pending->setTextFormat(Qt::RichText);
    m_pending->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_pending->setToolTip(tr("Show the customers with edits not yet accepted by the portal"));

    addPermanentWidget(m_phase);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_pending);
    addPermanentWidget(m_asOf);
    addPermanentWidget(m_online);
    addPermanentWidget(m_user);

    connect(m_pending, &QLabel::linkActivated, this, &SyncStatusBar::pendingEditsActivated);
    setOutboxCounts({});
    setAsOf({});
    setOnline(true);
}

void SyncStatusBar::setUser(const QString &name, Role role)
{
    m_user->setText(tr("%1 · %2").arg(name, BillingText::roleName(role)));
    m_user->setToolTip(tr("Signed in as %1 (%2)").arg(name, BillingText::roleName(role)));
}

void SyncStatusBar::setAsOf(const QDateTime &lastSync)
{
    m_lastSync = lastSync;
    if (!lastSync.isValid()) {
        m_asOf->setText(tr("Not synced yet"));
        m_asOf->setToolTip(tr("No sync has completed yet; press Ctrl+R to sync."));
        return;
    }
    m_asOf->setText(tr("As of %1").arg(UiText::asOf(lastSync)));
    m_asOf->setToolTip(tr("The customers shown are the portal's as of %1 (last sync).")
                           .arg(UiText::dateTime(lastSync)));
}

void SyncStatusBar::setOutboxCounts(const OutboxCounts &counts)
{
    const int waiting = counts.pending + counts.sending;
    const int attention = counts.conflict + counts.failed;
    QString text;
    if (attention > 0)
        text = tr("%n edit(s) need you", "", attention);
    else if (waiting > 0)
        text = tr("%n edit(s) not sent", "", waiting);
    if (text.isEmpty()) {
        m_pending->setText(tr("All edits sent"));
        m_pending->setStyleSheet({});
        return;
    }
    m_pending->setText(QStringLiteral("<a href=\"pending\">%1</a>").arg(text.toHtmlEscaped()));
    m_pending->setStyleSheet(attention > 0 ? QStringLiteral("color: #b3261e;") : QString());
}

void SyncStatusBar::setOnline(bool online)
{
    m_online->showState(online ? tr("Online") : tr("Offline"),
                        online ? StatusChip::Tone::Good : StatusChip::Tone::Warning);
    m_online->setToolTip(online ? tr("The portal answers.")
                                : tr("The portal cannot be reached. Your edits are kept and "
                                     "sent when it answers again."));
}

void SyncStatusBar::setPhase(SyncPhase phase)
{
    QString text;
    switch (phase) {
    case SyncPhase::Idle:
        break;
    case SyncPhase::Pushing:
        text = tr("Sending edits…");
        break;
    case SyncPhase::Pulling:
        text = tr("Syncing customers…");
        break;
    case SyncPhase::CreditApplications:
        text = tr("Syncing credit applications…");
        break;
    }
    m_phase->setText(text);
    m_phase->setVisible(!text.isEmpty());
    m_progress->setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_progress->reset();
    else
        m_progress->setRange(0, 0);
}

void SyncStatusBar::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0); // busy: the portal does not say how many will come
        m_progress->setToolTip(tr("%1 so far").arg(QLocale().toString(done)));
        return;
    }
    // QProgressBar takes ints: scale to per mille so any count fits.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    m_progress->setToolTip(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
}

} // namespace pac
