#include "models/InvoiceEmailList.h"

#include <QSet>

namespace pac {

namespace {

bool isAsciiAlnum(QChar ch)
{
    const char16_t c = ch.unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// The characters the HTML standard allows in the local part besides letters and digits.
bool isLocalPartChar(QChar ch)
{
    return isAsciiAlnum(ch) || QStringView(u".!#$%&'*+/=?^_`{|}~-").contains(ch);
}

// A label: 1-63 of [A-Za-z0-9-], neither starting nor ending with '-'.
bool isValidLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.front() == u'-' || label.back() == u'-')
        return false;
    for (const QChar ch : label) {
        if (!isAsciiAlnum(ch) && ch != u'-')
            return false;
    }
    return true;
}

bool isSeparator(QChar ch)
{
    return ch == u',' || ch == u';' || ch == u'\n' || ch == u'\r' || ch == u'\t';
}

// One pasted entry to its address: "Ann <ann@x.com>" → "ann@x.com", "mailto:a@x" → "a@x".
QString addressOf(QStringView entry)
{
    entry = entry.trimmed();
    const qsizetype open = entry.lastIndexOf(u'<');
    if (open >= 0) {
        const qsizetype close = entry.indexOf(u'>', open);
        entry = entry.mid(open + 1, close < 0 ? -1 : close - open - 1).trimmed();
    }
    if (entry.startsWith(u"mailto:", Qt::CaseInsensitive))
        entry = entry.mid(7).trimmed();
    return entry.toString();
}

bool containsAddress(const QStringList &list, QStringView address)
{
    for (const QString &other : list) {
        if (InvoiceEmailList::sameAddress(other, address))
            return true;
    }
    return false;
}

FieldError error(const QString &field, QLatin1String code, const QString &message)
{
    return {field, QString(code), message};
}

} // namespace

bool InvoiceEmailList::isValidAddress(QStringView address)
{
    if (address.size() > MaxAddressLength)
        return false;
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0)
        return false;
    for (const QChar ch : address.first(at)) {
        if (!isLocalPartChar(ch))
            return false;
    }
    // The domain: labels separated by single dots; a second '@' fails the label check.
    const QStringView domain = address.mid(at + 1);
    qsizetype start = 0;
    while (true) {
        const qsizetype dot = domain.indexOf(u'.', start);
        if (!isValidLabel(domain.mid(start, dot < 0 ? -1 : dot - start)))
            return false;
        if (dot < 0)
            return true;
        start = dot + 1;
    }
}

bool InvoiceEmailList::sameAddress(QStringView a, QStringView b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

InvoiceEmailList::Validation InvoiceEmailList::validate(const QStringList &emails)
{
    Validation result;
    if (emails.size() > MaxSubmitted) {
        // Refused whole before any item is looked at: a request of 60,000 addresses must
        // cost nothing, and 60,000 error entries would help no one.
        result.errors.append(error(QStringLiteral("emails"), errorcode::TooMany,
                                   tr("At most %1 invoice emails can be kept; %2 were sent.")
                                       .arg(MaxEmails)
                                       .arg(emails.size())));
        return result;
    }
    // Case-folded keys of every earlier entry, so the duplicate check is linear: the same
    // notion as sameAddress() (trimmed, whole address, case-insensitive).
    QSet<QString> seen;
    seen.reserve(emails.size());
    int places = 0; // addresses that would be kept: valid or not, but not duplicates
    for (qsizetype i = 0; i < emails.size(); ++i) {
        const QString address = emails.at(i).trimmed();
        const QString field = QStringLiteral("emails[%1]").arg(i);
        const QString key = address.toCaseFolded();
        const bool duplicate = seen.contains(key);
        if (!duplicate) {
            ++places;
            seen.insert(key);
        }
        if (!isValidAddress(address))
            result.errors.append(error(field, errorcode::InvalidEmail, invalidMessage(address)));
        else if (duplicate)
            result.errors.append(error(field, errorcode::Duplicate, duplicateMessage(address)));
        else if (places > MaxEmails)
            result.errors.append(error(field, errorcode::TooMany, tooManyMessage(address)));
        result.emails.append(address);
    }
    return result;
}

QStringList InvoiceEmailList::parsePasted(QStringView text)
{
    QStringList candidates;
    bool inQuotes = false;
    bool inAngles = false;
    qsizetype start = 0;
    const auto take = [&](qsizetype end) {
        const QString address = addressOf(text.mid(start, end - start));
        if (!address.isEmpty())
            candidates.append(address);
        start = end + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u'"' && !inAngles)
            inQuotes = !inQuotes;
        else if (ch == u'<' && !inQuotes)
            inAngles = true;
        else if (ch == u'>' && !inQuotes)
            inAngles = false;
        else if (isSeparator(ch) && ((!inQuotes && !inAngles) || ch == u'\n'))
            take(i); // a line break ends an entry even if a quote or bracket was left open
        if (ch == u'\n')
            inQuotes = inAngles = false;
    }
    take(text.size());
    return candidates;
}

InvoiceEmailList::Merge InvoiceEmailList::merge(const QStringList &current, QStringView pasted)
{
    Merge result;
    result.emails = current;
    const QString field = QStringLiteral("emails");
    for (const QString &address : parsePasted(pasted)) {
        std::optional<FieldError> refusal;
        if (!isValidAddress(address))
            refusal = error(field, errorcode::InvalidEmail, invalidMessage(address));
        else if (containsAddress(result.emails, address))
            refusal = error(field, errorcode::Duplicate, duplicateMessage(address));
        else if (result.emails.size() >= MaxEmails)
            refusal = error(field, errorcode::TooMany, tooManyMessage(address));

        if (refusal) {
            result.refused.append({address, *refusal});
        } else {
            result.added.append(address);
            result.emails.append(address);
        }
    }
    return result;
}

bool InvoiceEmailList::isRedundant(QStringView email, const QList<BillingContact> &contacts)
{
    for (const BillingContact &contact : contacts) {
        if (!contact.email.trimmed().isEmpty() && sameAddress(contact.email, email))
            return true;
    }
    return false;
}

QStringList InvoiceEmailList::redundantAddresses(const QStringList &emails,
                                                 const QList<BillingContact> &contacts)
{
    QStringList redundant;
    for (const QString &email : emails) {
        if (isRedundant(email, contacts))
            redundant.append(email);
    }
    return redundant;
}

InvoiceEmailList::Recipients InvoiceEmailList::recipients(const QList<BillingContact> &contacts,
                                                          const QStringList &emails)
{
    Recipients result;
    for (const BillingContact &contact : contacts) {
        const QString email = contact.email.trimmed();
        if (!email.isEmpty() && !containsAddress(result.to, email))
            result.to.append(email);
    }
    for (const QString &raw : emails) {
        const QString email = raw.trimmed();
        if (!email.isEmpty() && !containsAddress(result.to, email)
            && !containsAddress(result.cc, email))
            result.cc.append(email);
    }
    return result;
}

QString InvoiceEmailList::invalidMessage(QStringView address)
{
    if (address.trimmed().isEmpty())
        return tr("An empty entry is not a valid email address.");
    return tr("“%1” is not a valid email address.").arg(address);
}

QString InvoiceEmailList::duplicateMessage(QStringView address)
{
    return tr("“%1” is already in the list.").arg(address);
}

QString InvoiceEmailList::tooManyMessage(QStringView address)
{
    return tr("“%1” cannot be added: at most %n addresses are allowed.", nullptr, MaxEmails)
        .arg(address);
}

} // namespace pac
