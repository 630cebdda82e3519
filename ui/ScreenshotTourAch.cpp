// The ACH steps of `agent-console --screenshot` (issue 12): the setup wizard's
// authorization page with the portal's text, then the Billing tab with the new bank account
// pending verification and what to do next.
#include "customerindex/CustomerView.h"
#include "models/AchAuthorization.h"
#include "presentation/PaymentMethodTableModel.h"
#include "ui/ConsoleApplication.h"
#include "ui/DetailPanel.h"
#include "ui/DialogPresenter.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"
#include "ui/ach/AchAuthorizationPage.h"
#include "ui/ach/AchBankDetailsPage.h"
#include "ui/ach/AchFeature.h"
#include "ui/ach/AchSetupWizard.h"
#include "ui/ach/BankAccountsPanel.h"
#include "ui/billing/BillingTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>

namespace pac {

void ScreenshotTour::showAchSetup()
{
    const qint64 id = pickCustomer(CustomerView::All, [](const Customer &c) {
        return c.status == CustomerStatus::Active && c.ach.status == AchStatus::Eligible;
    });
    auto *feature = window()->findChild<AchFeature *>();
    if (!id || !feature) {
        fail(QStringLiteral("no customer eligible for ACH"));
        return;
    }
    window()->showCustomer(id);
    window()->detailPanel()->tabs()->setCurrentWidget(window()->detailPanel()->billingTab());
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        &m_console->presenter(), &DialogPresenter::presented, this,
        [this, connection, id](QDialog *presented) {
            disconnect(*connection);
            auto *wizard = qobject_cast<AchSetupWizard *>(presented);
            if (!wizard) {
                fail(QStringLiteral("the ACH setup wizard did not open"));
                return;
            }
            wizard->next();
            QWidget *bank = wizard->bankPage();
            bank->findChild<QLineEdit *>(QStringLiteral("achRouting"))
                ->setText(QStringLiteral("021000021"));
            bank->findChild<QLineEdit *>(QStringLiteral("achAccount"))
                ->setText(QStringLiteral("000123456789"));
            auto *type = bank->findChild<QComboBox *>(QStringLiteral("achAccountType"));
            type->setCurrentIndex(1);
            emit type->activated(1);
            wizard->next();
            AchAuthorizationPage *page = wizard->authorizationPage();
            page->findChild<QLineEdit *>(QStringLiteral("achAuthorizedByName"))
                ->setText(QStringLiteral("Dana Whitfield"));
            page->findChild<QLineEdit *>(QStringLiteral("achAuthorizedByTitle"))
                ->setText(QStringLiteral("Controller"));
            QPointer<AchSetupWizard> guard(wizard);
            when(
                QStringLiteral("the ACH authorization text"), page,
                &AchAuthorizationPage::completeChanged,
                [page]() {
                    return page->findChild<QCheckBox *>(QStringLiteral("achAuthorizationAccepted"))
                        ->isEnabled();
                },
                [this, guard, page, id]() {
                    if (!guard)
                        return fail(QStringLiteral("the ACH setup wizard closed"));
                    page->findChild<QCheckBox *>(QStringLiteral("achAuthorizationAccepted"))
                        ->setChecked(true);
                    grab(guard, QStringLiteral("console-ach-authorization.png"));
                    guard->accept();
                    grabAchPending(id);
                });
        });
    feature->startSetup(id);
}

void ScreenshotTour::grabAchPending(qint64 customerId)
{
    BankAccountsPanel *panel = window()->findChild<AchFeature *>()->panel();
    const PaymentMethodTableModel *model = &panel->model();
    when(
        QStringLiteral("the new bank account pending verification"), model,
        &QAbstractItemModel::modelReset,
        [panel, model, customerId]() {
            return panel->customerId() == customerId && model->rowCount() > 0
                && model->methods().constLast().verification == AchVerificationState::Pending;
        },
        [this]() {
            grab(window(), QStringLiteral("console-ach-pending.png"));
            showBulkPreview();
        });
}

} // namespace pac
