#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace pac {

class DraftStore;

// Keeps a credit application draft saved while it is typed (billing rule 3: "draft (local,
// resumable)"): changed() saves after a short pause in the typing, saveNow() at once (the
// wizard calls it on a page change, on close and before submitting). Each save is one small
// DraftStore transaction committed with synchronous=FULL, so what was saved survives a crash
// or a power cut. The draft is created by the first save, so a wizard opened and closed
// untouched leaves nothing behind.
class CreditDraftAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds Delay {400};

    // `draftId` empty: a new draft for `customerId`, created on the first save. `content`
    // gives the draft's current content when a save happens.
    CreditDraftAutosave(DraftStore &drafts, qint64 customerId, QString draftId,
                        std::function<QJsonObject()> content, QObject *parent = nullptr);

    // The user changed something: saved after Delay without further changes.
    void changed();
    // Saves now if anything changed since the last save; false (and saveFailed) when the
    // cache refused.
    bool saveNow();

    QString draftId() const { return m_draftId; }
    qint64 customerId() const { return m_customerId; }
    bool hasUnsavedChanges() const { return m_dirty; }
    QDateTime lastSavedAt() const { return m_lastSavedAt; }

signals:
    void saved(const QString &draftId, const QDateTime &at);
    void saveFailed(const QString &message);

private:
    DraftStore &m_drafts;
    qint64 m_customerId;
    QString m_draftId;
    std::function<QJsonObject()> m_content;
    QTimer m_timer;
    bool m_dirty = false;
    QDateTime m_lastSavedAt;
};

} // namespace pac
