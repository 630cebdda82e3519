#include "cli/HistoryCommand.h"

#include "cli/CliFormat.h"
#include "cli/CliSession.h"
#include "cli/CommandContext.h"
#include "models/CustomerJson.h"
#include "portal/PortalClient.h"
#include "storage/LocalCache.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pac::cli {

namespace {

// Pages of history read per command: the newest entries are what a person looks at.
constexpr int MaxPages = 20;

QJsonObject entryJson(const HistoryEntry &entry)
{
    return {{QStringLiteral("at"), toRfc3339(entry.at)},
            {QStringLiteral("actor"),
             QJsonObject {{QStringLiteral("id"), entry.actor.id},
                          {QStringLiteral("name"), entry.actor.name},
                          {QStringLiteral("role"), toWire(entry.actorRole)}}},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("field"), entry.field},
            {QStringLiteral("before"), entry.before},
            {QStringLiteral("after"), entry.after}};
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("-");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(valueText(item));
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

QString HistoryCommand::synopsis()
{
    return QStringLiteral("history ID [--format table|json]");
}

QString HistoryCommand::summary()
{
    return tr("Show a customer's audit history (when, who, what, before, after).");
}

void HistoryCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption({QStringLiteral("format"), tr("table or json."), QStringLiteral("FORMAT"),
                           QStringLiteral("table")});
    if (!m_arguments.parse(context, arguments, 1, 1))
        return;
    const auto id = CliFormat::parseId(m_arguments.positional().at(0));
    if (!id) {
        context.failValidation(
            QStringLiteral("history"),
            {{QStringLiteral("id"), QString(errorcode::InvalidFormat),
              tr("“%1” is not a customer id.").arg(m_arguments.positional().at(0))}});
        return;
    }
    m_customerId = *id;
    context.session().ensureSignedIn([this, &context] { fetch(context, {}, true); });
}

void HistoryCommand::fetch(CommandContext &context, const QString &cursor, bool mayRetry)
{
    context.client().history(
        m_customerId, cursor, &context,
        [this, &context, mayRetry](const PortalResult<HistoryPage> &result) {
            const QString subject = QStringLiteral("history %1").arg(m_customerId);
            if (!result.ok()) {
                const PortalError &error = result.error();
                if (error.kind == PortalError::Kind::Unauthorized && mayRetry) {
                    context.session().signInAgain([this, &context] { fetch(context, {}, false); });
                    return;
                }
                if (error.isTransient()) {
                    // Out of reach: what was fetched last time is better than nothing.
                    const auto cached = context.cache()->history().find(m_customerId);
                    if (cached && cached->has_value()) {
                        context.err() << subject << ": " << error.message() << Qt::endl
                                      << tr("Showing the history as fetched on %1.")
                                             .arg(CliFormat::time((*cached)->fetchedAt))
                                      << Qt::endl;
                        print(context, (*cached)->entries);
                        return;
                    }
                }
                context.failPortal(subject, error);
                return;
            }
            for (const HistoryEntry &entry : result->items)
                m_entries.append(entryJson(entry));
            if (!result->nextCursor.isEmpty() && ++m_pages < MaxPages) {
                fetch(context, result->nextCursor, mayRetry);
                return;
            }
            if (StorageStatus stored = context.cache()->history().store(
                    m_customerId, m_entries, QDateTime::currentDateTimeUtc());
                !stored) {
                // The portal's answer is shown anyway; only the offline copy is missing.
                context.err() << "agentctl: " << stored.error().message << Qt::endl;
            }
            print(context, m_entries);
        });
}

void HistoryCommand::print(CommandContext &context, const QJsonArray &entries)
{
    if (m_arguments.value(QStringLiteral("format")) == QLatin1String("json")) {
        context.out() << QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Indented));
        context.finish(ExitCode::Ok);
        return;
    }
    TextTable table({tr("When"), tr("Who"), tr("Action"), tr("Field"), tr("Before"), tr("After")});
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QJsonObject actor = entry.value(QLatin1String("actor")).toObject();
        table.addRow({CliFormat::time(fromRfc3339(entry.value(QLatin1String("at")).toString())),
                      QStringLiteral("%1 (%2)").arg(actor.value(QLatin1String("name")).toString(),
                                                    actor.value(QLatin1String("role")).toString()),
                      entry.value(QLatin1String("action")).toString(),
                      entry.value(QLatin1String("field")).toString(),
                      valueText(entry.value(QLatin1String("before"))),
                      valueText(entry.value(QLatin1String("after")))});
    }
    table.print(context.out());
    context.err() << tr("%n history entry(ies)", "", int(entries.size())) << Qt::endl;
    context.finish(ExitCode::Ok);
}

} // namespace pac::cli
