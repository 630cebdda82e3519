#pragma once

#include "customerindex/CustomerTableModel.h"
#include "demo/EmbeddedDemoPortal.h"
#include "storage/InMemoryCredentialStore.h"
#include "ui/ConsoleApplication.h"
#include "ui/ConsoleOptions.h"
#include "ui/DialogPresenter.h"
#include "ui/MainWindow.h"
#include "ui/SessionController.h"
#include "ui/SignInDialog.h"
#include "ui/customers/CustomerTablePanel.h"

#include <QDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace pac::test {

// The child of `parent` named `name` (objectName), with a warning naming it when there is
// none, so a failing test says which control it looked for.
template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

// A console on the built-in demo portal in a temporary profile, with an in-memory credential
// store, remembering the last dialog it presented.
class ConsoleFixture
{
public:
    static constexpr int kDemoCustomers = 120;

    explicit ConsoleFixture(const QString &profileDir,
                            InMemoryCredentialStore *credentials = nullptr)
    {
        ConsoleOptions options;
        options.demo = true;
        options.profile = profileDir;
        options.language = QStringLiteral("en");
        auto store = std::unique_ptr<InMemoryCredentialStore>(
            credentials ? credentials : new InMemoryCredentialStore);
        m_credentials = store.get();
        console = std::make_unique<ConsoleApplication>(options, demo::embeddedDemoPortals(),
                                                       std::move(store));
    }

    bool start()
    {
        QString error;
        if (!console->start(&error)) {
            qWarning("console start failed: %s", qPrintable(error));
            return false;
        }
        console->session().setDemoCustomers(kDemoCustomers);
        QObject::connect(&console->presenter(), &DialogPresenter::presented,
                         [this](QDialog *dialog) { lastDialog = dialog; });
        return true;
    }

    // Signs in as `user` (password "demo") through the sign-in form, as a user does, and
    // waits for the first sync to fill the table; false (with a warning) if it does not.
    bool signInWithTheForm(const QString &user, int timeoutMs = 30000)
    {
        SignInDialog *form = console->signInDialog();
        if (!form || !QTest::qWaitFor([form] { return form->isVisible(); }, timeoutMs)) {
            qWarning("no sign-in form");
            return false;
        }
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("userName"));
        auto *password = form->findChild<QLineEdit *>(QStringLiteral("password"));
        auto *button = form->findChild<QPushButton *>(QStringLiteral("signInButton"));
        if (!name || !password || !button)
            return false;
        QTest::keyClicks(name, user);
        QTest::keyClicks(password, QStringLiteral("demo"));
        QTest::mouseClick(button, Qt::LeftButton);
        const bool signedIn = QTest::qWaitFor(
            [this] {
                MainWindow *window = console->mainWindow();
                return window && window->tablePanel()->model()->totalCount() > 0
                    && !window->tablePanel()->isBusy();
            },
            timeoutMs);
        if (!signedIn)
            qWarning("%s: not signed in, or the first sync did not fill the table",
                     qPrintable(user));
        return signedIn;
    }

    InMemoryCredentialStore *credentials() const { return m_credentials; }

    std::unique_ptr<ConsoleApplication> console;
    QPointer<QDialog> lastDialog;

private:
    InMemoryCredentialStore *m_credentials = nullptr;
};

} // namespace pac::test
