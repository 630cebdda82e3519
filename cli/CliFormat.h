#pragma once

#include "models/Customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace pac::cli {

// Text helpers of agentctl's human-readable output.
class CliFormat
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::CliFormat)

public:
    // A customer, application or outbox entry id: a positive integer.
    static std::optional<qint64> parseId(const QString &text);

    // The locale numbers and money are written in: the system's, or US English for "C".
    static QLocale locale();
    static QString money(qint64 cents);
    static QString date(const QDate &date);
    // Local time, minutes precision ("2026-11-25 13:05").
    static QString time(const QDateTime &time);
    static QString yesNo(bool value);
    // A CSV record (RFC 4180, CRLF), quoted as CustomerCsvWriter quotes: plain numbers bare.
    static QString csvLine(const QStringList &fields);
    // Cents as agentctl's CSV writes money: "1240.50", "-3.05" (C locale, no currency sign).
    static QString csvMoney(qint64 cents);
};

// A plain text table: a header row, then rows; columns as wide as their widest cell, numbers
// right-aligned.
class TextTable
{
public:
    explicit TextTable(QStringList header, QList<bool> rightAligned = {});
    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }
    void print(QTextStream &out) const;

private:
    QStringList m_header;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
};

} // namespace pac::cli
