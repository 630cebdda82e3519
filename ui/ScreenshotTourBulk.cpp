// The bulk change step of `agent-console --screenshot` (issue 13): the bulk dialog over three
// selected customers, adding an invoice email address, with its preview shown.
#include "customerindex/CustomerTableModel.h"
#include "presentation/BulkPreviewTableModel.h"
#include "ui/ConsoleApplication.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"
#include "ui/bulk/BulkActionForm.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkFeature.h"
#include "ui/customers/CustomerTablePanel.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>

namespace pac {

void ScreenshotTour::showBulkPreview()
{
    auto *feature = window()->findChild<BulkFeature *>();
    CustomerTablePanel *panel = window()->tablePanel();
    const CustomerTableModel *model = panel->model();
    if (!feature || model->rowCount() < 3) {
        fail(QStringLiteral("no bulk change, or fewer than 3 customers"));
        return;
    }
    panel->tableView()->selectionModel()->select(
        QItemSelection(model->index(0, 0), model->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    BulkChangeDialog *dialog = feature->openBulkChange();
    dialog->form()->setKind(BulkActionForm::Kind::AddEmail);
    dialog->form()
        ->findChild<QLineEdit *>(QStringLiteral("bulkAddress"))
        ->setText(QStringLiteral("bookkeeping@resellerhub.example"));
    QPointer<BulkChangeDialog> guard(dialog);
    when(
        QStringLiteral("the bulk change preview"), feature, &BulkFeature::previewShown,
        [guard]() {
            return guard && !guard->isPreviewing() && guard->previewModel().rowCount() > 0;
        },
        [this, guard]() {
            if (!guard)
                return fail(QStringLiteral("the bulk change dialog closed"));
            grab(guard, QStringLiteral("console-bulk-preview.png"));
            guard->reject();
            showSupport();
        });
    dialog->requestPreview();
}

} // namespace pac
