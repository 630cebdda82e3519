#pragma once

#include <QObject>

class QDialog;

namespace pac {

// The one place the console shows its dialogs. Dialogs are window-modal for the user's input
// but never block the caller: present() calls QDialog::open() and returns at once; the
// dialog reports through its own signals (accepted, finished, ...) and deletes itself when
// closed. Tests and the screenshot tour connect to presented() to see, fill in and answer a
// dialog (the seam the desktop habit of `exec()` would not give).
class DialogPresenter : public QObject
{
    Q_OBJECT

public:
    explicit DialogPresenter(QObject *parent = nullptr);

    // Takes over `dialog` (WA_DeleteOnClose) and opens it.
    void present(QDialog *dialog);

signals:
    // Emitted right after the dialog was opened.
    void presented(QDialog *dialog);
};

} // namespace pac
