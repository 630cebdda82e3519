#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace pac {

// What the built-in demo portal needs to know: where its store lives (in the profile, so
// demo edits survive a restart) and how many customers a new dataset gets (0: the default).
struct DemoPortalSettings
{
    QString storePath;
    int customers = 0;
};

// The built-in demo portal as the console and agentctl see it: something that starts a
// portal on 127.0.0.1 without blocking and then says where it is. The implementation (the
// reference portal in-process, demo/EmbeddedDemoPortal) is chosen by app/, so ui/ and cli/
// never depend on server/ (docs/engineering.md: only app -> demo -> server).
class DemoPortal : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Asynchronous: started() or failed() follows.
    virtual void start(const DemoPortalSettings &settings) = 0;
    virtual bool isRunning() const = 0;
    virtual QUrl baseUrl() const = 0; // http://127.0.0.1:PORT; empty unless running

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);
};

// Makes a demo portal when one is first needed (most sessions never start one). A null
// factory: this program has no built-in portal, and asking for the demo is an error.
using DemoPortalFactory = std::function<std::unique_ptr<DemoPortal>()>;

} // namespace pac
