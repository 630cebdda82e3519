#pragma once

#include "customerindex/CustomerView.h"
#include "models/Customer.h"
#include "portal/DemoPortal.h"

#include <QDir>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QDialog;
class QWidget;

namespace pac {

class ConsoleApplication;
class MainWindow;
struct ConsoleOptions;

// `agent-console --demo --screenshot DIR`: drives the real console through its main views on
// the built-in demo portal and writes a PNG of each (QWidget::grab) for the README, then
// quits: the sign-in form; as master1 the billing tab of a customer with a recent payment
// issue, the invoice recipients editor with a refused address, a real conflict (another
// client changes the customer while an edit waits) in the conflict dialog, the history that
// results, the Invoices tab of a customer past due now and the Net 15 what-if; as support1
// the decision view and the decision queue with a payment record; and the Spanish console. It waits
// on signals only, each step under a watchdog, and exits 1 naming the step that did not finish.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    // The console runs in a temporary profile unless options.profile names one.
    ScreenshotTour(const ConsoleOptions &options, DemoPortalFactory demoPortals,
                   QObject *parent = nullptr);
    ~ScreenshotTour() override;

    void start();

signals:
    void finished(int exitCode);

private:
    static constexpr std::chrono::seconds StepTimeout {90};

    // Runs `then` once `ready()` holds, checked now and after each `signal` of `sender`;
    // the step fails when that takes longer than the watchdog allows.
    template<typename Sender, typename Signal>
    void when(const QString &step, const Sender *sender, Signal signal, std::function<bool()> ready,
              std::function<void()> then);
    void grab(QWidget *widget, const QString &name);
    void fail(const QString &why);
    void done();

    void signInAs(const QString &user, std::function<void()> then);
    void showBilling();
    void showRecipients();
    void stageConflict();
    void showConflictDialog(qint64 customerId);
    void showHistory(qint64 customerId);
    void showInvoices();
    void showNet15WhatIf();
    void grabWhatIf(QDialog *dialog);
    // ScreenshotTourAch.cpp: the ACH setup wizard's authorization page, then the Billing
    // tab with the new bank account pending verification.
    void showAchSetup();
    void grabAchPending(qint64 customerId);
    // ScreenshotTourBulk.cpp: the bulk dialog over three customers with its preview.
    void showBulkPreview();
    void showSupport();
    void showDecisionQueue();
    void showSpanish();

    // The first customer of a view that `accept` takes (in the table's order).
    qint64 pickCustomer(CustomerView view, const std::function<bool(const Customer &)> &accept);
    MainWindow *window() const;

    std::unique_ptr<QTemporaryDir> m_profileDir;
    std::unique_ptr<ConsoleApplication> m_console;
    QDir m_output;
    QTimer m_watchdog;
    QString m_step;
    int m_written = 0;
    qint64 m_conflictCustomer = 0;
    bool m_failed = false;
};

// The steps of the tour are in more than one file: the template is here.
template<typename Sender, typename Signal>
void ScreenshotTour::when(const QString &step, const Sender *sender, Signal signal,
                          std::function<bool()> ready, std::function<void()> then)
{
    m_step = step;
    m_watchdog.start(StepTimeout);
    if (ready()) {
        QTimer::singleShot(0, this, then);
        return;
    }
    // One answer only: the signal may come again before the next step runs.
    auto *context = new QObject(this);
    auto answered = std::make_shared<bool>(false);
    connect(sender, signal, context, [this, context, answered, ready, then]() {
        if (*answered || !ready())
            return;
        *answered = true;
        context->deleteLater();
        // Let the widgets finish their layout before the next step looks at them.
        QTimer::singleShot(0, this, then);
    });
}

} // namespace pac
