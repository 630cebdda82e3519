#pragma once

#include "models/Customer.h"
#include "ui/credit/CreditApplicationForm.h"

#include <QDate>
#include <QWizard>

namespace pac {

class CreditDraftAutosave;
class CreditPdfExporter;
class CreditWizardPage;
class CustomerEditService;
class DraftStore;
class ReviewSignPage;
class TradeReferencesPage;

// The credit application wizard (billing rule 3; the support agent often fills it in on the
// phone with the customer): business identity, accounts-payable contact, bank reference,
// trade references, credit request, optional personal guarantor, review and sign. Every
// field is checked as it is typed; Next stays on a page until its fields are right.
//
// Every change is saved to the local cache as a draft (CreditDraftAutosave: after a short
// pause in the typing, on each page change and on close), so the wizard can be closed and
// resumed, after a crash too. "Submit" hands the draft to the edit service, which queues it in
// the outbox (idempotent, offline-safe) and removes the draft in the same transaction; the
// customer's Credit tab then follows its status.
class CreditWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { BusinessId, ApContactId, BankId, TradeId, RequestId, GuarantorId, ReviewId };

    struct Collaborators
    {
        DraftStore &drafts;
        CustomerEditService &edits;
        CreditPdfExporter &pdf;
    };

    // `form`: a new application or a resumed draft (`draftId` then names it). The current
    // limit shown and checked is the customer's now. `today` is the default signing date.
    CreditWizard(const Customer &customer, CreditApplicationForm form, const QString &draftId,
                 const Collaborators &collaborators, QDate today, QWidget *parent = nullptr);
    ~CreditWizard() override;

    const CreditApplicationForm &form() const { return m_form; }
    qint64 customerId() const { return m_customer.id; }
    // Empty until the first save of a new application.
    QString draftId() const;
    CreditDraftAutosave &autosave() const { return *m_autosave; }

signals:
    // The application is in the outbox (entry `outboxEntryId`); the draft is gone.
    void submitted(qint64 customerId, qint64 outboxEntryId);
    // The draft was saved (created by the first save).
    void draftSaved(qint64 customerId, const QString &draftId);

public slots:
    // Closing keeps the draft (saved first).
    void reject() override;

protected:
    bool validateCurrentPage() override;

private:
    void addPage(int id, CreditWizardPage *page);
    bool submit();
    void showSaveState(const QString &text, bool failed);

    Customer m_customer;
    CreditApplicationForm m_form;
    Collaborators m_collaborators;
    CreditDraftAutosave *m_autosave;
    ReviewSignPage *m_review = nullptr;
    QList<CreditWizardPage *> m_pages;
};

} // namespace pac
