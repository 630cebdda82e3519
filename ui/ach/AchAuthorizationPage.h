#pragma once

#include "models/AchAuthorization.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pac {

// The authorization page of the ACH setup wizard (billing rule 8a): the entry class (CCD by
// default: our customers are businesses), how the customer authorized (only what the class
// allows), who (name and title), and the exact, versioned text the portal serves for this
// customer and account — for TEL the script to read aloud, with the confirmation that the
// call is recorded or written notice will be sent. The page is complete, and the account
// can be sent, only when the text of the chosen class is shown, the customer's acceptance is
// ticked and every field passes AchAuthorization::validate().
//
// The page does not fetch the text: it asks (textRequested) and is told (setText/textFailed).
class AchAuthorizationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AchAuthorizationPage(QWidget *parent = nullptr);

    // The account the text names: asks for the text again.
    void setAccount(const QString &last4, const QString &accountType);
    // Asks for the text again (the portal has a newer version); the acceptance is cleared.
    void reloadText();
    // The portal's text for `code`; ignored when the user has chosen another class since.
    void setText(AchSecCode code, const QString &version, const QString &text);
    void textFailed(AchSecCode code, const QString &message);
    // A refusal of the portal about the authorization, shown under the text.
    void showMessage(const QString &message, bool isError);
    void setFieldsEnabled(bool enabled);

    // What the user chose, with the text version shown and accepted now (UTC).
    AchAuthorization authorization() const;
    AchSecCode secCode() const;
    bool isComplete() const override;

signals:
    void textRequested(pac::AchSecCode code, const QString &last4, const QString &accountType);

private:
    void secCodeChanged();
    void requestText();

    QComboBox *m_secCode;
    QComboBox *m_method;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QLabel *m_textHeading;
    QPlainTextEdit *m_text;
    QCheckBox *m_telConfirmed;
    QCheckBox *m_accepted;
    QLabel *m_status;
    QString m_last4;
    QString m_accountType;
    QString m_version; // of the text shown; empty while none is
};

} // namespace pac
