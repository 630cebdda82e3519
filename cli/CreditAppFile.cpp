#include "cli/CreditAppFile.h"

#include "models/CreditApplicationJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace pac::cli {

CreditAppFile::Result CreditAppFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.unreadable = true;
        result.error = tr("%1 cannot be read: %2.").arg(path, file.errorString());
        return result;
    }
    // An application is a few kilobytes; anything far larger is not one.
    constexpr qint64 kMaxBytes = 1024 * 1024;
    if (file.size() > kMaxBytes) {
        Result result;
        result.error = tr("%1 is %2 bytes; a credit application file is far smaller.")
                           .arg(path)
                           .arg(file.size());
        return result;
    }
    return parse(file.readAll(), QFileInfo(path).fileName());
}

CreditAppFile::Result CreditAppFile::parse(const QByteArray &json, const QString &name)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("%1 is not JSON: %2 at character %3.")
                           .arg(name, parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("%1 must hold one JSON object (the application).").arg(name);
        return result;
    }
    QString badField;
    auto application = creditApplicationFromJson(document.object(), &badField);
    if (!application) {
        result.error = tr("%1: “%2” has the wrong type or an unknown value.").arg(name, badField);
        return result;
    }
    // The portal decides these; a file copied from `credit-app list --format json` has them.
    application->id = 0;
    application->customerId = 0;
    application->version = 0;
    application->status = CreditApplicationStatus::Draft;
    application->submittedAt = {};
    application->submittedBy.reset();
    application->decision.reset();
    result.application = std::move(application);
    return result;
}

} // namespace pac::cli
