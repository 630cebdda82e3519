#pragma once

// Small helpers the customer table benchmarks share: timing, statistics, aligned output.

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace pac::bench {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

inline double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

inline QString millis(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

inline QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

// Rows of cells printed with every column padded to its widest cell (numbers right-aligned).
class Table
{
public:
    explicit Table(QStringList header)
        : m_rows {std::move(header)}
    { }
    void add(QStringList row) { m_rows.append(std::move(row)); }

    QString toString() const
    {
        QList<qsizetype> widths;
        for (const QStringList &row : m_rows) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (widths.size() <= c)
                    widths.append(0);
                widths[c] = std::max(widths[c], row.at(c).size());
            }
        }
        QString out;
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            const QStringList &row = m_rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                out += c == 0 ? row.at(c).leftJustified(widths[c])
                              : QStringLiteral("  ") + row.at(c).rightJustified(widths[c]);
            }
            out += u'\n';
            if (r == 0) {
                qsizetype total = 0;
                for (qsizetype w : widths)
                    total += w + 2;
                out += QString(total - 2, u'-') + u'\n';
            }
        }
        return out;
    }

private:
    QList<QStringList> m_rows;
};

} // namespace pac::bench
