#include "portal/BulkCsv.h"

#include "models/InvoiceEmailList.h"

namespace pac {

namespace {

// The fields of one line; nullopt when a quote is not closed.
std::optional<QStringList> fieldsOf(QStringView line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
        } else if (c == u',') {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(field.trimmed());
    return fields;
}

} // namespace

BulkCsv::Result BulkCsv::read(const QByteArray &contents, const std::function<bool(qint64)> &known)
{
    Result result;
    QString text = QString::fromUtf8(contents);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');
    QList<BulkItem> items;
    auto refuse = [&result](int number, const QString &why) {
        result.errors.append(tr("line %1: %2").arg(number).arg(why));
    };
    bool header = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i) + 1;
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const auto fields = fieldsOf(lines.at(i));
        if (!fields) {
            refuse(number, tr("a quoted field is not closed."));
            continue;
        }
        if (fields->size() != 3) {
            refuse(
                number,
                tr("%1 columns; there must be 3: customer_id,action,value.").arg(fields->size()));
            continue;
        }
        if (!header) {
            header = true;
            if (fields->at(0) != QLatin1String("customer_id")
                || fields->at(1) != QLatin1String("action")
                || fields->at(2) != QLatin1String("value")) {
                refuse(number, tr("the header must be customer_id,action,value."));
            }
            continue;
        }
        bool isNumber = false;
        const qint64 id = fields->at(0).toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            refuse(number, tr("“%1” is not a customer id.").arg(fields->at(0)));
            continue;
        }
        if (!known(id)) {
            refuse(number, tr("there is no customer %1 in your list.").arg(id));
            continue;
        }
        const QString action = fields->at(1);
        const QString value = fields->at(2);
        auto address = [&](const QString &candidate) {
            if (InvoiceEmailList::isValidAddress(candidate))
                return true;
            refuse(number, InvoiceEmailList::invalidMessage(candidate));
            return false;
        };
        if (action == QLatin1String("add_email") || action == QLatin1String("remove_email")) {
            if (!address(value))
                continue;
            items.append({id,
                          action == QLatin1String("add_email") ? BulkChange::addEmail(value)
                                                               : BulkChange::removeEmail(value)});
        } else if (action == QLatin1String("replace_email")) {
            const qsizetype arrow = value.indexOf(u'>');
            if (arrow < 0) {
                refuse(number, tr("replace_email needs OLD>NEW, not “%1”.").arg(value));
                continue;
            }
            const QString old = value.left(arrow).trimmed();
            const QString replacement = value.mid(arrow + 1).trimmed();
            if (!address(old) || !address(replacement))
                continue;
            items.append({id, BulkChange::replaceEmail(old, replacement)});
        } else if (action == QLatin1String("terms")) {
            const auto terms = paymentTermsFromWire(value);
            if (!terms) {
                refuse(number, tr("“%1” is not net15 or due_on_receipt.").arg(value));
                continue;
            }
            items.append({id, BulkChange::setTerms(*terms)});
        } else if (action == QLatin1String("ach_enable")) {
            if (value.isEmpty()) {
                refuse(number, tr("ach_enable needs a reason."));
                continue;
            }
            items.append({id, BulkChange::enableAch(value)});
        } else {
            refuse(number,
                   tr("“%1” is not an action; the actions are add_email, remove_email, "
                      "replace_email, terms, ach_enable.")
                       .arg(action));
        }
    }
    if (!header)
        result.errors.append(tr("line 1: the header customer_id,action,value is missing."));
    if (result.ok())
        result.items = items;
    return result;
}

QString BulkCsv::line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields) {
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
            || field.contains(u'\r')) {
            quoted.append(u'"' + QString(field).replace(u'"', QStringLiteral("\"\"")) + u'"');
        } else {
            quoted.append(field);
        }
    }
    return quoted.join(u',');
}

} // namespace pac
