// agentctl credit-app: `list` and `pdf` (the two that only read).
#include "cli/CliFormat.h"
#include "cli/CommandContext.h"
#include "cli/CreditAppCommand.h"
#include "cli/SyncRunner.h"
#include "customerindex/CustomerCsvWriter.h"
#include "documents/CreditApplicationDocument.h"
#include "models/CreditApplicationJson.h"
#include "models/Money.h"
#include "storage/LocalCache.h"
#include "storage/OutboxEdit.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pac::cli {

namespace {

// One line of the list: an application the portal knows, or a submission still in the
// outbox ("queued", or "refused" with the portal's reason).
struct Row
{
    CreditApplication application;
    QString status; // wire name, or "queued" / "refused"
    QString customerName;
    qint64 outboxEntryId = 0;
    QString problem;
};

QString customerName(LocalCache &cache, qint64 customerId)
{
    const auto found = cache.customers().find(customerId);
    return found && found->has_value() ? (*found)->shown().name : QString();
}

QString rfc3339(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString reasonOf(const Row &row)
{
    if (!row.problem.isEmpty())
        return row.problem;
    return row.application.decision ? row.application.decision->note : QString();
}

QString approvedLimit(const Row &row, bool plain)
{
    if (!row.application.decision || !row.application.decision->approved)
        return {};
    const Money limit = Money::fromCents(row.application.decision->approvedLimitCents);
    return plain ? limit.toPlainString() : CliFormat::money(limit.cents());
}

} // namespace

// --- list ---

QString CreditAppListCommand::synopsis()
{
    return QStringLiteral("credit-app list [--status STATUS] [--format table|json|csv] [--cached]");
}

QString CreditAppListCommand::summary()
{
    return tr("The credit applications you may see, with their status (submitted, approved with "
              "the limit, declined with the reason), and submissions still waiting to be sent.");
}

void CreditAppListCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption({QStringLiteral("format"), tr("table, json or csv."),
                           QStringLiteral("FORMAT"), QStringLiteral("table")});
    m_arguments.addOption({QStringLiteral("status"), tr("Only submitted, approved or declined."),
                           QStringLiteral("STATUS")});
    m_arguments.addOption(
        {QStringLiteral("cached"), tr("List what the cache holds, without syncing first.")});
    if (!m_arguments.parse(context, arguments, 0, 0))
        return;
    const QString format = m_arguments.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")
        && format != QLatin1String("csv")) {
        context.failValidation(QStringLiteral("credit-app list"),
                               {{QStringLiteral("format"), QString(errorcode::InvalidFormat),
                                 tr("“%1” is not one of table, json, csv.").arg(format)}});
        return;
    }
    const QString status = m_arguments.value(QStringLiteral("status"));
    if (m_arguments.isSet(QStringLiteral("status"))
        && (!creditApplicationStatusFromWire(status) || status == QLatin1String("draft"))) {
        context.failValidation(
            QStringLiteral("credit-app list"),
            {{QStringLiteral("status"), QString(errorcode::InvalidFormat),
              tr("“%1” is not one of submitted, approved, declined.").arg(status)}});
        return;
    }
    m_runner = new SyncRunner(context, &context);
    if (m_arguments.isSet(QStringLiteral("cached")))
        m_runner->ensureCache([this, &context] { print(context); });
    else
        m_runner->sync(SyncMode::Auto, [this, &context](const SyncSummary &) { print(context); });
}

void CreditAppListCommand::print(CommandContext &context)
{
    LocalCache *cache = context.cache();
    if (!cache)
        return;
    const QString status = m_arguments.value(QStringLiteral("status"));
    QList<Row> rows;
    if (status.isEmpty()) {
        const auto entries = cache->outbox().entries();
        if (!entries) {
            context.failStorage(entries.error());
            return;
        }
        for (const OutboxEntry &entry : *entries) {
            if (entry.kind != EditKind::CreditApplicationSubmit)
                continue;
            Row row;
            const auto edit = outboxEditOf(entry);
            if (edit && std::holds_alternative<CreditApplicationSubmitEdit>(*edit))
                row.application = std::get<CreditApplicationSubmitEdit>(*edit).application;
            row.application.customerId = entry.customerId;
            const bool refused
                = entry.state == OutboxState::Failed || entry.state == OutboxState::Conflict;
            row.status = refused ? QStringLiteral("refused") : QStringLiteral("queued");
            row.customerName = customerName(*cache, entry.customerId);
            row.outboxEntryId = entry.id;
            row.problem = entry.lastError;
            rows.append(row);
        }
    }
    const auto records = cache->creditApplications().listByStatus(
        status.isEmpty() ? std::nullopt : creditApplicationStatusFromWire(status));
    if (!records) {
        context.failStorage(records.error());
        return;
    }
    for (const CreditApplicationRecord &record : *records) {
        const auto application = creditApplicationFromJson(record.json);
        if (!application)
            continue;
        rows.append(
            {*application, toWire(record.status), customerName(*cache, record.customerId), 0, {}});
    }

    QTextStream &out = context.out();
    const QString format = m_arguments.value(QStringLiteral("format"));
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Row &row : std::as_const(rows)) {
            QJsonObject object = toJson(row.application);
            object.insert(QStringLiteral("status"), row.status);
            object.insert(QStringLiteral("customer_name"), row.customerName);
            if (row.outboxEntryId > 0) {
                object.insert(QStringLiteral("id"), QJsonValue(QJsonValue::Null));
                object.insert(QStringLiteral("outbox_entry"), row.outboxEntryId);
                object.insert(QStringLiteral("problem"), row.problem);
            }
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        out << "id,customer_id,customer,status,requested_limit,expected_monthly_spend,"
               "approved_limit,reason,submitted_at,decided_at\r\n";
        for (const Row &row : std::as_const(rows)) {
            const CreditApplication &a = row.application;
            const QStringList cells {a.id > 0 ? QString::number(a.id) : QString(),
                                     QString::number(a.customerId),
                                     CustomerCsvWriter::quoted(row.customerName),
                                     row.status,
                                     Money::fromCents(a.requestedLimitCents).toPlainString(),
                                     Money::fromCents(a.expectedMonthlySpendCents).toPlainString(),
                                     approvedLimit(row, true),
                                     CustomerCsvWriter::quoted(reasonOf(row)),
                                     rfc3339(a.submittedAt),
                                     a.decision ? rfc3339(a.decision->decidedAt) : QString()};
            out << cells.join(u',') << "\r\n";
        }
    } else {
        TextTable table({tr("ID"), tr("Customer"), tr("Status"), tr("Requested"), tr("Approved"),
                         tr("Submitted"), tr("Reason")},
                        {true, false, false, true, true, false, false});
        for (const Row &row : std::as_const(rows)) {
            const CreditApplication &a = row.application;
            table.addRow({a.id > 0 ? QString::number(a.id) : QStringLiteral("-"),
                          QStringLiteral("%1 %2").arg(a.customerId).arg(row.customerName),
                          row.status, CliFormat::money(a.requestedLimitCents),
                          approvedLimit(row, false), CliFormat::time(a.submittedAt),
                          reasonOf(row)});
        }
        table.print(out);
    }
    context.err() << tr("%n application(s)", nullptr, int(rows.size())) << Qt::endl;
    context.finish(ExitCode::Ok);
}

// --- pdf ---

QString CreditAppPdfCommand::synopsis()
{
    return QStringLiteral("credit-app pdf APP --out FILE.pdf");
}

QString CreditAppPdfCommand::summary()
{
    return tr("Print application APP as a PDF: every field, the status, the signature line and "
              "the date it was generated.");
}

void CreditAppPdfCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption(
        {QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf")});
    if (!m_arguments.parse(context, arguments, 1, 1))
        return;
    const QString text = m_arguments.positional().at(0);
    const auto id = CliFormat::parseId(text);
    if (!id) {
        context.failValidation(QStringLiteral("credit-app pdf %1").arg(text),
                               {{QStringLiteral("id"), QString(errorcode::InvalidFormat),
                                 tr("“%1” is not an application id.").arg(text)}});
        return;
    }
    m_applicationId = *id;
    m_out = m_arguments.value(QStringLiteral("out"));
    if (m_out.isEmpty()) {
        context.fail(ExitCode::UsageError, tr("credit-app pdf needs --out FILE.pdf."));
        return;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        context.fail(ExitCode::Failure,
                     tr("Printing needs a QGuiApplication (agentctl makes one "
                        "for credit-app)."));
        return;
    }
    m_runner = new SyncRunner(context, &context);
    m_runner->ensureCache([this, &context] {
        if (write(context) || context.isFinished())
            return;
        // Not known here yet (submitted elsewhere since the last sync): sync, then try again.
        m_runner->sync(SyncMode::Auto, [this, &context](const SyncSummary &) {
            if (!write(context) && !context.isFinished()) {
                context.fail(ExitCode::UsageError,
                             tr("credit-app pdf %1: there is no such application in your list.")
                                 .arg(m_applicationId));
            }
        });
    });
}

bool CreditAppPdfCommand::write(CommandContext &context)
{
    LocalCache *cache = context.cache();
    if (!cache)
        return false;
    const auto record = cache->creditApplications().find(m_applicationId);
    if (!record) {
        context.failStorage(record.error());
        return false;
    }
    if (!record->has_value())
        return false;
    QString badField;
    const auto application = creditApplicationFromJson((*record)->json, &badField);
    if (!application) {
        context.fail(ExitCode::Failure,
                     tr("The cached application %1 cannot be read (“%2”).")
                         .arg(m_applicationId)
                         .arg(badField));
        return false;
    }
    CreditDocumentContext document;
    document.customerName = customerName(*cache, application->customerId);
    document.generatedAt = QDateTime::currentDateTimeUtc();
    document.locale = CliFormat::locale();
    QString error;
    if (!CreditApplicationDocument(*application, document).writePdf(m_out, &error)) {
        context.fail(ExitCode::Failure, error);
        return true;
    }
    context.out() << QStringLiteral("credit-app pdf %1: ").arg(m_applicationId)
                  << tr("wrote %1").arg(m_out) << Qt::endl;
    context.finish(ExitCode::Ok);
    return true;
}

} // namespace pac::cli
