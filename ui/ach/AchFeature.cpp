#include "ui/ach/AchFeature.h"

#include "portal/CustomerEditService.h"
#include "portal/EditResult.h"
#include "portal/PortalClient.h"
#include "portal/PortalError.h"
#include "portal/SyncEngine.h"
#include "presentation/PaymentMethodTableModel.h"
#include "presentation/PaymentMethodText.h"
#include "storage/LocalCache.h"
#include "storage/PrivateFile.h"
#include "ui/DetailPanel.h"
#include "ui/DialogPresenter.h"
#include "ui/Log.h"
#include "ui/MainWindow.h"
#include "ui/ach/AchAuthorizationPage.h"
#include "ui/ach/AchSetupWizard.h"
#include "ui/ach/BankAccountsPanel.h"
#include "ui/ach/RemoveBankAccountDialog.h"
#include "ui/ach/VerifyDepositsDialog.h"
#include "ui/billing/BillingTab.h"
#include "ui/customers/CustomerTablePanel.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace pac {

namespace {
constexpr int kStatusMs = 8000;
} // namespace

AchFeature::AchFeature(MainWindow &window, const ConsoleContext &context)
    : QObject(&window)
    , m_window(window)
    , m_context(context)
    , m_panel(new BankAccountsPanel(context.user.role))
{
    BillingTab *billing = window.detailPanel()->billingTab();
    billing->setBankAccountsPanel(m_panel);
    connect(billing, &BillingTab::addAchAccountRequested, this, &AchFeature::startSetup);
    connect(window.tablePanel(), &CustomerTablePanel::currentCustomerChanged, this,
            &AchFeature::load);
    // A sync that changed the customer shown may have brought another agent's change.
    connect(&context.engine, &SyncEngine::customersChanged, this, [this](const QList<qint64> &ids) {
        if (m_panel->customerId() && ids.contains(m_panel->customerId()))
            reload();
    });
    connect(m_panel, &BankAccountsPanel::verifyRequested, this, &AchFeature::verify);
    connect(m_panel, &BankAccountsPanel::makeDefaultRequested, this, &AchFeature::makeDefault);
    connect(m_panel, &BankAccountsPanel::saveAuthorizationRequested, this,
            &AchFeature::saveAuthorization);
    connect(m_panel, &BankAccountsPanel::removeRequested, this, &AchFeature::remove);
    connect(this, &AchFeature::message, this,
            [this](const QString &text) { m_window.statusBar()->showMessage(text, kStatusMs); });
    load(window.detailPanel()->customerId());
}

void AchFeature::reload()
{
    load(m_panel->customerId());
}

void AchFeature::load(qint64 customerId)
{
    if (customerId != m_panel->customerId())
        m_panel->setCustomer(customerId);
    if (!customerId)
        return;
    const quint64 generation = ++m_loadGeneration;
    m_context.client.listPaymentMethods(
        customerId, this,
        [this, customerId, generation](const PortalResult<QList<PaymentMethod>> &result) {
            if (generation != m_loadGeneration)
                return; // another customer, or a newer load
            if (result)
                m_panel->setMethods(customerId, result.value());
            else
                m_panel->setLoadFailed(customerId, result.error().message());
        });
}

void AchFeature::startSetup(qint64 customerId)
{
    const auto found = m_context.cache.customers().find(customerId);
    if (!found.ok() || !found.value()) {
        emit message(tr("Customer %1 is not in the cache any more.").arg(customerId));
        return;
    }
    auto *wizard = new AchSetupWizard(found.value()->shown(), m_window.today(), &m_window);
    // The wizard is the context of every answer: closing it drops them.
    connect(wizard, &AchSetupWizard::textRequested, this,
            [this, wizard](qint64 id, AchSecCode code, const QString &last4,
                           const QString &accountType) {
                m_context.client.achAuthorizationText(
                    id, code, last4, accountType, wizard,
                    [wizard, code](const PortalResult<AchAuthorizationTextResult> &result) {
                        if (result)
                            wizard->authorizationPage()->setText(code, result->version,
                                                                 result->text);
                        else
                            wizard->authorizationPage()->textFailed(code, result.error().message());
                    });
            });
    connect(wizard, &AchSetupWizard::submitRequested, this,
            [this, wizard](qint64 id, const AchBankDetails &details,
                           const AchAuthorization &authorization) {
                m_context.edits.addAchMethod(id, details, authorization, wizard,
                                             [this, wizard, id](const AchMethodResult &result) {
                                                 wizard->setResult(result);
                                                 if (result.ok())
                                                     finished(id, result);
                                             });
            });
    m_context.presenter.present(wizard);
}

void AchFeature::verify(qint64 customerId, const PaymentMethod &method)
{
    auto *dialog = new VerifyDepositsDialog(customerId, method, &m_window);
    connect(dialog, &VerifyDepositsDialog::verifyRequested, this,
            [this, dialog](qint64 id, qint64 methodId, const QList<qint64> &cents) {
                dialog->setBusy(true);
                m_context.edits.verifyAchMethod(id, methodId, cents, dialog,
                                                [this, dialog, id](const AchMethodResult &result) {
                                                    dialog->setResult(result);
                                                    // A wrong pair changed the tries left.
                                                    reload();
                                                    if (result.ok())
                                                        finished(id, result);
                                                });
            });
    m_context.presenter.present(dialog);
}

void AchFeature::makeDefault(qint64 customerId, const PaymentMethod &method)
{
    m_context.edits.setDefaultAchMethod(customerId, method.id, this,
                                        [this, customerId](const AchMethodResult &result) {
                                            if (result.ok())
                                                finished(customerId, result);
                                            else
                                                emit message(result.message);
                                        });
}

void AchFeature::remove(qint64 customerId, const PaymentMethod &method)
{
    auto *dialog = new RemoveBankAccountDialog(customerId, method, &m_window);
    connect(dialog, &RemoveBankAccountDialog::removeRequested, this,
            [this, dialog](qint64 id, qint64 methodId, const QString &reason) {
                dialog->setBusy(true);
                m_context.edits.revokeAchMethod(id, methodId, reason, dialog,
                                                [this, dialog, id](const AchMethodResult &result) {
                                                    dialog->setBusy(false);
                                                    if (!result.ok()) {
                                                        dialog->showError(result.message);
                                                        return;
                                                    }
                                                    dialog->accept();
                                                    finished(id, result);
                                                });
            });
    m_context.presenter.present(dialog);
}

void AchFeature::finished(qint64 customerId, const AchMethodResult &result)
{
    emit message(result.message);
    if (customerId == m_panel->customerId()) {
        reload();
        // The account acted on stays selected once the list is back.
        const qint64 methodId = result.method.id;
        connect(
            &m_panel->model(), &QAbstractItemModel::modelReset, this,
            [this, methodId] { m_panel->selectMethod(methodId); }, Qt::SingleShotConnection);
    }
}

QString AchFeature::suggestedFileName(const PaymentMethod &method)
{
    return QStringLiteral("ach-authorization-%1.pdf").arg(method.id);
}

void AchFeature::saveAuthorization(qint64, const PaymentMethod &method)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(
        &m_window,
        tr("Save the authorization of %1 as PDF").arg(PaymentMethodText::account(method)),
        QDir(folder).filePath(suggestedFileName(method)), tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("achAuthorizationFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, method](const QString &path) { writeAuthorization(method, path); });
    m_context.presenter.present(dialog);
}

void AchFeature::writeAuthorization(const PaymentMethod &method, const QString &path)
{
    m_context.client.paymentMethodAuthorizationPdf(
        method.id, this, [this, method, path](const PortalResult<QByteArray> &result) {
            if (!result) {
                emit message(
                    tr("The authorization of %1 could not be fetched: %2")
                        .arg(PaymentMethodText::account(method), result.error().message()));
                return;
            }
            QString why;
            if (!PrivateFile::write(path, result.value(), &why)) {
                emit message(tr("The authorization could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), why));
                return;
            }
            qCInfo(lcUi) << "ACH authorization PDF written," << result.value().size() << "bytes";
            emit authorizationWritten(path);
            emit message(tr("Authorization saved to %1").arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace pac
