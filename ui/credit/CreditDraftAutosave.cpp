#include "ui/credit/CreditDraftAutosave.h"

#include "storage/DraftStore.h"
#include "ui/Log.h"

namespace pac {

CreditDraftAutosave::CreditDraftAutosave(DraftStore &drafts, qint64 customerId, QString draftId,
                                         std::function<QJsonObject()> content, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_customerId(customerId)
    , m_draftId(std::move(draftId))
    , m_content(std::move(content))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(Delay);
    connect(&m_timer, &QTimer::timeout, this, &CreditDraftAutosave::saveNow);
}

void CreditDraftAutosave::changed()
{
    m_dirty = true;
    m_timer.start();
}

bool CreditDraftAutosave::saveNow()
{
    m_timer.stop();
    if (!m_dirty)
        return true;
    const QJsonObject content = m_content();
    StorageResult<CreditApplicationDraft> result = m_draftId.isEmpty()
        ? m_drafts.create(m_customerId, content)
        : m_drafts.save(m_draftId, content);
    if (!result) {
        qCWarning(lcUi) << "credit application draft not saved:" << result.error().message;
        emit saveFailed(result.error().message);
        return false;
    }
    m_dirty = false;
    m_draftId = result->id;
    m_lastSavedAt = result->updatedAt;
    emit saved(m_draftId, m_lastSavedAt);
    return true;
}

} // namespace pac
