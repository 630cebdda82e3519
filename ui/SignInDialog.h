#pragma once

#include "ui/SignInRequest.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace pac {

// The sign-in form: the built-in demo portal (the default when no portal is configured) or
// a portal URL, user name, password and "remember me". It only asks (signInRequested);
// SessionController signs in asynchronously while the form shows progress, and the form
// shows the outcome (setBusy, showError). Closing it without signing in quits the console.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QWidget *parent = nullptr);

    void setRequest(const SignInRequest &request); // prefill (never the password)
    SignInRequest request() const;

    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);

signals:
    void signInRequested(const pac::SignInRequest &request);

private:
    void updateControls();
    void submit();

    QRadioButton *m_demo;
    QRadioButton *m_custom;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_hint;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_error;
    QPushButton *m_signIn;
    bool m_busy = false;
};

} // namespace pac
