#include "cli/OutboxCommands.h"

#include "cli/CliFormat.h"
#include "cli/CommandContext.h"
#include "cli/EditDelivery.h"
#include "models/InvoiceEmailList.h"
#include "portal/CustomerEditService.h"
#include "storage/LocalCache.h"
#include "storage/OutboxEdit.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pac::cli {

namespace {

// What the edit asks for, in a few words.
QString editText(const OutboxEntry &entry)
{
    const std::optional<OutboxEdit> edit = outboxEditOf(entry);
    if (!edit)
        return OutboxCommand::tr("(cannot be read back)");
    if (const auto *emails = std::get_if<InvoiceEmailsEdit>(&*edit))
        return emails->emails.isEmpty() ? OutboxCommand::tr("(no emails)")
                                        : emails->emails.join(u", ");
    if (const auto *terms = std::get_if<PaymentTermsEdit>(&*edit))
        return toWire(terms->terms);
    if (const auto *ach = std::get_if<AchManualEnableEdit>(&*edit))
        return ach->reason;
    if (const auto *submit = std::get_if<CreditApplicationSubmitEdit>(&*edit))
        return OutboxCommand::tr("requested limit %1")
            .arg(CliFormat::money(submit->application.requestedLimitCents));
    if (const auto *resend = std::get_if<InvoiceResendEdit>(&*edit))
        return OutboxCommand::tr("send invoice %1 again")
            .arg(resend->invoiceNumber.isEmpty() ? QString::number(resend->invoiceId)
                                                 : resend->invoiceNumber);
    const auto &decision = std::get<CreditDecisionEdit>(*edit).decision;
    return OutboxCommand::tr("application %1: %2")
        .arg(entry.applicationId.value_or(0))
        .arg(decision.approve ? QStringLiteral("approve") : QStringLiteral("decline"));
}

QString stateText(const OutboxEntry &entry)
{
    return toWire(entry.state);
}

} // namespace

QString OutboxCommand::synopsis()
{
    return QStringLiteral("outbox [--format table|json]");
}

QString OutboxCommand::summary()
{
    return tr("List the edits not yet accepted by the portal (pending, conflict, refused).");
}

void OutboxCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption({QStringLiteral("format"), tr("table or json."), QStringLiteral("FORMAT"),
                           QStringLiteral("table")});
    if (!m_arguments.parse(context, arguments, 0, 0))
        return;
    LocalCache *cache = context.cache();
    if (!cache)
        return;
    const auto entries = cache->outbox().entries();
    if (!entries) {
        context.failStorage(entries.error());
        return;
    }
    if (m_arguments.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const OutboxEntry &entry : entries.value()) {
            QJsonObject object {{QStringLiteral("id"), entry.id},
                                {QStringLiteral("customer_id"), entry.customerId},
                                {QStringLiteral("kind"), toWire(entry.kind)},
                                {QStringLiteral("state"), toWire(entry.state)},
                                {QStringLiteral("attempts"), entry.attempts},
                                {QStringLiteral("payload"), entry.payload},
                                {QStringLiteral("last_error"), entry.lastError},
                                {QStringLiteral("field_errors"), toJson(entry.lastFieldErrors)}};
            if (entry.applicationId)
                object.insert(QStringLiteral("application_id"), *entry.applicationId);
            array.append(object);
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.finish(ExitCode::Ok);
        return;
    }
    TextTable table({tr("Edit"), tr("Customer"), tr("Kind"), tr("State"), tr("Tries"), tr("Made"),
                     tr("Change"), tr("Last error")},
                    {true, true, false, false, true, false, false, false});
    for (const OutboxEntry &entry : entries.value()) {
        table.addRow({QStringLiteral("#%1").arg(entry.id), QString::number(entry.customerId),
                      toWire(entry.kind), stateText(entry), QString::number(entry.attempts),
                      CliFormat::time(entry.createdAt), editText(entry),
                      QString(entry.lastError).replace(u'\n', u' ')});
    }
    if (table.rowCount() > 0)
        table.print(context.out());
    context.err() << tr("%n edit(s) in the outbox", "", int(entries->size())) << Qt::endl;
    context.finish(ExitCode::Ok);
}

QString ResolveCommand::synopsis()
{
    return QStringLiteral("resolve ID [--mine | --theirs | --merge [--emails LIST]]");
}

QString ResolveCommand::summary()
{
    return tr("Show or settle the conflict of customer ID: keep yours, take theirs, or merge "
              "email lists.");
}

void ResolveCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption({QStringLiteral("mine"), tr("Keep your edit (sent again).")});
    m_arguments.addOption(
        {QStringLiteral("theirs"), tr("Take the portal's version (your edit is dropped).")});
    m_arguments.addOption(
        {QStringLiteral("merge"), tr("Invoice emails: theirs plus the addresses only yours has.")});
    m_arguments.addOption({QStringLiteral("emails"), tr("With --merge: the merged list to send."),
                           QStringLiteral("LIST")});
    if (!m_arguments.parse(context, arguments, 1, 1))
        return;
    const auto id = CliFormat::parseId(m_arguments.positional().at(0));
    if (!id) {
        context.failValidation(
            QStringLiteral("resolve"),
            {{QStringLiteral("id"), QString(errorcode::InvalidFormat),
              tr("“%1” is not a customer id.").arg(m_arguments.positional().at(0))}});
        return;
    }
    const int choices = int(m_arguments.isSet(QStringLiteral("mine")))
        + int(m_arguments.isSet(QStringLiteral("theirs")))
        + int(m_arguments.isSet(QStringLiteral("merge")));
    if (choices > 1) {
        context.fail(ExitCode::UsageError, tr("Choose one of --mine, --theirs and --merge."));
        return;
    }
    resolve(context, *id);
}

void ResolveCommand::resolve(CommandContext &context, qint64 customerId)
{
    CustomerEditService *edits = context.edits();
    if (!edits)
        return;
    const QString subject = QStringLiteral("resolve %1").arg(customerId);
    const auto found = edits->conflictFor(customerId);
    if (!found) {
        context.failStorage(found.error());
        return;
    }
    if (!found->has_value()) {
        context.fail(ExitCode::UsageError,
                     tr("%1: customer %2 has no conflict.").arg(subject).arg(customerId));
        return;
    }
    const EditConflict &conflict = **found;
    ConflictChoice choice = ConflictChoice::Mine;
    if (m_arguments.isSet(QStringLiteral("theirs"))) {
        choice = ConflictChoice::Theirs;
    } else if (m_arguments.isSet(QStringLiteral("merge"))) {
        choice = ConflictChoice::Merge;
    } else if (!m_arguments.isSet(QStringLiteral("mine"))) {
        QTextStream &out = context.out();
        out << tr("Conflict of customer %1 (edit #%2, %3):")
                   .arg(customerId)
                   .arg(conflict.entry.id)
                   .arg(toWire(conflict.entry.kind))
            << '\n';
        if (conflict.entry.kind == EditKind::InvoiceEmails) {
            out << "  " << tr("mine:   ") << conflict.mine.invoiceEmails.join(u", ") << '\n';
            out << "  " << tr("theirs: ") << conflict.theirs.invoiceEmails.join(u", ") << '\n';
            out << "  " << tr("merged: ") << conflict.mergedEmails.join(u", ") << '\n';
            for (const auto &left : conflict.mergeLeftOut)
                out << "  "
                    << tr("left out of the merge: %1 (%2)").arg(left.address, left.error.message)
                    << '\n';
        } else {
            out << "  " << tr("mine:   ")
                << QString::fromUtf8(
                       QJsonDocument(conflict.entry.payload).toJson(QJsonDocument::Compact))
                << '\n';
            out << "  "
                << tr("theirs: version %1, updated %2")
                       .arg(conflict.theirs.version)
                       .arg(CliFormat::time(conflict.theirs.updatedAt))
                << '\n';
        }
        out << tr("Choose with: agentctl resolve %1 --mine | --theirs%2")
                   .arg(customerId)
                   .arg(conflict.canMerge ? QStringLiteral(" | --merge") : QString())
            << Qt::endl;
        context.finish(ExitCode::Ok);
        return;
    }
    const QStringList merged = m_arguments.isSet(QStringLiteral("emails"))
        ? InvoiceEmailList::parsePasted(m_arguments.value(QStringLiteral("emails")))
        : QStringList();
    const EditResult result = edits->resolveConflict(customerId, choice, merged);
    if (result.status != EditResult::Status::Saved) {
        EditDelivery::finishUnsaved(context, subject, result);
        return;
    }
    m_delivery = new EditDelivery(context, subject, &context);
    m_delivery->deliver(result.entry->id, customerId, [&context, subject] {
        context.out() << subject << ": " << tr("your version is now on the portal.") << Qt::endl;
    });
}

QString DiscardCommand::synopsis()
{
    return QStringLiteral("discard EDIT");
}

QString DiscardCommand::summary()
{
    return tr("Drop an edit from the outbox (its number as “agentctl outbox” shows it).");
}

void DiscardCommand::run(CommandContext &context, const QStringList &arguments)
{
    if (!m_arguments.parse(context, arguments, 1, 1))
        return;
    QString text = m_arguments.positional().at(0);
    if (text.startsWith(u'#'))
        text.remove(0, 1);
    const auto id = CliFormat::parseId(text);
    if (!id) {
        context.failValidation(
            QStringLiteral("discard"),
            {{QStringLiteral("edit"), QString(errorcode::InvalidFormat),
              tr("“%1” is not an edit number.").arg(m_arguments.positional().at(0))}});
        return;
    }
    CustomerEditService *edits = context.edits();
    if (!edits)
        return;
    EditDelivery::finishUnsaved(context, QStringLiteral("discard #%1").arg(*id),
                                edits->discardEdit(*id));
}

} // namespace pac::cli
