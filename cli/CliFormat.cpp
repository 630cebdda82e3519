#include "cli/CliFormat.h"

#include "customerindex/CustomerCsvWriter.h"
#include "models/Money.h"

#include <QTextStream>

namespace pac::cli {

QString CliFormat::csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted << (CustomerCsvWriter::isPlainNumber(field) ? field
                                                           : CustomerCsvWriter::quoted(field));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString CliFormat::csvMoney(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> CliFormat::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QLocale CliFormat::locale()
{
    const QLocale system;
    if (system.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return system;
}

QString CliFormat::money(qint64 cents)
{
    return Money::fromCents(cents).format(locale());
}

QString CliFormat::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

QString CliFormat::time(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("-");
}

QString CliFormat::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

TextTable::TextTable(QStringList header, QList<bool> rightAligned)
    : m_header(std::move(header))
    , m_rightAligned(std::move(rightAligned))
{ }

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QString &title : m_header)
        widths.append(title.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype column = 0; column < widths.size(); ++column) {
            const QString cell = cells.value(column);
            const bool right = m_rightAligned.value(column, false);
            if (column > 0)
                line += QStringLiteral("  ");
            const bool last = column + 1 == widths.size();
            line += right ? cell.rightJustified(widths[column])
                          : (last ? cell : cell.leftJustified(widths[column]));
        }
        out << line << '\n';
    };
    printRow(m_header);
    for (const QStringList &row : m_rows)
        printRow(row);
}

} // namespace pac::cli
