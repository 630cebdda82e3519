#pragma once

#include "demo/EmbeddedDemoPortal.h"
#include "storage/InMemoryCredentialStore.h"
#include "ui/ConsoleApplication.h"
#include "ui/ConsoleOptions.h"
#include "ui/DialogPresenter.h"
#include "ui/SessionController.h"

#include <QDialog>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

namespace pac::test {

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

    InMemoryCredentialStore *credentials() const { return m_credentials; }

    std::unique_ptr<ConsoleApplication> console;
    QPointer<QDialog> lastDialog;

private:
    InMemoryCredentialStore *m_credentials = nullptr;
};

} // namespace pac::test
