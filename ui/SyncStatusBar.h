#pragma once

#include "models/Customer.h"
#include "portal/SyncTypes.h"
#include "storage/OutboxEntry.h"

#include <QDateTime>
#include <QStatusBar>

class QLabel;
class QProgressBar;

namespace pac {

class StatusChip;

// The console's status bar: who is signed in and as what, how fresh the cached data is
// ("as of"), how many edits wait to be sent (or need the user), online or offline, and
// while syncing the phase and a progress bar. Transient messages (showMessage) appear on the
// left as usual.
class SyncStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SyncStatusBar(QWidget *parent = nullptr);

    void setUser(const QString &name, Role role);
    void setAsOf(const QDateTime &lastSync);
    void setOutboxCounts(const OutboxCounts &counts);
    void setOnline(bool online);
    void setPhase(SyncPhase phase);
    // total 0: unknown (a busy indicator instead of a bar).
    void setProgress(qint64 done, qint64 total);

signals:
    // The user clicked the pending edits: show them.
    void pendingEditsActivated();

private:
    QLabel *m_phase;
    QProgressBar *m_progress;
    QLabel *m_pending;
    QLabel *m_asOf;
    StatusChip *m_online;
    QLabel *m_user;
    QDateTime m_lastSync;
};

} // namespace pac
