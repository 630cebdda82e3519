#pragma once

#include "portal/PortalTypes.h"
#include "ui/ConsoleContext.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace pac {

class AchSetupWizard;
class BankAccountsPanel;
class MainWindow;
struct AchMethodResult;

// ACH set up the way the bank rules require (issue 12, billing rule 8), composed into the
// main window: the Billing tab's "Add ACH bank account…" opens the setup wizard
// (eligibility → bank account → authorization, with the portal's versioned text), and the
// tab lists the customer's bank accounts (BankAccountsPanel) with Verify deposits…, Make
// default, Save authorization PDF… and Remove bank account…. Everything here is online only:
// the accounts live at the portal, the full account number in the wizard and the one request.
//
// Usage, in the composition root once the main window exists:
//     new AchFeature(*window, context); // owned by the window
class AchFeature : public QObject
{
    Q_OBJECT

public:
    AchFeature(MainWindow &window, const ConsoleContext &context);

    BankAccountsPanel *panel() const { return m_panel; }
    // Loads the bank accounts of the panel's customer again.
    void reload();
    void startSetup(qint64 customerId);
    void verify(qint64 customerId, const PaymentMethod &method);
    void makeDefault(qint64 customerId, const PaymentMethod &method);
    void saveAuthorization(qint64 customerId, const PaymentMethod &method);
    // Fetches and writes without asking (0600: it names the account holder).
    void writeAuthorization(const PaymentMethod &method, const QString &path);
    void remove(qint64 customerId, const PaymentMethod &method);

    // "ach-authorization-42.pdf"
    static QString suggestedFileName(const PaymentMethod &method);

signals:
    // A sentence for the status bar.
    void message(const QString &text);
    void authorizationWritten(const QString &path);

private:
    void load(qint64 customerId);
    void finished(qint64 customerId, const AchMethodResult &result);

    MainWindow &m_window;
    ConsoleContext m_context; // a copy: the references in it outlive the window
    BankAccountsPanel *m_panel;
    quint64 m_loadGeneration = 0;
};

} // namespace pac
