#include "customerindex/CustomerCsvWriter.h"

#include "customerindex/CustomerIndex.h"
#include "customerindex/CustomerTableModel.h"

#include <QIODevice>

namespace pac {

namespace {

// Bytes gathered before each write to the device.
constexpr qsizetype kChunkBytes = 256 * 1024;

} // namespace

CustomerCsvWriter::CustomerCsvWriter(QList<CustomerColumn> columns)
    : m_columns(std::move(columns))
{
    if (m_columns.isEmpty()) {
        for (int c = 0; c < CustomerColumnCount; ++c)
            m_columns.append(CustomerColumn(c));
    }
}

bool CustomerCsvWriter::isPlainNumber(QStringView field)
{
    // [+-]digits[.digits]: what the money and count columns write.
    qsizetype i = 0;
    if (i < field.size() && (field[i] == u'-' || field[i] == u'+'))
        ++i;
    const qsizetype integerStart = i;
    while (i < field.size() && field[i].isDigit() && field[i].unicode() < 128)
        ++i;
    if (i == integerStart)
        return false;
    if (i < field.size() && field[i] == u'.') {
        const qsizetype fractionStart = ++i;
        while (i < field.size() && field[i].isDigit() && field[i].unicode() < 128)
            ++i;
        if (i == fractionStart)
            return false;
    }
    return i == field.size();
}

QString CustomerCsvWriter::neutralised(const QString &field)
{
    // OWASP's advice against CSV injection: a spreadsheet runs a cell that starts with one of
    // these as a formula (=HYPERLINK(...) in a customer name would be a live link), so such a
    // text cell gets a leading apostrophe and reads as text. A plain number (a negative
    // balance) is left alone so it stays a number.
    if (field.isEmpty() || isPlainNumber(field))
        return field;
    static constexpr QLatin1StringView kFormulaStart("=+-@\t\r");
    if (!kFormulaStart.contains(field.front()))
        return field;
    return u'\'' + field;
}

QString CustomerCsvWriter::quoted(const QString &plain)
{
    static constexpr QLatin1StringView kSpecial(",\"\r\n");
    const QString field = neutralised(plain);
    bool needsQuotes = false;
    for (QChar c : field) {
        if (kSpecial.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

bool CustomerCsvWriter::write(QIODevice *device, const CustomerIndex &index,
                              const QList<quint32> &slotList, QString *error) const
{
    return writeLines(device, true, &index, slotList, error);
}

bool CustomerCsvWriter::writeHeader(QIODevice *device, QString *error) const
{
    return writeLines(device, true, nullptr, {}, error);
}

bool CustomerCsvWriter::writeRows(QIODevice *device, const CustomerIndex &index,
                                  const QList<quint32> &slotList, QString *error) const
{
    return writeLines(device, false, &index, slotList, error);
}

bool CustomerCsvWriter::writeLines(QIODevice *device, bool header, const CustomerIndex *index,
                                   const QList<quint32> &slotList, QString *error) const
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("The CSV file is not open for writing.");
        return false;
    }
    QByteArray chunk;
    chunk.reserve(kChunkBytes + 4096);
    auto flush = [&]() {
        if (device->write(chunk) != chunk.size()) {
            if (error)
                *error = tr("Could not write the CSV file: %1").arg(device->errorString());
            return false;
        }
        chunk.clear();
        return true;
    };
    auto appendLine = [&](const QStringList &fields) {
        chunk += fields.join(u',').toUtf8();
        chunk += "\r\n";
        return chunk.size() < kChunkBytes || flush();
    };

    QStringList fields;
    fields.reserve(m_columns.size() + 1);
    if (header) {
        fields.append(quoted(tr("ID")));
        for (CustomerColumn column : m_columns)
            fields.append(quoted(CustomerColumns::title(column)));
        if (!appendLine(fields))
            return false;
    }
    for (quint32 slot : slotList) {
        if (!index || !index->isLive(slot))
            continue;
        fields.clear();
        fields.append(QString::number(index->facts(slot).id));
        for (CustomerColumn column : m_columns)
            fields.append(quoted(CustomerColumns::exportText(*index, slot, column)));
        if (!appendLine(fields))
            return false;
    }
    return flush();
}

bool CustomerCsvWriter::write(QIODevice *device, const CustomerTableModel &model,
                              QString *error) const
{
    if (!model.customerIndex())
        return writeHeader(device, error);
    return write(device, *model.customerIndex(), model.shownSlots(), error);
}

} // namespace pac
