#include "server/InvoiceRows.h"

#include "models/CustomerJson.h"
#include "models/CustomerJsonWriter.h"
#include "models/InvoiceJson.h"
#include "server/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <charconv>

namespace pac::server::invoicerows {

namespace {

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QStringList stringsOf(const QJsonArray &array)
{
    QStringList out;
    out.reserve(array.size());
    for (const QJsonValue &value : array)
        out.append(value.toString());
    return out;
}

} // namespace

Invoice invoiceFromRow(const QSqlQuery &row, int first)
{
    Invoice inv;
    inv.id = row.value(first).toLongLong();
    inv.number = row.value(first + 1).toString();
    inv.customerId = row.value(first + 2).toLongLong();
    inv.periodStart = dateOf(row.value(first + 3));
    inv.periodEnd = dateOf(row.value(first + 4));
    inv.issuedOn = dateOf(row.value(first + 5));
    inv.dueOn = dateOf(row.value(first + 6));
    inv.amountCents = row.value(first + 7).toLongLong();
    inv.paidCents = row.value(first + 8).toLongLong();
    // Only void is stored; every other status is the rule's answer for a day.
    inv.status = row.value(first + 9).toBool() ? InvoiceStatus::Void : InvoiceStatus::Open;
    return inv;
}

qint64 invoiceVersion(const QSqlQuery &row, int first)
{
    return row.value(first + 10).toLongLong();
}

Invoice invoiceFromRow(const SqliteStatement &row, int first)
{
    Invoice inv;
    inv.id = row.intValue(first);
    inv.number = row.text(first + 1);
    inv.customerId = row.intValue(first + 2);
    inv.periodStart = dateFromIso(row.bytes(first + 3));
    inv.periodEnd = dateFromIso(row.bytes(first + 4));
    inv.issuedOn = dateFromIso(row.bytes(first + 5));
    inv.dueOn = dateFromIso(row.bytes(first + 6));
    inv.amountCents = row.intValue(first + 7);
    inv.paidCents = row.intValue(first + 8);
    inv.status = row.intValue(first + 9) != 0 ? InvoiceStatus::Void : InvoiceStatus::Open;
    return inv;
}

qint64 invoiceVersion(const SqliteStatement &row, int first)
{
    return row.intValue(first + 10);
}

Payment paymentFromRow(const QSqlQuery &row, int first)
{
    Payment p;
    p.id = row.value(first).toLongLong();
    p.invoiceId = row.value(first + 1).toLongLong();
    p.at = timeFromRfc3339(row.value(first + 2).toString());
    p.method = paymentMethodKindFromWire(row.value(first + 3).toString())
                   .value_or(PaymentMethodKind::Card);
    p.amountCents = row.value(first + 4).toLongLong();
    p.outcome
        = paymentOutcomeFromWire(row.value(first + 5).toString()).value_or(PaymentOutcome::Failed);
    if (const QVariant reason = row.value(first + 6); !reason.isNull())
        p.failureReason = reason.toString();
    return p;
}

namespace {

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

} // namespace

QByteArray linesJson(const QList<InvoiceLine> &lines)
{
    // Appended in place: numbers written with std::to_chars, no temporary per value (the demo
    // writes 1.25 M of these at 100,000 customers).
    QByteArray out;
    out.reserve(64 * lines.size() + 2);
    out += '[';
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const InvoiceLine &line = lines.at(i);
        out += i == 0 ? "[" : ",[";
        appendJsonString(out, line.description);
        out += ',';
        appendNumber(out, line.quantity);
        out += ',';
        appendNumber(out, line.unitCents);
        out += ',';
        appendNumber(out, line.amountCents);
        out += ']';
    }
    out += ']';
    return out;
}

namespace {

// The text of a JSON string that has no escapes, from the quote at `pos`; advances `pos`
// past its closing quote. Null when there is no string at `pos`.
QString plainString(const QByteArray &json, qsizetype &pos)
{
    if (pos >= json.size() || json.at(pos) != '"')
        return {};
    const qsizetype end = json.indexOf('"', pos + 1);
    if (end < 0)
        return {};
    QString text = QString::fromUtf8(json.constData() + pos + 1, end - pos - 1);
    pos = end + 1;
    return text.isNull() ? QStringLiteral("") : text; // an empty string, not none
}

bool expect(const QByteArray &json, qsizetype &pos, char c)
{
    if (pos >= json.size() || json.at(pos) != c)
        return false;
    ++pos;
    return true;
}

bool integer(const QByteArray &json, qsizetype &pos, qint64 *value)
{
    const qsizetype start = pos;
    if (pos < json.size() && json.at(pos) == '-')
        ++pos;
    while (pos < json.size() && json.at(pos) >= '0' && json.at(pos) <= '9')
        ++pos;
    bool ok = false;
    *value = QByteArrayView(json.constData() + start, pos - start).toLongLong(&ok);
    return ok;
}

// The columns are written by linesJson() and addressesJson(), compact and with escapes only
// where a text needs them: such texts are read by this scan, cheaper than building a
// QJsonDocument (a page of invoices reads hundreds of them; bench/README.md); a text with an
// escape, or anything unexpected, goes to QJsonDocument.
std::optional<QList<InvoiceLine>> scanLines(const QByteArray &json)
{
    if (json.contains('\\'))
        return std::nullopt;
    QList<InvoiceLine> lines;
    qsizetype pos = 0;
    if (!expect(json, pos, '['))
        return std::nullopt;
    if (expect(json, pos, ']'))
        return pos == json.size() ? std::optional(lines) : std::nullopt;
    do {
        InvoiceLine line;
        if (!expect(json, pos, '['))
            return std::nullopt;
        line.description = plainString(json, pos);
        if (line.description.isNull() || !expect(json, pos, ',')
            || !integer(json, pos, &line.quantity) || !expect(json, pos, ',')
            || !integer(json, pos, &line.unitCents) || !expect(json, pos, ',')
            || !integer(json, pos, &line.amountCents) || !expect(json, pos, ']')) {
            return std::nullopt;
        }
        lines.append(std::move(line));
    } while (expect(json, pos, ','));
    if (!expect(json, pos, ']') || pos != json.size())
        return std::nullopt;
    return lines;
}

std::optional<QStringList> scanStrings(const QByteArray &json)
{
    if (json.contains('\\'))
        return std::nullopt;
    QStringList strings;
    qsizetype pos = 0;
    if (!expect(json, pos, '['))
        return std::nullopt;
    if (expect(json, pos, ']'))
        return pos == json.size() ? std::optional(strings) : std::nullopt;
    do {
        QString text = plainString(json, pos);
        if (text.isNull())
            return std::nullopt;
        strings.append(std::move(text));
    } while (expect(json, pos, ','));
    if (!expect(json, pos, ']') || pos != json.size())
        return std::nullopt;
    return strings;
}

} // namespace

QList<InvoiceLine> linesFromJson(const QByteArray &json)
{
    if (auto scanned = scanLines(json))
        return std::move(*scanned);
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QList<InvoiceLine> lines;
    lines.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonArray fields = value.toArray();
        lines.append({fields.at(0).toString(), fields.at(1).toInteger(), fields.at(2).toInteger(),
                      fields.at(3).toInteger()});
    }
    return lines;
}

QStringList addressesFromJson(const QByteArray &json)
{
    if (auto scanned = scanStrings(json))
        return std::move(*scanned);
    return stringsOf(QJsonDocument::fromJson(json).array());
}

InvoiceDelivery deliveryFromRow(const QSqlQuery &row, int first)
{
    InvoiceDelivery d;
    d.id = row.value(first + 1).toLongLong();
    d.at = timeFromRfc3339(row.value(first + 2).toString());
    // No sender: the portal's own monthly run.
    if (const QVariant by = row.value(first + 3); !by.isNull()) {
        d.by = InvoiceSender {{by.toLongLong(), row.value(first + 4).toString()},
                              roleFromWire(row.value(first + 5).toString()).value_or(Role::Agent)};
    }
    d.to = addressesFromJson(row.value(first + 6).toByteArray());
    d.cc = addressesFromJson(row.value(first + 7).toByteArray());
    return d;
}

InvoiceDelivery deliveryFromRow(const SqliteStatement &row, int first, RecipientsMemo &recipients)
{
    InvoiceDelivery d;
    d.id = row.intValue(first + 1);
    d.at = timeFromRfc3339(row.bytes(first + 2));
    if (!row.isNull(first + 3)) {
        d.by = InvoiceSender {{row.intValue(first + 3), row.text(first + 4)},
                              roleFromWire(row.text(first + 5)).value_or(Role::Agent)};
    }
    const QByteArrayView to = row.bytes(first + 6);
    const QByteArrayView cc = row.bytes(first + 7);
    if (to != QByteArrayView(recipients.toJson) || cc != QByteArrayView(recipients.ccJson)) {
        recipients.toJson = to.toByteArray();
        recipients.ccJson = cc.toByteArray();
        recipients.to = addressesFromJson(recipients.toJson);
        recipients.cc = addressesFromJson(recipients.ccJson);
    }
    d.to = recipients.to;
    d.cc = recipients.cc;
    return d;
}

QByteArray addressesJson(const QStringList &addresses)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, addresses.at(i));
    }
    return out + ']';
}

QString isoDate(const QDate &date)
{
    return invoiceDateText(date);
}

QString rfc3339(const QDateTime &time)
{
    return invoiceTimeText(time);
}

QDateTime timeFromRfc3339(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    static constexpr int kDigits[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22};
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T'
        || text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'.'
        || text.at(23) != u'Z') {
        return fromRfc3339(text);
    }
    for (const int i : kDigits) {
        if (!text.at(i).isDigit())
            return fromRfc3339(text);
    }
    const auto number = [&text](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i)
            value = value * 10 + (text.at(i).unicode() - u'0');
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!date.isValid() || !time.isValid())
        return fromRfc3339(text);
    return QDateTime(date, time, QTimeZone::utc());
}

namespace {

// The value of `length` digits at `text[from]`, or -1 when one is not a digit.
int digitsAt(QByteArrayView text, qsizetype from, qsizetype length)
{
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

QDate dateFromIso(QByteArrayView text)
{
    // yyyy-MM-dd
    if (text.size() == 10 && text.at(4) == '-' && text.at(7) == '-') {
        const int year = digitsAt(text, 0, 4);
        const int month = digitsAt(text, 5, 2);
        const int day = digitsAt(text, 8, 2);
        if (year >= 0 && month >= 0 && day >= 0 && QDate::isValid(year, month, day))
            return QDate(year, month, day);
    }
    return QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
}

QDateTime timeFromRfc3339(QByteArrayView text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    if (text.size() == 24 && text.at(10) == 'T' && text.at(13) == ':' && text.at(16) == ':'
        && text.at(19) == '.' && text.at(23) == 'Z') {
        const QDate date = dateFromIso(text.first(10));
        const int hour = digitsAt(text, 11, 2);
        const int minute = digitsAt(text, 14, 2);
        const int second = digitsAt(text, 17, 2);
        const int ms = digitsAt(text, 20, 3);
        if (date.isValid() && hour >= 0 && minute >= 0 && second >= 0 && ms >= 0
            && QTime::isValid(hour, minute, second, ms)) {
            return QDateTime(date, QTime(hour, minute, second, ms), QTimeZone::utc());
        }
    }
    return timeFromRfc3339(QString::fromUtf8(text));
}

} // namespace pac::server::invoicerows
