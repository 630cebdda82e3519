#include "ui/DialogPresenter.h"

#include "ui/Log.h"

#include <QDialog>

namespace pac {

DialogPresenter::DialogPresenter(QObject *parent)
    : QObject(parent)
{ }

void DialogPresenter::present(QDialog *dialog)
{
    Q_ASSERT(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    qCDebug(lcUi) << "dialog presented:" << dialog->objectName();
    emit presented(dialog);
}

} // namespace pac
