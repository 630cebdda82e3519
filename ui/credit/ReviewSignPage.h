#pragma once

#include "ui/credit/CreditWizardPage.h"

#include <QDate>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace pac {

// The last page: the whole application as it will be printed (documents/), then the signer's
// name and title, the typed signature (it must match the signer's name), the date and the
// consent. Finish submits; what still prevents that is listed here, naming the page to fix.
class ReviewSignPage : public CreditWizardPage
{
    Q_OBJECT

public:
    ReviewSignPage(CreditApplicationForm &form, QString customerName, QDate today,
                   QWidget *parent = nullptr);

    bool validatePage() override;
    // Shows why the edit service did not take the application.
    void showSubmitProblems(const QString &message, const QStringList &problems);

signals:
    void pdfRequested();

protected:
    void loadControls() override;

private:
    void refreshPreview();

    QString m_customerName;
    QDate m_today;
    QTextBrowser *m_preview;
    QDateEdit *m_signedOn;
    QCheckBox *m_consent;
    QPushButton *m_savePdf;
    QLabel *m_problems;
};

} // namespace pac
